#include "core/prompts/promptrender.h"

#include <QCoreApplication>
#include <QSet>

using namespace Qt::StringLiterals;

namespace Cutover::PromptRender {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cutover::PromptRender)
};

bool isNameStart(QChar c)
{
    return c.isLetter() || c == u'_';
}

bool isNameChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'_' || c == u'.' || c == u'-';
}

bool isBlank(QChar c)
{
    return c == u' ' || c == u'\t';
}

// If a placeholder starts at `at` (which holds `{{`), returns its name and sets *end
// to the index after its closing `}}`.
QString placeholderAt(const QString &text, qsizetype at, qsizetype *end)
{
    qsizetype i = at + 2;
    const qsizetype n = text.size();
    while (i < n && isBlank(text.at(i)))
        ++i;
    if (i >= n || !isNameStart(text.at(i)))
        return QString();
    const qsizetype nameStart = i;
    while (i < n && isNameChar(text.at(i)))
        ++i;
    const qsizetype nameEnd = i;
    while (i < n && isBlank(text.at(i)))
        ++i;
    if (i + 1 >= n || text.at(i) != u'}' || text.at(i + 1) != u'}')
        return QString();
    *end = i + 2;
    return text.mid(nameStart, nameEnd - nameStart);
}

bool opensAt(const QString &text, qsizetype i)
{
    return i + 1 < text.size() && text.at(i) == u'{' && text.at(i + 1) == u'{';
}

// Walks one message: calls emitText(QStringView) for literal text and
// emitPlaceholder(name, position, length) for each placeholder.
template<typename Text, typename Placeholder>
void scan(const QString &text, Text emitText, Placeholder emitPlaceholder)
{
    const qsizetype n = text.size();
    qsizetype literalStart = 0;
    qsizetype i = 0;
    auto flush = [&](qsizetype upTo) {
        if (upTo > literalStart)
            emitText(QStringView(text).mid(literalStart, upTo - literalStart));
    };
    while (i < n) {
        const QChar c = text.at(i);
        if (c == u'\\' && i + 1 < n && text.at(i + 1) == u'\\' && opensAt(text, i + 2)) {
            // `\\{{`: one literal backslash, then whatever `{{` starts.
            flush(i + 1);
            i += 2;
            literalStart = i;
            continue;
        }
        if (c == u'\\' && opensAt(text, i + 1)) {
            // `\{{`: a literal `{{`.
            flush(i);
            emitText(u"{{");
            i += 3;
            literalStart = i;
            continue;
        }
        if (opensAt(text, i)) {
            qsizetype end = 0;
            const QString name = placeholderAt(text, i, &end);
            if (!name.isEmpty()) {
                flush(i);
                emitPlaceholder(name, i, end - i);
                i = end;
                literalStart = i;
                continue;
            }
        }
        ++i;
    }
    flush(n);
}

} // namespace

QList<PlaceholderUse> placeholders(const QList<TemplateMessage> &messages)
{
    QList<PlaceholderUse> uses;
    for (qsizetype m = 0; m < messages.size(); ++m) {
        scan(
                messages.at(m).text, [](QStringView) {},
                [&uses, m](const QString &name, qsizetype position, qsizetype length) {
                    uses.append({name, int(m), position, length});
                });
    }
    return uses;
}

bool isValidName(QStringView name)
{
    if (name.isEmpty() || !isNameStart(name.front()))
        return false;
    for (QChar c : name) {
        if (!isNameChar(c))
            return false;
    }
    return true;
}

QStringList variables(const QList<TemplateMessage> &messages)
{
    QStringList names;
    QSet<QString> seen;
    for (const PlaceholderUse &use : placeholders(messages)) {
        if (!seen.contains(use.name)) {
            seen.insert(use.name);
            names.append(use.name);
        }
    }
    return names;
}

RenderedPrompt render(const QList<TemplateMessage> &messages, const QMap<QString, QString> &values)
{
    RenderedPrompt out;
    QSet<QString> used;
    for (qsizetype m = 0; m < messages.size(); ++m) {
        const QString &text = messages.at(m).text;
        QString rendered;
        rendered.reserve(text.size());
        scan(
                text, [&rendered](QStringView part) { rendered += part; },
                [&](const QString &name, qsizetype position, qsizetype length) {
                    used.insert(name);
                    const auto it = values.constFind(name);
                    if (it == values.constEnd()) {
                        out.missing.append({name, int(m), position, length});
                        rendered += QStringView(text).mid(position, length);
                    } else {
                        rendered += it.value();
                    }
                });
        out.messages.append(ChatMessage::text(messages.at(m).role, rendered));
    }
    for (auto it = values.constBegin(); it != values.constEnd(); ++it) {
        if (!used.contains(it.key()))
            out.unused.append(it.key()); // QMap iterates in key order
    }
    return out;
}

Result<QList<ChatMessage>> renderStrict(const QList<TemplateMessage> &messages,
                                        const QMap<QString, QString> &values)
{
    RenderedPrompt rendered = render(messages, values);
    if (rendered.complete())
        return std::move(rendered.messages);
    QStringList lines;
    for (const PlaceholderUse &use : std::as_const(rendered.missing))
        lines.append(describeMissing(use));
    return makeError(ErrorKind::BadInput, lines.join(u'\n'));
}

QString describeMissing(const PlaceholderUse &use)
{
    return Tr::tr("Variable \"%1\" has no value (message %2).")
            .arg(use.name)
            .arg(use.messageIndex + 1);
}

} // namespace Cutover::PromptRender
