// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "encoders/checkpoint/ByteSource.h"

namespace asd {

// Where each tensor of a checkpoint lies in its file, every range checked against the file,
// before a single weight is read. Plain C++ (no torch), so that the fuzz targets run it on
// hostile input (tests/fuzz).
struct StoredTensor {
    std::string key;
    std::vector<std::int64_t> size, stride;
    std::int64_t offset = 0;         // elements into its storage
    std::string storage;             // tensors that share a storage name it alike
    std::uint64_t storageAt = 0;     // byte offset of the storage in the file
    std::int64_t storageNumel = 0;   // float32 values in the storage
};

struct CheckpointIndex {
    nlohmann::ordered_json config;
    std::vector<StoredTensor> tensors; // in the file's order
    std::string format;                // "torch" or "safetensors"
};

// Either format, told apart by their first bytes:
// - torch.save zip, {'cfg': dict, 'model': state_dict} as BEATs's releases are (TorchPickle.h);
// - .safetensors (Hugging Face): the config from the header's __metadata__ "cfg" (JSON text) or,
//   failing that, configJson (the caller reads config.json beside the file).
// Throws std::runtime_error saying what is wrong.
CheckpointIndex indexCheckpoint(const ByteSource &bytes, const std::string &configJson = {});

} // namespace asd
