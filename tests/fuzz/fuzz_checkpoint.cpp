// SPDX-License-Identifier: GPL-3.0-or-later
// Encoder checkpoints, which users download from the internet: the zip container, the
// restricted unpickler and the .safetensors header, up to where every tensor's bytes lie.
#include "encoders/checkpoint/CheckpointIndex.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const asd::MemoryBytes bytes(data, size);
    try {
        // A config stands in for config.json, so that .safetensors headers without one are read on.
        const asd::CheckpointIndex index = asd::indexCheckpoint(bytes, "{}");
        // Every range the index hands out must be inside the input.
        for (const auto &t : index.tensors)
            if (t.storageAt > size || std::uint64_t(t.storageNumel) > (size - t.storageAt) / 4)
                __builtin_trap();
    } catch (const std::runtime_error &) {
        // A clear error is the right answer to a damaged or hostile file.
    }
    return 0;
}
