#include "ui/prompts/promptlabels.h"

#include "core/prompts/prompt.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Cutover::PromptLabels {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cutover::PromptLabels)
};

} // namespace

QString role(ChatRole role)
{
    switch (role) {
    case ChatRole::System:
        return Tr::tr("System");
    case ChatRole::User:
        return Tr::tr("User");
    case ChatRole::Assistant:
        //: A few-shot example answer in a prompt template
        return Tr::tr("Assistant (example)");
    case ChatRole::Tool:
        return Tr::tr("Tool");
    }
    return QString();
}

QList<ChatRole> templateRoles()
{
    return {ChatRole::System, ChatRole::User, ChatRole::Assistant};
}

QString messagesText(const QList<TemplateMessage> &messages)
{
    QStringList parts;
    for (const TemplateMessage &m : messages)
        //: Header line before a message in read-only views; %1 = role
        parts.append(Tr::tr("— %1 —").arg(role(m.role)) + u'\n' + m.text);
    return parts.join(u"\n\n"_s);
}

} // namespace Cutover::PromptLabels
