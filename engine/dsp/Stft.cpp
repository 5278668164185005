// SPDX-License-Identifier: GPL-3.0-or-later
#include "dsp/Stft.h"
#include "util/Vectorise.h"

#include <fftw3.h>

#include "util/AtomicFile.h"

#include <cmath>
#include <cstdlib>
#include <complex>
#include <map>
#include <mutex>
#include <stdexcept>

namespace asd {
namespace {

struct FftwFree {
    void operator()(void *p) const { fftwf_free(p); }
};

// Where FFTW's wisdom (its record of the fastest plans found on this machine) is kept, so
// the slow patient planning is paid once per machine and size, not once per run.
std::string wisdomPath()
{
    const char *cache = std::getenv("XDG_CACHE_HOME");
    const char *home = std::getenv("HOME");
    if (cache && *cache)
        return std::string(cache) + "/asd-workbench/fftw-wisdom-float";
    if (home && *home)
        return std::string(home) + "/.cache/asd-workbench/fftw-wisdom-float";
    return {};
}

// One plan per transform size for the life of the process. FFTW's planner is not
// thread-safe, so planning happens under this mutex; execution uses the new-array
// interface, which is. FFTW_PATIENT plans run about 20% faster than FFTW_MEASURE ones for
// the 2048-point transforms of the osscl preset but take a second or so to find; the
// wisdom file makes that a one-time cost. Planning scribbles on its arrays, so it uses
// scratch buffers.
fftwf_plan planFor(int nFft)
{
    static std::mutex mutex;
    static std::map<int, fftwf_plan> plans;
    static bool wisdomRead = false;
    std::lock_guard<std::mutex> lock(mutex);
    const std::string wisdom = wisdomPath();
    if (!wisdomRead) {
        wisdomRead = true;
        if (!wisdom.empty())
            fftwf_import_wisdom_from_filename(wisdom.c_str()); // absent or stale: plan afresh
    }
    auto &plan = plans[nFft];
    if (!plan) {
        std::unique_ptr<float, FftwFree> in(fftwf_alloc_real(nFft));
        std::unique_ptr<fftwf_complex, FftwFree> out(fftwf_alloc_complex(nFft / 2 + 1));
        plan = fftwf_plan_dft_r2c_1d(nFft, in.get(), out.get(), FFTW_PATIENT | FFTW_WISDOM_ONLY);
        if (!plan) {
            plan = fftwf_plan_dft_r2c_1d(nFft, in.get(), out.get(), FFTW_PATIENT);
            if (plan && !wisdom.empty()) {
                try { // a cache that cannot be written only costs time next run
                    writeAtomically(wisdom, [](const std::string &tmp) {
                        if (!fftwf_export_wisdom_to_filename(tmp.c_str()))
                            throw std::runtime_error("cannot write FFTW wisdom");
                    });
                } catch (const std::exception &) {
                }
            }
        }
        if (!plan)
            throw std::runtime_error("Stft: FFTW could not plan a transform of size " + std::to_string(nFft));
    }
    return plan;
}

} // namespace

Stft::Stft(const StftConfig &config) : m_config(config)
{
    if (config.nFft < 2 || config.hop < 1 || config.winLength < 1 || config.winLength > config.nFft)
        throw std::invalid_argument("Stft: need n_fft >= 2, hop >= 1 and 1 <= win_length <= n_fft");
    // torch.hann_window(periodic=True): w[n] = 0.5 - 0.5 cos(2 pi n / N), centred in n_fft.
    m_window.assign(config.nFft, 0.0f);
    const int offset = (config.nFft - config.winLength) / 2;
    for (int n = 0; n < config.winLength; ++n)
        m_window[offset + n] = float(0.5 - 0.5 * std::cos(2.0 * M_PI * n / config.winLength));

    m_plan = planFor(config.nFft);
}


int Stft::frames(std::size_t samples) const
{
    const long long n = m_config.center ? (long long)samples + 2 * (m_config.nFft / 2) : (long long)samples;
    return n < m_config.nFft ? 0 : int(1 + (n - m_config.nFft) / m_config.hop);
}

FeatureMatrix Stft::spectrogram(const std::vector<float> &x) const
{
    FeatureMatrix out(bins(), frames(x.size()));
    forEachFrame(x, [&](int t, const float *s) {
        for (int k = 0; k < out.rows; ++k)
            out.at(k, t) = s[k];
    });
    return out;
}

ASD_VECTOR_CLONES void Stft::forEachFrame(const std::vector<float> &x, const std::function<void(int, const float *)> &onFrame) const
{
    const int nFft = m_config.nFft, nBins = bins(), nFrames = frames(x.size());
    const long long pad = m_config.center ? nFft / 2 : 0;
    const long long len = (long long)x.size();
    if (m_config.center && m_config.padding == StftConfig::Padding::Reflect && len <= pad)
        throw std::invalid_argument("Stft: reflect padding needs a signal longer than n_fft/2");
    // Sample i of the padded signal; reflect mirrors without repeating the edge (numpy "reflect").
    auto sample = [&](long long i) -> float {
        i -= pad;
        if (i >= 0 && i < len)
            return x[std::size_t(i)];
        if (m_config.padding == StftConfig::Padding::Zeros)
            return 0.0f;
        return i < 0 ? x[std::size_t(-i)] : x[std::size_t(2 * (len - 1) - i)];
    };

    std::vector<float> power(nBins);
    std::unique_ptr<float, FftwFree> frame(fftwf_alloc_real(nFft));
    std::unique_ptr<fftwf_complex, FftwFree> spec(fftwf_alloc_complex(nBins));
    float *f = frame.get();
    const bool power2 = m_config.power == 2.0, power1 = m_config.power == 1.0;
    for (int t = 0; t < nFrames; ++t) {
        const long long start = (long long)t * m_config.hop;
        if (start - pad >= 0 && start - pad + nFft <= len) { // interior frame: no padding logic
            const float *src = x.data() + (start - pad);
            for (int n = 0; n < nFft; ++n)
                f[n] = src[n] * m_window[n];
        } else {
            for (int n = 0; n < nFft; ++n)
                f[n] = sample(start + n) * m_window[n];
        }
        fftwf_execute_dft_r2c(static_cast<fftwf_plan>(m_plan), f, spec.get());
        const float *c = reinterpret_cast<const float *>(spec.get()); // interleaved re, im
        float *pw = power.data();
        for (int k = 0; k < nBins; ++k) // one branch-free loop the compiler vectorises
            pw[k] = c[2 * k] * c[2 * k] + c[2 * k + 1] * c[2 * k + 1];
        if (power1)
            for (int k = 0; k < nBins; ++k)
                pw[k] = std::sqrt(pw[k]);
        else if (!power2)
            for (int k = 0; k < nBins; ++k)
                pw[k] = float(std::pow(double(pw[k]), m_config.power / 2.0));
        onFrame(t, power.data());
    }
}

} // namespace asd
