// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "dataset/Clip.h"
#include "dsp/FeatureMatrix.h"

namespace asd {

// A detector of any family opened for inspection, behind plain C++ (pimpl) so the GUI can
// show what the model sees without including LibTorch.
class ModelSession {
public:
    // Throws std::runtime_error naming the file when it cannot be opened.
    static std::unique_ptr<ModelSession> open(const std::string &checkpointOrRunFolder);
    ~ModelSession();

    std::string description() const; // "osscl, tfstgram input, 6 classes, epoch 40"
    std::string checkpointPath() const;
    // The teacher a mixture-aligned student was trained from (an absolute path), so that a
    // robustness sweep can compare the two; empty for the other methods.
    std::string teacherPath() const;
    // The length the model takes from each clip; 0: the whole clip (detectors that fit
    // without a network).
    double clipSeconds() const;

    struct InputMap {
        std::string name; // "log-mel", "Tgram", "TFgram", "TAgram"
        FeatureMatrix map; // [mels][frames]
    };
    struct Inspection {
        std::vector<InputMap> maps; // the model's own input channels, learned Tgram/TFgram included (networks)
        double score = 0.0;         // the detector's own anomaly score of the clip
        // Where in the clip it sounds wrong (detectors that can tell): frame t covers
        // [t, t+1) · curveSecondsPerFrame seconds; empty otherwise.
        std::vector<float> curve;
        double curveSecondsPerFrame = 0.0;
        // Detectors made of others (fusion, auto): each member's score in units of the spread
        // of its training scores, the member that drove the clip's score and the one whose
        // curve this is.
        std::vector<std::pair<std::string, double>> memberScores;
        std::string drivenBy, curveFrom;
    };
    // One decode and one forward pass. Throws AudioError or std::runtime_error naming the file.
    Inspection inspect(const Clip &clip) const;
    // Of `candidates`, the one nearest to `clip` in the detector's own embedding (as its back
    // end compares them); -1 when none can be embedded. Embeddings are kept for the session, so
    // asking again for the same group costs one clip. Safe to call from a worker thread.
    int nearestInEmbedding(const Clip &clip, const std::vector<const Clip *> &candidates) const;

private:
    ModelSession();
    struct Impl;
    std::unique_ptr<Impl> d;
};

// How a detector is named in tables and legends: its run folder's name ("mixture"), or a
// checkpoint file with its folder ("mixture/last.pt"); a run's detector file by the run.
std::string modelDisplayName(const std::string &checkpointOrRunFolder);
// The names of detectors shown together, made unique: two runs both called "mixture" are
// told apart by their parent folders ("bench/mixture", "l2/mixture").
std::vector<std::string> modelDisplayNames(const std::vector<std::string> &checkpointsOrRunFolders);

} // namespace asd
