#pragma once

#include <QByteArray>
#include <QtTest>

#include <cmath>

// Compares a computed figure with a reference to an absolute tolerance and
// names both on failure.
#define STATS_COMPARE(actual, expected, tolerance) \
    do { \
        const double a_ = (actual); \
        const double e_ = (expected); \
        QVERIFY2(std::abs(a_ - e_) <= (tolerance), \
                 QByteArray(#actual " = " + QByteArray::number(a_, 'g', 14) + ", expected " \
                            + QByteArray::number(e_, 'g', 14)) \
                         .constData()); \
    } while (false)
