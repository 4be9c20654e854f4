#!/usr/bin/env python3
"""Independent reference values for tst_stats.cpp.

Pure Python 3.11 standard library only (no numpy/scipy, no Boost): every
figure is computed from its textbook definition. Distribution functions:
  normal     statistics.NormalDist (stdlib)
  Student t  CDF by composite Simpson integration of the density
             Γ((ν+1)/2)/(√(νπ)Γ(ν/2))·(1+x²/ν)^(−(ν+1)/2), quantile by bisection
  chi-square closed forms: df=1 erfc(√(x/2)); df=2 exp(−x/2);
             df=3 erfc(√(x/2)) + √(2x/π)·exp(−x/2)
  binomial   exact sums with math.comb and fractions.Fraction
  Mann–Whitney exact: enumeration of every split of the pooled ranks
Run: python3 tests/stats/reference_values.py
"""
import itertools
import math
from fractions import Fraction
from statistics import NormalDist

N = NormalDist()


def z2(conf):
    return N.inv_cdf(1 - (1 - conf) / 2)


def wilson(x, n, conf=0.95):
    z = z2(conf)
    p = x / n
    c = p + z * z / (2 * n)
    s = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n))
    d = 1 + z * z / n
    return (c - s) / d, (c + s) / d


def newcombe10(x1, n1, x2, n2, conf=0.95):
    p1, p2 = x1 / n1, x2 / n2
    l1, u1 = wilson(x1, n1, conf)
    l2, u2 = wilson(x2, n2, conf)
    d = p1 - p2
    return d - math.sqrt((p1 - l1) ** 2 + (u2 - p2) ** 2), d + math.sqrt((u1 - p1) ** 2 + (p2 - l2) ** 2)


def t_pdf(x, v):
    return math.exp(math.lgamma((v + 1) / 2) - math.lgamma(v / 2)) / math.sqrt(v * math.pi) * (1 + x * x / v) ** (-(v + 1) / 2)


def t_sf(x, v, steps=200000):
    # P(T > x) for x >= 0: 1/2 − ∫_0^x pdf (Simpson)
    h = x / steps
    s = t_pdf(0, v) + t_pdf(x, v)
    for i in range(1, steps):
        s += (4 if i % 2 else 2) * t_pdf(i * h, v)
    return 0.5 - s * h / 3


def t_quantile_two_sided(v, conf):
    target = (1 - conf) / 2
    lo, hi = 0.0, 50.0
    for _ in range(60):
        mid = (lo + hi) / 2
        if t_sf(mid, v, 20000) > target:
            lo = mid
        else:
            hi = mid
    return (lo + hi) / 2


def mean_sd(xs):
    m = sum(xs) / len(xs)
    return m, math.sqrt(sum((x - m) ** 2 for x in xs) / (len(xs) - 1))


def percentile7(xs, p):
    s = sorted(xs)
    h = (len(s) - 1) * p
    k = math.floor(h)
    return s[k] if k + 1 >= len(s) else s[k] + (h - k) * (s[k + 1] - s[k])


def binom_two_sided_half(k, n):
    m = min(k, n - k)
    p = 2 * sum(Fraction(math.comb(n, i), 2 ** n) for i in range(m + 1))
    return min(Fraction(1), p)


def chi2_sf(x, df):
    if df == 1:
        return math.erfc(math.sqrt(x / 2))
    if df == 2:
        return math.exp(-x / 2)
    if df == 3:
        return math.erfc(math.sqrt(x / 2)) + math.sqrt(2 * x / math.pi) * math.exp(-x / 2)
    raise ValueError(df)


def ranks(values):
    order = sorted(range(len(values)), key=lambda i: values[i])
    r = [0.0] * len(values)
    i = 0
    ties = 0
    while i < len(order):
        j = i
        while j + 1 < len(order) and values[order[j + 1]] == values[order[i]]:
            j += 1
        avg = (i + j + 2) / 2
        t = j - i + 1
        ties += t ** 3 - t
        for k in range(i, j + 1):
            r[order[k]] = avg
        i = j + 1
    return r, ties


def mann_whitney(base, cand):
    pooled = base + cand
    r, ties = ranks(pooled)
    nb, nc = len(base), len(cand)
    u = sum(r[nb:]) - nc * (nc + 1) / 2
    return u, ties


def mw_normal_p(base, cand):
    u, ties = mann_whitney(base, cand)
    nb, nc = len(base), len(cand)
    n = nb + nc
    mu = nb * nc / 2
    sigma = math.sqrt(nb * nc / 12 * ((n + 1) - ties / (n * (n - 1))))
    z = max(0.0, abs(u - mu) - 0.5) / sigma
    return u, 2 * (1 - N.cdf(z))


def mw_exact_p(base, cand):
    u, _ = mann_whitney(base, cand)
    pooled = sorted(base + cand)
    nc = len(cand)
    le = ge = total = 0
    for combo in itertools.combinations(range(len(pooled)), nc):
        # U of the candidate = Σ ranks − nc(nc+1)/2 (no ties)
        uu = sum(i + 1 for i in combo) - nc * (nc + 1) / 2
        total += 1
        le += uu <= u
        ge += uu >= u
    return u, min(1.0, 2 * min(le, ge) / total)


