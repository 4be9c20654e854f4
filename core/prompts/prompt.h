#pragma once

#include "core/providers/chattypes.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace Cutover {

// One message of a prompt template: its role and its text with
// `{{variable}}` placeholders (see promptrender.h for the syntax).
// Templates hold system, user and assistant (few-shot) turns only.
struct TemplateMessage
{
    ChatRole role = ChatRole::User;
    QString text;

    friend bool operator==(const TemplateMessage &, const TemplateMessage &) = default;
};

// An immutable snapshot of a template. Numbers start at 1 and grow by one;
// a version is never edited, only followed by a newer one.
struct PromptVersion
{
    int number = 0;
    QString note;
    QDateTime createdAt; // UTC, millisecond precision
    QList<TemplateMessage> messages;

    friend bool operator==(const PromptVersion &, const PromptVersion &) = default;
};

// The wording of one logical prompt for one endpoint (the candidate often
// needs its own), versioned like the prompt itself. `endpointName` is what
// travels in JSON; `endpointId` is the project's id, 0 when not resolved.
struct PromptVariant
{
    QString endpointName;
    qint64 endpointId = 0;
    QList<PromptVersion> versions;

    friend bool operator==(const PromptVariant &, const PromptVariant &) = default;
};

struct Prompt
{
    qint64 id = 0;
    QString name;
    QString description;
    QList<PromptVersion> versions; // the default wording, oldest first
    QList<PromptVariant> variants; // at most one per endpoint name

    const PromptVariant *variant(const QString &endpointName) const;
    PromptVariant *variant(const QString &endpointName);

    friend bool operator==(const Prompt &, const Prompt &) = default;
};

// Version history helpers; a history is a list of versions, oldest first.
namespace PromptVersions {

const PromptVersion *find(const QList<PromptVersion> &history, int number);
const PromptVersion *latest(const QList<PromptVersion> &history);

// Appends a new version (number = latest + 1) and returns it.
const PromptVersion &append(QList<PromptVersion> &history, QList<TemplateMessage> messages,
                            const QString &note, const QDateTime &createdAt);

// Appends a copy of version `number` as the newest one, with a note saying
// where it came from unless `note` is given. nullptr if there is no such version.
const PromptVersion *restore(QList<PromptVersion> &history, int number, const QDateTime &createdAt,
                             const QString &note = QString());

} // namespace PromptVersions

// Stable keys for roles in JSON and the project ("system", "user", "assistant").
QString templateRoleKey(ChatRole role);
std::optional<ChatRole> templateRoleFromKey(QStringView key); // Tool is not a template role

} // namespace Cutover
