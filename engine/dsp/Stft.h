// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>
#include <memory>
#include <vector>

#include "dsp/FeatureMatrix.h"

namespace asd {

struct StftConfig {
    enum class Padding { Zeros, Reflect }; // centre padding of n_fft/2 on both ends
    int nFft = 2048;
    int winLength = 2048; // periodic Hann, zero-padded to n_fft in the middle as torch.stft does
    int hop = 512;
    bool center = true;
    Padding padding = Padding::Zeros;
    double power = 2.0; // 1: magnitude, 2: power
};

// Short-time Fourier transform with FFTW (single precision). Plans are made once per
// size under a mutex (FFTW's planner is not thread-safe) and executed with the new-array
// interface, so one Stft may be used by several threads at once.
class Stft {
public:
    explicit Stft(const StftConfig &config);
    Stft(const Stft &) = delete;
    Stft &operator=(const Stft &) = delete;

    const StftConfig &config() const { return m_config; }
    int bins() const { return m_config.nFft / 2 + 1; }
    int frames(std::size_t samples) const;

    // Calls onFrame(t, spectrum) for every frame, spectrum being |X|^power of bins() values.
    // The buffer is reused: consume it before returning.
    void forEachFrame(const std::vector<float> &samples,
                      const std::function<void(int frame, const float *spectrum)> &onFrame) const;
    // |X|^power as [bins][frames].
    FeatureMatrix spectrogram(const std::vector<float> &samples) const;

private:
    StftConfig m_config;
    std::vector<float> m_window; // n_fft long
    void *m_plan = nullptr;      // fftwf_plan, shared by every Stft of this size
};

} // namespace asd
