// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <atomic>
#include <string>

#include "events/JobEvent.h"
#include "models/EmbeddingLayer.h"

namespace asd {

// Plain C++: what the GUI and CLI choose for a scoring run.
struct ScoreConfig {
    std::string checkpoint; // a run folder, or its detector file
    std::string dataDir;
    std::string outDir;     // DCASE score files go here
    // Auto: the detector's own score, which is kNN for a mixture-aligned student and the
    // ArcFace score for the classification detectors.
    enum class Scorer { Auto, ArcFace, Knn };
    Scorer scorer = Scorer::Auto;
    int k = 1;
    bool cosine = true;     // kNN metric: cosine (RMIS) or Euclidean (GenRep)
    EmbeddingLayer layer = EmbeddingLayer::Head; // for kNN, and the embeddings handed over
    std::string device = "cpu";
    int batchSize = 8; // among the fastest on a CPU (bench_models); a GPU takes larger batches
    int threads = 0;
    // Also embed the normal training clips for the embeddings view: the Finished event's
    // trainingClips and trainingEmbeddings.
    bool embedTrainingClips = false;
    // Non-empty: the embeddings also go here for TensorBoard's projector (ProjectorFiles.h).
    std::string projectorDir;
    // The metrics become the run's headline in RUN/run.json (runs/RunRecord.h); a sweep, which
    // scores mixed copies of the data, leaves the run's record alone.
    bool recordInRun = true;
};

// Scores every test clip of the dataset with the detector of any family and writes DCASE
// score files to outDir, and decision files with each group's threshold (the detector's:
// gamma, 0.9 quantile of its training clips' scores, as the DCASE baselines). The Finished
// event carries the metrics when the test clips are labelled, and they go into the run's
// record (runs/RunRecord.h).
void score(const ScoreConfig &config, const JobListener &listener, const std::atomic<bool> &cancel);

} // namespace asd
