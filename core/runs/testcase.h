#pragma once

#include "core/runs/assertion.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace Cutover {

// One test case: the values for a prompt's variables, an optional reference
// answer, tags for filtering, and the assertions an answer must meet.
struct TestCase
{
    qint64 id = 0;
    QMap<QString, QString> variables;
    std::optional<QString> reference;
    QStringList tags;
    QList<Assertion> assertions;
    double passThreshold = 1.0; // on the weighted assertion score, 0..1

    friend bool operator==(const TestCase &, const TestCase &) = default;
};

} // namespace Cutover
