// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <vector>

namespace asd {

// Band-limited sample-rate conversion with libsoxr at its high-quality setting
// (the usual partner of libsndfile, which does not resample).
// The output has round(n * outRate / inRate) samples.
std::vector<float> resample(const std::vector<float> &in, int inRate, int outRate);

} // namespace asd
