// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

#include <map>
#include <memory>
#include <vector>

#include "dataset/DatasetIndex.h"
#include "metrics/Evaluation.h"

namespace asd {
class ModelSession;
struct JobEvent;
}

namespace asd::ui {

// What the user has open, in one object that every view shows (Sonic Visualiser's Document):
// the dataset, the run (its detector) and the scores of the open run on the open dataset. The
// views observe it and keep no copies of their own, so none shows something no longer open.
class Workspace : public QObject {
    Q_OBJECT
public:
    // One scoring of the test clips: what Results, Embeddings, the inspector and the exports show.
    struct Scores {
        std::vector<ScoredClip> clips;
        std::map<std::string, double> thresholds; // "type/group" → decision threshold
        EvaluationSummary metrics;                // empty groups where the clips are unlabelled
        std::vector<std::vector<float>> embeddings; // per clip; empty when read back from score files
        std::vector<ScoredClip> trainingClips;      // the reference the detector compares against
        std::vector<std::vector<float>> trainingEmbeddings;
        QString model;  // the run, as tables name it
        QString scorer; // what scored them
        QString source; // where they come from: "scored now", or the score folder read back
    };

    explicit Workspace(QObject *parent = nullptr);
    ~Workspace() override;

    std::shared_ptr<const DatasetIndex> dataset() const { return m_dataset; }
    QString datasetFolder() const;
    std::shared_ptr<ModelSession> model() const { return m_model; }
    QString modelPath() const { return m_modelPath; } // the detector's file
    QString runFolder() const;                        // the run it is in, if it is in one
    const Scores &scores() const { return m_scores; }

    // A new dataset: the scores of the old one go; the open run's scores of this one, if its
    // score folder holds them, come in their place.
    void setDataset(std::shared_ptr<const DatasetIndex> dataset);
    // Opens a run or detector file (std::runtime_error naming it when it cannot be opened); its
    // existing scores of the open dataset are loaded from RUN/scores.
    void openModel(const QString &path);
    // The same off the GUI thread (a network's weights take a while to read): modelChanged when
    // it is open, modelFailed with the reason otherwise. Scores made meanwhile are kept.
    void openModelInBackground(const QString &path);
    // A scoring of the open dataset finished.
    void setScores(const JobEvent &result);
    // Shows again the scores of a run scored on the open dataset in this session (the
    // comparison's rows), by the name tables give it; false when there is none by that name.
    bool showScoredRun(const QString &run);

Q_SIGNALS:
    void datasetChanged();
    void modelChanged();
    void scoresChanged();
    void modelFailed(const QString &path, const QString &why);

private:
    struct Opened {
        std::shared_ptr<ModelSession> model;
        Scores stored;
        QString error; // why it could not be opened (in the background)
    };
    // Opens the detector and reads the run's score files of `dataset` (RUN/scores), if any.
    static Opened open(const QString &path, const std::shared_ptr<const DatasetIndex> &dataset);
    // The run's score files of the dataset (RUN/scores), or nothing.
    static Scores storedScores(const std::shared_ptr<const DatasetIndex> &dataset, const QString &modelPath,
                               const ModelSession *model);
    void setOpened(Opened opened);

    std::shared_ptr<const DatasetIndex> m_dataset;
    std::shared_ptr<ModelSession> m_model;
    QString m_modelPath;
    Scores m_scores;
    std::map<QString, Scores> m_scored; // every run's scores of the open dataset this session
    void keepScored();
    int m_opening = 0;       // background opens asked for; only the last one's result is taken
    int m_scoresVersion = 0; // scorings set since
};

} // namespace asd::ui
