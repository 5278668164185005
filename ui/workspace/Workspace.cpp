// SPDX-License-Identifier: GPL-3.0-or-later
#include "workspace/Workspace.h"

#include "events/JobEvent.h"
#include "runs/RunRecord.h"
#include "score/ModelSession.h"
#include "score/ScoreFiles.h"

#include <QDir>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

namespace asd::ui {

Workspace::Workspace(QObject *parent) : QObject(parent) {}
Workspace::~Workspace() = default;

QString Workspace::datasetFolder() const { return m_dataset ? QString::fromStdString(m_dataset->root) : QString(); }

QString Workspace::runFolder() const
{
    return m_modelPath.isEmpty() ? QString() : QString::fromStdString(runFolderOf(m_modelPath.toStdString()));
}

Workspace::Scores Workspace::storedScores(const std::shared_ptr<const DatasetIndex> &dataset, const QString &modelPath,
                                          const ModelSession *model)
{
    Scores s;
    const QString folder = modelPath.isEmpty() ? QString() : QString::fromStdString(runFolderOf(modelPath.toStdString()));
    if (!dataset || folder.isEmpty())
        return s;
    const QString scores = QDir(folder).filePath(QStringLiteral("scores"));
    if (QDir(scores).entryList({QStringLiteral("anomaly_score_*.csv")}, QDir::Files).isEmpty())
        return s;
    try {
        const ScoreFileReading reading = readScoreFiles(scores.toStdString(), *dataset);
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
    s.model = QString::fromStdString(modelDisplayName(modelPath.toStdString()));
    s.scorer = model ? QString::fromStdString(model->description()) : QString();
    s.source = scores;
    return s;
}

void Workspace::keepScored()
{
    if (!m_scores.clips.empty() && !m_scores.model.isEmpty())
        m_scored[m_scores.model] = m_scores;
}

bool Workspace::showScoredRun(const QString &run)
{
    const auto found = m_scored.find(run);
    if (found == m_scored.end())
        return false;
    m_scores = found->second;
    Q_EMIT scoresChanged();
    return true;
}

void Workspace::setDataset(std::shared_ptr<const DatasetIndex> dataset)
{
    m_scored.clear(); // another dataset's scores
    m_dataset = std::move(dataset);
    Q_EMIT datasetChanged();
    m_scores = storedScores(m_dataset, m_modelPath, m_model.get());
    keepScored();
    Q_EMIT scoresChanged();
}

Workspace::Opened Workspace::open(const QString &path, const std::shared_ptr<const DatasetIndex> &dataset)
{
    Opened o;
    o.model = ModelSession::open(path.toStdString());
    o.stored = storedScores(dataset, QString::fromStdString(o.model->checkpointPath()), o.model.get());
    return o;
}

void Workspace::setOpened(Opened opened)
{
    m_model = std::move(opened.model);
    m_modelPath = QString::fromStdString(m_model->checkpointPath());
    Q_EMIT modelChanged();
    m_scores = std::move(opened.stored);
    keepScored();
    Q_EMIT scoresChanged();
}

void Workspace::openModel(const QString &path)
{
    ++m_opening; // a background open still running is superseded
    setOpened(open(path, m_dataset));
}

void Workspace::openModelInBackground(const QString &path)
{
    const int ticket = ++m_opening;
    const int scoresVersion = m_scoresVersion;
    const auto dataset = m_dataset;
    auto *watcher = new QFutureWatcher<Opened>(this);
    connect(watcher, &QFutureWatcher<Opened>::finished, this, [=] {
        watcher->deleteLater();
        if (ticket != m_opening || dataset != m_dataset)
            return; // another model or dataset was opened meanwhile
        Opened opened = watcher->result();
        if (!opened.model) {
            Q_EMIT modelFailed(path, opened.error);
            return;
        }
        if (scoresVersion != m_scoresVersion) // scored while it opened: those scores stay
            opened.stored = m_scores;
        setOpened(std::move(opened));
    });
    watcher->setFuture(QtConcurrent::run([path, dataset] {
        try {
            return open(path, dataset);
        } catch (const std::exception &e) {
            Opened failed;
            failed.error = QString::fromUtf8(e.what());
            return failed;
        }
    }));
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
    keepScored();
    ++m_scoresVersion;
    Q_EMIT scoresChanged();
}

} // namespace asd::ui
