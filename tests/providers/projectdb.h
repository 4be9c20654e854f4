#pragma once

// A project database made from the schema migrations, for endpoint tests.
#include "core/project/schema.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace Cutover::ProviderTest {

inline QSqlDatabase createProject(const QString &path)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"),
                                                QUuid::createUuid().toString(QUuid::WithoutBraces));
    db.setDatabaseName(path);
    if (!db.open())
        return db;
    QSqlQuery q(db);
    q.exec(QStringLiteral("PRAGMA application_id = %1").arg(Schema::kApplicationId));
    for (const Schema::Migration &m : Schema::migrations()) {
        for (const QString &sql : m.statements) {
            if (!q.exec(sql))
                qFatal("migration failed: %s", qPrintable(q.lastError().text()));
        }
    }
    q.exec(QStringLiteral("PRAGMA user_version = %1").arg(Schema::kCurrentVersion));
    return db;
}

} // namespace Cutover::ProviderTest
