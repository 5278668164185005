// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace asd {

// A tensor as a torch.save pickle describes it: its float32 values are in the zip record
// data/<storageKey>, which holds storageNumel values.
struct PickledTensor {
    std::string storageKey;
    std::int64_t storageNumel = 0;
    std::int64_t offset = 0;
    std::vector<std::int64_t> size, stride;
};

// The pickle as data: dicts (OrderedDicts too) become JSON objects in their order, tuples and
// lists arrays, and each tensor {"__tensor__": i} with i indexing `tensors`.
struct UnpickledCheckpoint {
    nlohmann::ordered_json root;
    std::vector<PickledTensor> tensors;
};

// Reads the data.pkl of a checkpoint saved by torch.save({'cfg': ..., 'model': state_dict})
// without running anything. LibTorch's own unpickler cannot (it turns collections.OrderedDict,
// the state_dict's type, into None), and Python's would run whatever the file names. This one
// knows the opcodes such files use and exactly three globals: collections.OrderedDict,
// torch._utils._rebuild_tensor_v2 and torch.FloatStorage (../shared/fixtures/beats/README.md,
// "Checkpoint structure"). Anything else is refused with std::runtime_error naming it.
UnpickledCheckpoint unpickleTorchCheckpoint(const std::string &pickle);

} // namespace asd
