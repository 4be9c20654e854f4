#pragma once

// Boost.Math distributions with a policy that returns NaN / infinity instead
// of throwing, so no exception leaves core/stats. Private to core/stats.

#include <boost/math/distributions/binomial.hpp>
#include <boost/math/distributions/chi_squared.hpp>
#include <boost/math/distributions/normal.hpp>
#include <boost/math/distributions/students_t.hpp>
#include <boost/math/special_functions/gamma.hpp>

namespace Cutover::Stats::detail {

namespace bm = boost::math;

using Policy = bm::policies::policy<bm::policies::domain_error<bm::policies::ignore_error>,
                                    bm::policies::overflow_error<bm::policies::ignore_error>,
                                    bm::policies::evaluation_error<bm::policies::ignore_error>,
                                    bm::policies::pole_error<bm::policies::ignore_error>,
                                    bm::policies::rounding_error<bm::policies::ignore_error>>;

using Normal = bm::normal_distribution<double, Policy>;
using StudentsT = bm::students_t_distribution<double, Policy>;
using ChiSquared = bm::chi_squared_distribution<double, Policy>;
using Binomial = bm::binomial_distribution<double, Policy>;

// z such that P(|Z| <= z) = confidence.
inline double normalQuantileTwoSided(double confidence)
{
    return bm::quantile(bm::complement(Normal(0.0, 1.0), (1.0 - confidence) / 2.0));
}

// t such that P(|T_df| <= t) = confidence.
inline double tQuantileTwoSided(double df, double confidence)
{
    return bm::quantile(bm::complement(StudentsT(df), (1.0 - confidence) / 2.0));
}

// Two-sided p-value of a standard normal statistic.
inline double normalTwoSidedP(double z)
{
    return 2.0 * bm::cdf(bm::complement(Normal(0.0, 1.0), std::abs(z)));
}

inline double chiSquaredSf(double x, double df)
{
    return bm::cdf(bm::complement(ChiSquared(df), x));
}

// Two-sided exact binomial p-value for k successes out of n at p = 1/2
// (symmetric: 2 · P(X ≤ min(k, n − k)), capped at 1).
inline double binomialTwoSidedHalfP(qint64 k, qint64 n)
{
    if (n <= 0)
        return 1.0;
    const qint64 m = std::min(k, n - k);
    const double p = 2.0 * bm::cdf(Binomial(double(n), 0.5), double(m));
    return std::min(1.0, p);
}

} // namespace Cutover::Stats::detail
