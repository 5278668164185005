// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "dataset/Clip.h"
#include "dsp/FeatureMatrix.h"

namespace asd {

// A trained detector opened for inspection, behind plain C++ (pimpl) so the GUI can show
// what the model sees without including LibTorch.
class ModelSession {
public:
    // Throws std::runtime_error naming the file when it cannot be opened.
    static std::unique_ptr<ModelSession> open(const std::string &checkpointOrRunFolder);
    ~ModelSession();

    std::string description() const; // "osscl, tfstgram input, 6 classes, epoch 40"
    std::string checkpointPath() const;
    double clipSeconds() const;

    struct InputMap {
        std::string name; // "log-mel", "Tgram", "TFgram", "TAgram"
        FeatureMatrix map; // [mels][frames]
    };
    // The model's own input channels for a clip, the learned Tgram/TFgram included.
    std::vector<InputMap> inputMaps(const std::string &path) const;
    // The clip's anomaly score (ArcFace CE against its own class, or the unknown-class rule).
    double score(const Clip &clip) const;

private:
    ModelSession();
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace asd
