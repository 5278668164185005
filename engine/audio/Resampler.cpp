// SPDX-License-Identifier: GPL-3.0-or-later
#include "audio/Resampler.h"

#include <soxr.h>

#include <cmath>
#include <stdexcept>
#include <string>

namespace asd {

std::vector<float> resample(const std::vector<float> &in, int inRate, int outRate)
{
    if (inRate <= 0 || outRate <= 0)
        throw std::invalid_argument("resample: sample rates must be positive");
    if (inRate == outRate || in.empty())
        return in;
    // Compute the length in double: an integer ratio such as 16000/44100 is the classic
    // libsamplerate bug (libsndfile/libsamplerate#181).
    const auto outLen = static_cast<std::size_t>(std::llround(double(in.size()) * outRate / inRate));
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
