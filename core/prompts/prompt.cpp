#include "core/prompts/prompt.h"

#include "core/util/tr.h"

using namespace Qt::StringLiterals;

namespace Cutover {

const PromptVariant *Prompt::variant(const QString &endpointName) const
{
    for (const PromptVariant &v : variants) {
        if (v.endpointName == endpointName)
            return &v;
    }
    return nullptr;
}

PromptVariant *Prompt::variant(const QString &endpointName)
{
    for (PromptVariant &v : variants) {
        if (v.endpointName == endpointName)
            return &v;
    }
    return nullptr;
}

namespace PromptVersions {

const PromptVersion *find(const QList<PromptVersion> &history, int number)
{
    for (const PromptVersion &v : history) {
        if (v.number == number)
            return &v;
    }
    return nullptr;
}

const PromptVersion *latest(const QList<PromptVersion> &history)
{
    const PromptVersion *best = nullptr;
    for (const PromptVersion &v : history) {
        if (!best || v.number > best->number)
            best = &v;
    }
    return best;
}

const PromptVersion &append(QList<PromptVersion> &history, QList<TemplateMessage> messages,
                            const QString &note, const QDateTime &createdAt)
{
    const PromptVersion *last = latest(history);
    PromptVersion v;
    v.number = last ? last->number + 1 : 1;
    v.note = note;
    v.createdAt = createdAt.toUTC();
    v.messages = std::move(messages);
    history.append(std::move(v));
    return history.constLast();
}

const PromptVersion *restore(QList<PromptVersion> &history, int number, const QDateTime &createdAt,
                             const QString &note)
{
    const PromptVersion *old = find(history, number);
    if (!old)
        return nullptr;
    const QList<TemplateMessage> messages = old->messages;
    const QString text = note.isEmpty() ? CoreTr::tr("Restored from version %1").arg(number) : note;
    return &append(history, messages, text, createdAt);
}

} // namespace PromptVersions

QString templateRoleKey(ChatRole role)
{
    switch (role) {
    case ChatRole::System:
        return u"system"_s;
    case ChatRole::User:
        return u"user"_s;
    case ChatRole::Assistant:
        return u"assistant"_s;
    case ChatRole::Tool:
        return u"tool"_s;
    }
    return u"user"_s;
}

std::optional<ChatRole> templateRoleFromKey(QStringView key)
{
    if (key == u"system")
        return ChatRole::System;
    if (key == u"user")
        return ChatRole::User;
    if (key == u"assistant")
        return ChatRole::Assistant;
    return std::nullopt;
}

} // namespace Cutover
