// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <algorithm>
#include <cmath>

namespace asd {

// RBJ band-pass biquad (constant 0 dB peak gain), for resonances and band-limited noise.
class BandPass {
public:
    BandPass(double centreHz, double q, int rate)
    {
        const double w = 2.0 * 3.14159265358979323846 * std::min(centreHz, 0.45 * rate) / rate;
        const double alpha = std::sin(w) / (2.0 * q), a0 = 1.0 + alpha;
        b0 = alpha / a0;
        b2 = -alpha / a0;
        a1 = -2.0 * std::cos(w) / a0;
        a2 = (1.0 - alpha) / a0;
    }
    double operator()(double x)
    {
        const double y = b0 * x + b2 * x2 - a1 * y1 - a2 * y2;
        x2 = x1;
        x1 = x;
        y2 = y1;
        y1 = y;
        return y;
    }

private:
    double b0, b2, a1, a2, x1 = 0, x2 = 0, y1 = 0, y2 = 0;
};

// Paul Kellet's economy pink-noise filter: -3 dB/octave, the usual factory hum floor.
class PinkFilter {
public:
    double operator()(double white)
    {
        b0 = 0.99765 * b0 + white * 0.0990460;
        b1 = 0.96300 * b1 + white * 0.2965164;
        b2 = 0.57000 * b2 + white * 1.0526913;
        return (b0 + b1 + b2 + white * 0.1848) * 0.25;
    }

private:
    double b0 = 0, b1 = 0, b2 = 0;
};

} // namespace asd
