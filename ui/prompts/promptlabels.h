#pragma once

#include "core/providers/chattypes.h"

#include <QList>
#include <QString>

namespace Cutover {

struct TemplateMessage;

// Display names shared by the prompt library's widgets.
namespace PromptLabels {

// "System", "User", "Assistant (example)".
QString role(ChatRole role);
// The roles a template message can have, in menu order.
QList<ChatRole> templateRoles();
// Messages as plain text for read-only views: a "— Role —" line before each.
QString messagesText(const QList<TemplateMessage> &messages);

} // namespace PromptLabels
} // namespace Cutover
