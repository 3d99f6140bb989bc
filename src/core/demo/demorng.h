// SPDX-License-Identifier: MIT
#pragma once

#include <cmath>
#include <cstdint>
#include <string>

namespace hearth::core::demo {

// xoshiro256** seeded through splitmix64. Hand-rolled rather than <random> distributions because
// those are implementation-defined: demo data must be identical for the same seed on every build.
class DemoRng
{
public:
    explicit DemoRng(std::uint64_t seed)
    {
        std::uint64_t s = seed;
        for (auto &word : m_state)
            word = splitMix(s);
    }

    // Combines two values into a well-mixed seed (per-trace generators derive from the run seed).
    static std::uint64_t mix(std::uint64_t a, std::uint64_t b)
    {
        std::uint64_t s = a ^ (b * 0x9e3779b97f4a7c15ULL);
        return splitMix(s);
    }

    std::uint64_t next()
    {
        const std::uint64_t result = rotl(m_state[1] * 5, 7) * 9;
        const std::uint64_t t = m_state[1] << 17;
        m_state[2] ^= m_state[0];
        m_state[3] ^= m_state[1];
        m_state[1] ^= m_state[2];
        m_state[0] ^= m_state[3];
        m_state[2] ^= t;
        m_state[3] = rotl(m_state[3], 45);
        return result;
    }

    // [0, 1)
    double uniform() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }
    double uniform(double lo, double hi) { return lo + (hi - lo) * uniform(); }
    // [lo, hi], both inclusive.
    std::int64_t range(std::int64_t lo, std::int64_t hi)
    {
        return lo + static_cast<std::int64_t>(next() % static_cast<std::uint64_t>(hi - lo + 1));
    }
    int rangeInt(int lo, int hi) { return static_cast<int>(range(lo, hi)); }
    bool chance(double p) { return uniform() < p; }
    double normal()
    {
        const double u1 = 1.0 - uniform(); // (0, 1]: log stays finite
        const double u2 = uniform();
        return std::sqrt(-2.0 * std::log(u1)) * std::cos(6.283185307179586 * u2);
    }
    // Latencies and token counts are skewed: log-normal around a median.
    double logNormal(double median, double sigma) { return median * std::exp(sigma * normal()); }

    template<typename T, std::size_t N> const T &pick(const T (&items)[N])
    {
        return items[static_cast<std::size_t>(range(0, static_cast<std::int64_t>(N) - 1))];
    }

    void appendHex(std::string &out, int chars)
    {
        static constexpr char kDigits[] = "0123456789abcdef";
        std::uint64_t bits = 0;
        for (int i = 0; i < chars; ++i) {
            if (i % 16 == 0)
                bits = next();
            out.push_back(kDigits[bits & 0xf]);
            bits >>= 4;
        }
    }
    std::string hex(int chars)
    {
        std::string out;
        out.reserve(static_cast<std::size_t>(chars));
        appendHex(out, chars);
        return out;
    }

private:
    static std::uint64_t rotl(std::uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }
    static std::uint64_t splitMix(std::uint64_t &s)
    {
        std::uint64_t z = (s += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }

    std::uint64_t m_state[4] {};
};

} // namespace hearth::core::demo
