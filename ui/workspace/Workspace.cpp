// SPDX-License-Identifier: GPL-3.0-or-later
#include "workspace/Workspace.h"

#include "events/JobEvent.h"
#include "runs/RunRecord.h"
#include "score/ModelSession.h"
#include "score/ScoreFiles.h"

#include <QDir>
#include <QFileInfo>

namespace asd::ui {

Workspace::Workspace(QObject *parent) : QObject(parent) {}
Workspace::~Workspace() = default;

QString Workspace::datasetFolder() const { return m_dataset ? QString::fromStdString(m_dataset->root) : QString(); }

QString Workspace::runFolder() const
{
    return m_modelPath.isEmpty() ? QString() : QString::fromStdString(runFolderOf(m_modelPath.toStdString()));
}

Workspace::Scores Workspace::storedScores() const
{
    Scores s;
    const QString folder = runFolder();
    if (!m_dataset || folder.isEmpty())
        return s;
    const QString scores = QDir(folder).filePath(QStringLiteral("scores"));
    if (QDir(scores).entryList({QStringLiteral("anomaly_score_*.csv")}, QDir::Files).isEmpty())
        return s;
    try {
        const ScoreFileReading reading = readScoreFiles(scores.toStdString(), *m_dataset);
        // Only scores of this dataset, every test clip and nothing else (another dataset's
        // files may share clip names); otherwise none rather than a mix.
        if (!reading.problems.empty())
            return s;
        s.clips = reading.scored;
    } catch (const std::exception &) {
        return s; // not this dataset's scores, or damaged: nothing is shown rather than a guess
    }
    if (s.clips.empty())
        return s;
    s.metrics = evaluate(s.clips, defaultRule(s.clips));
    s.model = QString::fromStdString(modelDisplayName(m_modelPath.toStdString()));
    s.scorer = m_model ? QString::fromStdString(m_model->description()) : QString();
    s.source = scores;
    return s;
}

void Workspace::setDataset(std::shared_ptr<const DatasetIndex> dataset)
{
    m_dataset = std::move(dataset);
    Q_EMIT datasetChanged();
    m_scores = storedScores();
    Q_EMIT scoresChanged();
}

void Workspace::openModel(const QString &path)
{
    std::shared_ptr<ModelSession> session = ModelSession::open(path.toStdString());
    m_model = std::move(session);
    m_modelPath = QString::fromStdString(m_model->checkpointPath());
    Q_EMIT modelChanged();
    m_scores = storedScores();
    Q_EMIT scoresChanged();
}

void Workspace::setScores(const JobEvent &result)
{
    Scores s;
    s.clips = result.scores;
    s.thresholds = result.thresholds;
    s.metrics = result.metrics;
    s.embeddings = result.embeddings;
    s.trainingClips = result.trainingClips;
    s.trainingEmbeddings = result.trainingEmbeddings;
    s.model = QString::fromStdString(result.model);
    s.scorer = QString::fromStdString(result.scorer);
    s.source = tr("scored now");
    m_scores = std::move(s);
    Q_EMIT scoresChanged();
}

} // namespace asd::ui
