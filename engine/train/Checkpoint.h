// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <torch/torch.h>

#include <nlohmann/json.hpp>

#include <map>
#include <optional>
#include <string>

#include "dataset/ClassMap.h"
#include "dsp/LogMel.h"
#include "models/AsdNet.h"
#include "train/TrainConfig.h"

namespace asd {

// Everything a detector needs besides its weights: how it was trained, its classes, its
// feature front end and its input size. Stored with the weights in one file.
struct ModelMeta {
    TrainConfig config;
    AsdNetOptions net;
    FeatureConfig features;
    std::vector<std::string> classKeys;
    std::size_t samples = 160000;
    int epoch = 0;                  // epochs completed
    double bestValidationLoss = 1e300;
    int bestEpoch = 0;
    long emaSteps = 0;
    nlohmann::json history = nlohmann::json::array(); // per-epoch losses and metrics
    // Each "type/group"'s decision threshold for the ArcFace score (the DCASE baselines'
    // gamma rule), fitted when training ends on the normal training clips of config.dataDir,
    // so that scoring that folder need not score them again. Empty in older files.
    std::map<std::string, double> decisionThresholds;
    // The normal training clips, [{path, group, domain, class}], so that a detector file can
    // make its nearest-neighbour bank wherever it goes. Empty in older files (then config.dataDir's).
    nlohmann::json trainingClips = nlohmann::json::array();

    nlohmann::json toJson() const;
    static ModelMeta fromJson(const nlohmann::json &j);
};

// Written atomically (temporary file, then rename): a crash never leaves half a checkpoint.
// `ema` and `optimizer` may be null.
void saveCheckpoint(const std::string &path, const ModelMeta &meta, AsdNet &model, AsdNet *ema,
                    torch::optim::Optimizer *optimizer);

struct LoadedCheckpoint {
    ModelMeta meta;
    AsdNet model{nullptr};
    AsdNet ema{nullptr}; // null when the file has none
};

// Throws std::runtime_error naming the file when it is missing, corrupt or from an
// incompatible version.
LoadedCheckpoint loadCheckpoint(const std::string &path, torch::Device device);
// For resuming: the optimizer must already hold the loaded model's parameters.
void loadOptimizerState(const std::string &path, torch::optim::Optimizer &optimizer);
// The checkpoint a run folder's network lives in: RUN/detector.asd, or RUN/best.pt in runs made
// before every family saved a detector file; a file is itself.
std::string networkCheckpointIn(const std::string &runOrFile);

// The model meant for scoring: the EMA weights when present (reference §4.1).
AsdNet scoringModel(LoadedCheckpoint &c);

} // namespace asd
