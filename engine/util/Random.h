// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <string>

namespace asd {

// splitmix64: a portable, well-mixed generator, so the same seed gives the same sound
// with any standard library (std::normal_distribution is not specified bit-for-bit).
class Rng {
public:
    explicit Rng(std::uint64_t seed) : m_state(seed) {}
    std::uint64_t next()
    {
        std::uint64_t z = (m_state += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }
    double uniform() { return double(next() >> 11) * (1.0 / 9007199254740992.0); }
    double uniform(double a, double b) { return a + (b - a) * uniform(); }
    double normal()
    {
        const double u1 = std::max(uniform(), 1e-300), u2 = uniform();
        return std::sqrt(-2.0 * std::log(u1)) * std::cos(2.0 * 3.14159265358979323846 * u2);
    }

private:
    std::uint64_t m_state;
};

// Combines two seeds into one, so that streams derived from (seed, a, b, …) do not overlap.
inline std::uint64_t mixSeeds(std::uint64_t a, std::uint64_t b) { return Rng(a * 0x100000001B3ull ^ b).next(); }

// A name's seed (a clip's path, a group's name): the 64-bit MurmurHash variant that libstdc++'s
// std::hash<std::string> computes (_Hash_bytes with seed 0xc70f6907), written out so that the
// seeds, and with them `asd mix`'s noise, the noisy copies and the estimate's folds, stay the
// same with any standard library and byte order.
inline std::uint64_t nameSeed(const std::string &name)
{
    constexpr std::uint64_t mul = (std::uint64_t(0xc6a4a793u) << 32) + 0x5bd1e995u;
    auto shiftMix = [](std::uint64_t v) { return v ^ (v >> 47); };
    auto load = [&](std::size_t at, std::size_t bytes) { // little-endian, as x86-64 loads them
        std::uint64_t v = 0;
        for (std::size_t b = bytes; b-- > 0;)
            v = (v << 8) + static_cast<unsigned char>(name[at + b]);
        return v;
    };
    const std::size_t len = name.size(), whole = len & ~std::size_t(7);
    std::uint64_t hash = 0xc70f6907u ^ (std::uint64_t(len) * mul);
    for (std::size_t p = 0; p < whole; p += 8) {
        hash ^= shiftMix(load(p, 8) * mul) * mul;
        hash *= mul;
    }
    if (len & 7) {
        hash ^= load(whole, len & 7);
        hash *= mul;
    }
    return shiftMix(shiftMix(hash) * mul);
}

} // namespace asd
