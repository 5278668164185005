// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include <torch/torch.h>

#include "encoders/EncoderFacts.h"
#include "encoders/beats/Beats.h"

namespace asd {

// A pretrained audio encoder opened from its checkpoint, frozen, in eval mode, on one device.
// Token embeddings are computed under inference mode; several threads may embed at once.
class PretrainedEncoder {
public:
    // Reads, checks and loads the checkpoint. Throws std::runtime_error naming the file.
    // name: as the user imported it (default: the file's stem).
    static std::shared_ptr<PretrainedEncoder> open(const std::string &file, const std::string &device = "cpu",
                                                   const std::string &name = {});

    const EncoderFacts &facts() const { return m_facts; }
    int layers() const { return m_beats->config.layers; }
    int dim() const { return m_beats->config.dim; }
    static constexpr int kFrequencyPatches = 8;   // 128 mel bins / 16
    static constexpr double kSecondsPerTimePatch = 0.16; // 16 frames of 10 ms
    static constexpr int kSampleRate = 16000;

    // The hidden states after `layer` (1..layers; -1 the last; 0 the input of the first block)
    // for clips of equal length at 16 kHz: [clips][tokens][dim] on the CPU, token n = t·8 + f.
    torch::Tensor tokens(const std::vector<std::vector<float>> &waveforms, int layer = -1) const;

    Beats network() const { return m_beats; }

private:
    PretrainedEncoder() = default;
    torch::Tensor fbankOn(const std::vector<std::vector<float>> &waveforms) const;
    Beats m_beats{nullptr};
    torch::Device m_device{torch::kCPU};
    EncoderFacts m_facts;
};

} // namespace asd
