#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Cutover::Schema {

// PRAGMA application_id of every Cutover project: 'CUTO'.
inline constexpr quint32 kApplicationId = 0x4355544f;

// PRAGMA user_version written by this build. Bump it together with a new
// Migration below and a fixture file tests/project/fixtures/schema-vN.cutover.
inline constexpr int kCurrentVersion = 4;

// One schema step: the statements that take a project from toVersion - 1 to
// toVersion. Version 1 creates the schema from nothing.
struct Migration
{
    int toVersion = 0;
    QStringList statements;
};

// All migrations of this build, in order; migrations().last().toVersion ==
// kCurrentVersion.
const QList<Migration> &migrations();

} // namespace Cutover::Schema
