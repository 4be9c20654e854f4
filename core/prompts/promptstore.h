#pragma once

#include "core/prompts/prompt.h"
#include "core/util/result.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

// The project's prompt library (schema v4, table kv): a prompt's header
// under "p/<name>" and each immutable version under
// "p/<name>\n<endpoint>\n<number>" (endpoint empty for the default wording).
// Versions are only ever added; every write is one BEGIN IMMEDIATE transaction.
namespace Cutover::PromptStore {

struct PromptSummary
{
    QString name;
    QString description;
    int latestVersion = 0; // of the default wording
    QStringList variants;  // endpoint names with their own wording, sorted
    QDateTime updatedAt;   // the newest version's time (UTC)
};

// "name" or "name@3" (version 0 = the latest).
struct PromptRef
{
    QString name;
    int version = 0;
};
Result<PromptRef> parseRef(const QString &text);

// Is `name` usable as a prompt name (not empty, no line breaks, no "@")?
bool isValidName(const QString &name);

// Adds a new prompt with all its versions and variants; refuses a name that
// exists, an invalid name, or a prompt without versions.
Result<void> add(QSqlDatabase db, const Prompt &prompt);
// Appends a version to the prompt's default wording (endpointName empty) or
// to its variant for that endpoint (created when missing); returns its number.
Result<int> addVersion(QSqlDatabase db, const QString &name, const QString &endpointName,
                       const QList<TemplateMessage> &messages, const QString &note,
                       const QDateTime &createdAt);

// Replaces the prompt's description (not versioned: it describes the prompt,
// not a wording).
Result<void> setDescription(QSqlDatabase db, const QString &name, const QString &description);
// Renames a prompt with all its versions and variants. Refuses an invalid or
// taken new name, and a prompt that stored runs refer to by name (renaming
// it would orphan their results).
Result<void> rename(QSqlDatabase db, const QString &name, const QString &newName);
// Deletes a prompt with all its versions and variants; refuses a prompt that
// stored runs refer to.
Result<void> remove(QSqlDatabase db, const QString &name);
// Ids of the stored runs that use the prompt, ascending.
Result<QList<qint64>> runsUsing(QSqlDatabase db, const QString &name);

Result<QList<PromptSummary>> list(QSqlDatabase db);
// The prompt with every version and variant; an unknown name is BadInput.
Result<Prompt> load(QSqlDatabase db, const QString &name);

} // namespace Cutover::PromptStore
