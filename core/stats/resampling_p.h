#pragma once

// Random numbers for the bootstraps. Private to core/stats.
//
// Reproducibility: resample r of a bootstrap with seed s draws from its own
// std::mt19937_64 (fully specified by the C++ standard) seeded with
// splitmix64(s ^ splitmix64(r + 1)), so a result depends only on (seed,
// number of resamples, data), not on the thread that computed it. Bounded
// integers use Lemire's multiply-and-reject method (exact, specified here;
// 32-bit halves of each engine output for ranges below 2³²);
// binomial variates come from boost::random::binomial_distribution (same
// Boost version → same draws).

#include <QtGlobal>

#include <boost/random/binomial_distribution.hpp>
#include <cmath>
#include <limits>
#include <random>

namespace Cutover::Stats::detail {

using Engine = std::mt19937_64;

inline quint64 splitmix64(quint64 x)
{
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

inline Engine resampleEngine(quint64 seed, qint64 resample)
{
    return Engine(splitmix64(seed ^ splitmix64(quint64(resample) + 1)));
}

// Uniform integer in [0, n), n > 0 (Lemire 2019, "Fast random integer
// generation in an interval").
__extension__ using Uint128 = unsigned __int128;

inline quint64 uniformBelow(Engine &engine, quint64 n)
{
    Uint128 m = static_cast<Uint128>(engine()) * n;
    quint64 low = static_cast<quint64>(m);
    if (low < n) {
        const quint64 threshold = (0 - n) % n;
        while (low < threshold) {
            m = static_cast<Uint128>(engine()) * n;
            low = static_cast<quint64>(m);
        }
    }
    return static_cast<quint64>(m >> 64);
}

// Uniform indices in [0, n) for n < 2³², two per engine output (the low
// and then the high 32 bits), Lemire's method on 32 bits. Deterministic
// for a given engine state.
class IndexDrawer
{
public:
    IndexDrawer(Engine &engine, quint32 n)
        : m_engine(engine)
        , m_n(n)
        , m_threshold((0u - n) % n)
    {}

    quint32 next()
    {
        quint64 m = quint64(bits()) * m_n;
        while (quint32(m) < m_threshold)
            m = quint64(bits()) * m_n;
        return quint32(m >> 32);
    }

private:
    quint32 bits()
    {
        if (m_haveHigh) {
            m_haveHigh = false;
            return quint32(m_word >> 32);
        }
        m_word = m_engine();
        m_haveHigh = true;
        return quint32(m_word);
    }

    Engine &m_engine;
    quint32 m_n;
    quint32 m_threshold;
    quint64 m_word = 0;
    bool m_haveHigh = false;
};

inline qint64 binomial(Engine &engine, qint64 trials, double p)
{
    if (trials <= 0 || p <= 0.0)
        return 0;
    if (p >= 1.0)
        return trials;
    boost::random::binomial_distribution<qint64, double> distribution(trials, p);
    return distribution(engine);
}

// Positions (indices into [lo, hi)) of the order statistics with 0-based
// ranks ranks[0..count) (ascending) in a resample of m draws with
// replacement from the indices [lo, hi). The multinomial counts are drawn
// by splitting the range in halves with binomial counts, descending only
// into halves that hold a wanted rank. ranks is used as scratch.
inline void drawOrderStatistics(Engine &engine, qint64 lo, qint64 hi, qint64 m, qint64 *ranks,
                                qint64 *positions, int count)
{
    if (count == 0)
        return;
    if (hi - lo == 1) {
        for (int i = 0; i < count; ++i)
            positions[i] = lo;
        return;
    }
    const qint64 mid = lo + (hi - lo) / 2;
    const qint64 left = binomial(engine, m, double(mid - lo) / double(hi - lo));
    int inLeft = 0;
    while (inLeft < count && ranks[inLeft] < left)
        ++inLeft;
    drawOrderStatistics(engine, lo, mid, left, ranks, positions, inLeft);
    for (int i = inLeft; i < count; ++i)
        ranks[i] -= left;
    drawOrderStatistics(engine, mid, hi, m - left, ranks + inLeft, positions + inLeft,
                        count - inLeft);
}

// Type-7 quantile of an already sorted list.
inline double quantileType7(const double *sorted, qint64 n, double p)
{
    if (n <= 0)
        return std::numeric_limits<double>::quiet_NaN();
    const double h = double(n - 1) * p;
    const auto k = static_cast<qint64>(std::floor(h));
    if (k + 1 >= n)
        return sorted[n - 1];
    return sorted[k] + (h - double(k)) * (sorted[k + 1] - sorted[k]);
}

} // namespace Cutover::Stats::detail
