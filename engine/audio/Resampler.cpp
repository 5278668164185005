// SPDX-License-Identifier: GPL-3.0-or-later
#include "audio/Resampler.h"

#include <soxr.h>

#include <algorithm>
#include <cmath>
#include <stdexcept>
#include <string>

namespace asd {

std::vector<float> resample(const std::vector<float> &in, int inRate, int outRate)
{
    if (inRate <= 0 || outRate <= 0)
        throw std::invalid_argument("resample: sample rates must be positive");
    // soxr fails (or crashes) far beyond the ratios of real recordings.
    if (double(inRate) / outRate > 1000.0 || double(outRate) / inRate > 1000.0)
        throw std::invalid_argument("resample: ratio " + std::to_string(inRate) + " : " + std::to_string(outRate) +
                                    " is beyond any recording");
    if (inRate == outRate || in.empty())
        return in;
    // Compute the length in double: an integer ratio such as 16000/44100 is the classic
    // libsamplerate bug (libsndfile/libsamplerate#181).
    // At least one sample: soxr crashes when handed an empty output buffer (found by
    // tests/fuzz/fuzz_audio on a clip of a few samples at a high rate).
    const auto outLen = std::max<std::size_t>(1, static_cast<std::size_t>(std::llround(double(in.size()) * outRate / inRate)));
    std::vector<float> out(outLen);
    const soxr_io_spec_t io = soxr_io_spec(SOXR_FLOAT32_I, SOXR_FLOAT32_I);
    const soxr_quality_spec_t quality = soxr_quality_spec(SOXR_HQ, 0);
    std::size_t done = 0;
    const soxr_error_t err = soxr_oneshot(inRate, outRate, 1, in.data(), in.size(), nullptr, out.data(),
                                          out.size(), &done, &io, &quality, nullptr);
    if (err)
        throw std::runtime_error(std::string("resample: ") + err);
    out.resize(done);
    out.resize(outLen, 0.0f); // soxr may deliver a sample less at the very end
    return out;
}

} // namespace asd
