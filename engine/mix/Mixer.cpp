// SPDX-License-Identifier: GPL-3.0-or-later
#include "mix/Mixer.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace asd {

double meanPower(const std::vector<float> &x)
{
    double e = 0;
    for (float v : x)
        e += double(v) * v;
    return x.empty() ? 0.0 : e / double(x.size());
}

Mixture mixAtSnr(const std::vector<float> &machine, const std::vector<float> &noise, double snrDb)
{
    if (machine.size() != noise.size())
        throw std::invalid_argument("mixAtSnr: machine and noise lengths differ");
    const double pm = meanPower(machine), pn = meanPower(noise);
    if (pm <= 0.0 || pn <= 0.0)
        throw std::invalid_argument(pm <= 0.0 ? "mixAtSnr: the machine recording is silent"
                                              : "mixAtSnr: the noise is silent");
    Mixture m;
    m.noiseGain = std::sqrt(pm / (pn * std::pow(10.0, snrDb / 10.0)));
    std::vector<double> sum(machine.size());
    double peak = 0;
    for (std::size_t i = 0; i < sum.size(); ++i) {
        sum[i] = double(machine[i]) + m.noiseGain * noise[i];
        peak = std::max(peak, std::abs(sum[i]));
    }
    // Leave a little headroom below full scale for 16-bit files.
    m.scale = peak > 0.999 ? 0.999 / peak : 1.0;
    m.samples.resize(sum.size());
    double pMachine = 0, pNoise = 0;
    for (std::size_t i = 0; i < sum.size(); ++i) {
        m.samples[i] = float(sum[i] * m.scale);
        pMachine += double(machine[i]) * machine[i];
        pNoise += m.noiseGain * noise[i] * m.noiseGain * noise[i];
    }
    m.snrDb = 10.0 * std::log10(pMachine / pNoise);
    return m;
}

} // namespace asd
