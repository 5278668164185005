// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>
#include <torch/torch.h>

#include "encoders/checkpoint/ByteSource.h"

namespace asd {

// A pretrained encoder's weights as its publisher distributes them, read without running
// anything: the config and the named float32 tensors in the file's order.
struct EncoderWeights {
    nlohmann::ordered_json config;
    std::vector<std::pair<std::string, torch::Tensor>> tensors;
    std::string format; // "torch" (torch.save zip) or "safetensors"
};

// Reads either format (CheckpointIndex.h); for .safetensors without a config inside, config.json
// beside the file. Throws std::runtime_error beginning with the path and saying what is wrong.
EncoderWeights readEncoderWeights(const std::string &path);
// The same from bytes (for the fuzz target); configJson stands in for config.json.
EncoderWeights readEncoderWeights(const ByteSource &bytes, const std::string &configJson = {});

// Writes weights as .safetensors with the config in __metadata__ "cfg", atomically: a checkpoint
// converted once opens without the unpickler.
void writeSafetensors(const std::string &path, const EncoderWeights &weights);

} // namespace asd
