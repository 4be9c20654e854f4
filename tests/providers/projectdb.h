#pragma once

// A real project file (core/project) for endpoint and secret tests.
#include "core/project/projectfile.h"

#include <QTest>

namespace Cutover::ProviderTest {

inline std::unique_ptr<ProjectFile> createProject(const QString &path)
{
    Result<std::unique_ptr<ProjectFile>> made = ProjectFile::create(path);
    if (!made.ok()) {
        qWarning("cannot create %s: %s", qPrintable(path), qPrintable(made.error().message));
        return nullptr;
    }
    return std::move(made).value();
}

} // namespace Cutover::ProviderTest
