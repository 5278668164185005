// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <vector>

namespace asd {

struct Mixture {
    std::vector<float> samples;
    double noiseGain = 0.0; // g in machine + g·noise, before any anti-clipping scale
    double scale = 1.0;     // < 1 when both parts were scaled down to avoid clipping
    double snrDb = 0.0;     // as achieved (RMS power ratio of the two parts)
};

// machine + g·noise with g chosen so that 10 log10(P_machine / P_(g·noise)) is exactly
// snrDb (powers as mean squares over the clip). When the sum would exceed full scale both
// parts are scaled down together, which keeps the SNR, and `scale` says by how much.
// Throws std::invalid_argument for silent input or mismatched lengths.
Mixture mixAtSnr(const std::vector<float> &machine, const std::vector<float> &noise, double snrDb);

double meanPower(const std::vector<float> &x);

} // namespace asd