def welch(base, cand, conf=0.95):
    mb, sb = mean_sd(base)
    mc, sc = mean_sd(cand)
    vb, vc = sb * sb / len(base), sc * sc / len(cand)
    se = math.sqrt(vb + vc)
    df = (vb + vc) ** 2 / (vb * vb / (len(base) - 1) + vc * vc / (len(cand) - 1))
    t = (mc - mb) / se
    p = 2 * t_sf(abs(t), df)
    q = t_quantile_two_sided(df, conf)
    return t, df, p, mc - mb - q * se, mc - mb + q * se


def effect(base, cand):
    mb, sb = mean_sd(base)
    mc, sc = mean_sd(cand)
    nb, nc = len(base), len(cand)
    df = nb + nc - 2
    sp = math.sqrt(((nb - 1) * sb * sb + (nc - 1) * sc * sc) / df)
    d = (mc - mb) / sp
    j = math.gamma(df / 2) / (math.sqrt(df / 2) * math.gamma((df - 1) / 2))
    u, _ = mann_whitney(base, cand)
    return d, d * j, 2 * u / (nb * nc) - 1


# Data sets used by tst_stats.cpp (copied there verbatim).
BASE = [1.20, 0.95, 1.40, 1.10, 2.30, 1.05, 0.98, 1.60, 1.25, 1.10, 3.10, 1.33]
CAND = [0.90, 1.10, 0.85, 1.00, 0.92, 1.75, 0.80, 0.99, 1.10, 0.88]
SMALL_B = [12.1, 14.3, 11.8, 15.0, 13.2, 16.4]
SMALL_C = [10.2, 11.1, 12.9, 9.8, 10.7]

if __name__ == "__main__":
    for x, n in [(81, 263), (15, 148), (0, 20), (1, 29), (29, 29)]:
        print("wilson95", x, n, "%.10f %.10f" % wilson(x, n))
    print("wilson90 81/263 %.10f %.10f" % wilson(81, 263, 0.90))
    print("wilson99 81/263 %.10f %.10f" % wilson(81, 263, 0.99))
    print("newcombe10 56/70 - 48/80 %.10f %.10f" % newcombe10(56, 70, 48, 80))
    print("newcombe10 9/10 - 3/10 %.10f %.10f" % newcombe10(9, 10, 3, 10))
    for p in (0.5, 0.9, 0.95, 0.99):
        print("p7 BASE", p, "%.10f" % percentile7(BASE, p))
    m, s = mean_sd(BASE)
    q = t_quantile_two_sided(len(BASE) - 1, 0.95)
    print("mean BASE %.10f  t(0.975,11)=%.10f  CI %.10f %.10f" % (m, q, m - q * s / math.sqrt(len(BASE)), m + q * s / math.sqrt(len(BASE))))
    for k, n in [(9, 12), (2, 10), (0, 6), (15, 20), (5, 10), (3, 24)]:
        print("sign/exact-binomial", k, n, "%.12f" % float(binom_two_sided_half(k, n)))
    for b, c in [(10, 25), (40, 20)]:
        x = (abs(b - c) - 1) ** 2 / (b + c)
        print("mcnemar cc", b, c, "chi2 %.10f p %.12f" % (x, chi2_sf(x, 1)))
    print("welch BASE CAND t df p lo hi", " ".join("%.10f" % v for v in welch(BASE, CAND)))
    print("mw normal BASE CAND U p", " ".join("%.10f" % v for v in mw_normal_p(BASE, CAND)))
    print("mw exact SMALL U p", " ".join("%.10f" % v for v in mw_exact_p(SMALL_B, SMALL_C)))
    print("effect d g r", " ".join("%.10f" % v for v in effect(BASE, CAND)))
    for obs, w in [([5050, 4950], [1, 1]), ([5300, 4700], [1, 1]), ([1000, 1100, 900], [1, 1, 1]), ([820, 180], [4, 1])]:
        tot = sum(obs)
        exp = [tot * x / sum(w) for x in w]
        chi = sum((o - e) ** 2 / e for o, e in zip(obs, exp))
        print("srm", obs, w, "chi2 %.10f p %.14g" % (chi, chi2_sf(chi, len(obs) - 1)))

    # Exact bootstrap distribution of the median of 1, 2, ..., 21 (n odd, the
    # median is the order statistic of rank 10, 0-based): the resampled median
    # is ≤ j + 1 iff at least 11 of the 21 draws fall on the first j + 1
    # values, so P(median* ≤ j + 1) = P(Bin(21, (j + 1)/21) ≥ 11).
    n = 21
    for j in range(n):
        p = Fraction(j + 1, n)
        cdf = sum(Fraction(math.comb(n, i)) * p ** i * (1 - p) ** (n - i) for i in range(11, n + 1))
        if 0.001 < cdf < 0.999:
            print("boot median 1..21: P(median* <= %d) = %.6f" % (j + 1, float(cdf)))

    # Same for the 90th percentile of 1..21: h = 20·0.9 = 18, the order
    # statistic of rank 18, ≤ j + 1 iff at least 19 draws are ≤ j + 1.
    for j in range(n):
        p = Fraction(j + 1, n)
        cdf = sum(Fraction(math.comb(n, i)) * p ** i * (1 - p) ** (n - i) for i in range(19, n + 1))
        if 0.001 < cdf < 0.999:
            print("boot p90 1..21: P(p90* <= %d) = %.6f" % (j + 1, float(cdf)))
