#include "core/runs/conversationcases.h"

#include "core/convert/detect.h"
#include "core/convert/json.h"
#include "core/convert/recordsplitter.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Cutover::ConversationCases {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cutover::ConversationCases)
};

using Convert::Conversation;
using Convert::Message;
using Convert::Part;
using Convert::PartKind;
using Convert::RawJson;
using Convert::Role;

QString unescaped(RawJson literal)
{
    std::string s;
    Convert::unescapeJsonString(literal, s);
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

QString rawText(RawJson raw)
{
    return QString::fromUtf8(raw.data(), qsizetype(raw.size()));
}

// What one message says in text, and its tool calls.
struct ToolCall
{
    QString name, arguments;
};

struct Turn
{
    QString text;
    QList<ToolCall> toolCalls;
    bool dropped = false; // images, reasoning or other blocks left out
};

Turn turnOf(const Conversation &c, const Message &m)
{
    Turn t;
    QStringList texts;
    for (const Part &p : c.partsOf(m)) {
        switch (p.kind) {
        case PartKind::Text:
            texts << unescaped(p.text);
            break;
        case PartKind::ToolResult:
            if (!p.content.empty() && p.content.front() == '"')
                texts << unescaped(p.content);
            else if (!p.content.empty())
                texts << rawText(p.content); // blocks or an object: as JSON text
            break;
        case PartKind::ToolCall: {
            QString arguments;
            if (!p.arguments.empty())
                arguments = unescaped(p.arguments);
            else if (!p.input.empty())
                arguments = rawText(p.input);
            t.toolCalls.append(ToolCall{unescaped(p.name), arguments});
            break;
        }
        case PartKind::Image:
        case PartKind::Reasoning:
        case PartKind::Other:
            t.dropped = true;
            break;
        }
    }
    t.text = texts.join(u'\n');
    return t;
}

void appendQuoted(std::string &out, const QString &s)
{
    Convert::appendJsonQuoted(out, s.toStdString());
}

// {"role": …, "content": …, "tool_calls": […]}, keys in this order, compact.
void appendTurn(std::string &out, const QString &role, const Turn &t)
{
    out.append(R"({"role":)");
    appendQuoted(out, role);
    out.append(R"(,"content":)");
    appendQuoted(out, t.text);
    if (!t.toolCalls.isEmpty()) {
        out.append(R"(,"tool_calls":[)");
        for (qsizetype i = 0; i < t.toolCalls.size(); ++i) {
            out.append(i ? R"(,{"name":)" : R"({"name":)");
            appendQuoted(out, t.toolCalls.at(i).name);
            out.append(R"(,"arguments":)");
            appendQuoted(out, t.toolCalls.at(i).arguments);
            out.push_back('}');
        }
        out.push_back(']');
    }
    out.push_back('}');
}

QString roleName(Role r)
{
    switch (r) {
    case Role::System:
        return u"system"_s;
    case Role::User:
        return u"user"_s;
    case Role::Assistant:
        return u"assistant"_s;
    case Role::Tool:
        return u"tool"_s;
    }
    return u"user"_s;
}

QStringList tagsFrom(const QJsonValue &v)
{
    QStringList tags;
    if (v.isArray()) {
        for (const QJsonValue &t : v.toArray()) {
            if (t.isString() && !t.toString().trimmed().isEmpty())
                tags << t.toString().trimmed();
        }
    } else if (v.isString()) {
        static const QRegularExpression separators(u"[,;]"_s);
        for (const QString &t : v.toString().split(separators, Qt::SkipEmptyParts)) {
            if (!t.trimmed().isEmpty())
                tags << t.trimmed();
        }
    }
    return tags;
}

QStringList tagsOf(const Conversation &c)
{
    QStringList tags;
    if (!c.metadata.empty()) {
        const QJsonDocument meta = QJsonDocument::fromJson(
                QByteArray(c.metadata.data(), qsizetype(c.metadata.size())));
        if (meta.isObject())
            tags = tagsFrom(meta.object().value(u"tags"_s));
    }
    for (const Convert::Field &f : c.fieldsOf(c.extra)) {
        if (unescaped(f.key) != u"tags")
            continue;
        // the value as a one-element array, to parse any JSON value
        const QByteArray wrapped
                = '[' + QByteArray(f.value.data(), qsizetype(f.value.size())) + ']';
        const QJsonDocument doc = QJsonDocument::fromJson(wrapped);
        for (const QString &t : tagsFrom(doc.array().at(0))) {
            if (!tags.contains(t))
                tags << t;
        }
    }
    return tags;
}

// A file starting with "[" (after a BOM and white space) holds one JSON array.
Result<Convert::Container> containerOf(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return makeError(ErrorKind::Io, Tr::tr("Cannot open %1: %2").arg(path, f.errorString()));
    QByteArray head = f.read(4096);
    if (head.startsWith("\xef\xbb\xbf"))
        head.remove(0, 3);
    head = head.trimmed();
    return head.startsWith('[') ? Convert::Container::Array : Convert::Container::Jsonl;
}

} // namespace

QStringList variableNames()
{
    return {u"system"_s, u"input"_s, u"history"_s};
}

std::optional<TestCase> caseFromConversation(const Conversation &c, QString *whyNot,
                                             bool *droppedParts)
{
    qsizetype lastUser = -1;
    for (qsizetype i = qsizetype(c.messages.size()) - 1; i >= 0; --i) {
        if (c.messages[std::size_t(i)].role == Role::User) {
            lastUser = i;
            break;
        }
    }
    if (lastUser < 0) {
        if (whyNot)
            *whyNot = c.messages.empty() ? Tr::tr("the conversation has no messages")
                                         : Tr::tr("the conversation has no user turn");
        return std::nullopt;
    }
    bool dropped = false;
    QStringList system;
    std::string history = "[";
    for (qsizetype i = 0; i < lastUser; ++i) {
        const Message &m = c.messages[std::size_t(i)];
        const Turn t = turnOf(c, m);
        dropped = dropped || t.dropped;
        if (m.role == Role::System) {
            if (!t.text.isEmpty())
                system << t.text;
            continue;
        }
        if (history.size() > 1)
            history.push_back(',');
        appendTurn(history, roleName(m.role), t);
    }
    const Turn input = turnOf(c, c.messages[std::size_t(lastUser)]);
    dropped = dropped || input.dropped;

    TestCase tc;
    tc.variables.insert(u"system"_s, system.join(u"\n\n"_s));
    tc.variables.insert(u"input"_s, input.text);
    history.push_back(']');
    tc.variables.insert(u"history"_s, QString::fromStdString(history));
    for (qsizetype i = qsizetype(c.messages.size()) - 1; i > lastUser; --i) {
        const Message &m = c.messages[std::size_t(i)];
        if (m.role != Role::Assistant)
            continue;
        const Turn t = turnOf(c, m);
        if (!t.text.isEmpty()) {
            tc.reference = t.text;
            break;
        }
    }
    tc.tags = tagsOf(c);
    if (droppedParts)
        *droppedParts = dropped;
    return tc;
}

Result<Import> fromFile(const QString &path, const Options &options, const ProgressFn &progress,
                        const std::atomic<bool> *cancel)
{
    const QString name = QFileInfo(path).fileName();
    Import im;
    if (options.format) {
        im.format = *options.format;
        if (options.container) {
            im.container = *options.container;
        } else {
            auto container = containerOf(path);
            if (!container)
                return container.error();
            im.container = container.value();
        }
    } else {
        auto detected = Convert::detectFile(path);
        if (!detected)
            return detected.error();
        if (detected->sampled == 0)
            return makeError(ErrorKind::BadInput, Tr::tr("%1 holds no conversations.").arg(name));
        if (detected->parsed == 0)
            return makeError(
                    ErrorKind::BadInput,
                    Tr::tr("%1: no record is valid JSON; cannot detect the format.").arg(name));
        im.format = detected->format;
        im.container = options.container.value_or(detected->container);
        im.detected = true;
    }

    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return makeError(ErrorKind::Io, Tr::tr("Cannot open %1: %2").arg(path, f.errorString()));
    const std::uint64_t total = std::uint64_t(f.size());
    Convert::RecordSplitter splitter(im.container);
    Convert::JsonDoc doc;
    Conversation conv;
    Convert::RecordError err;
    QByteArray buf;
    std::uint64_t offset = 0, bytesRead = 0;
    for (;;) {
        if (cancel && cancel->load(std::memory_order_relaxed))
            return makeError(ErrorKind::Cancelled, Tr::tr("The import was cancelled."));
        const QByteArray more = f.read(1 << 20);
        const bool eof = more.isEmpty();
        bytesRead += std::uint64_t(more.size());
        buf += more;
        std::vector<Convert::RecordSpan> spans;
        const std::size_t used = splitter.split(
                std::string_view(buf.constData(), std::size_t(buf.size())), offset, eof, spans);
        for (const Convert::RecordSpan &span : spans) {
            ++im.records;
            const std::string_view text(buf.constData() + span.begin, span.length);
            auto recordError = [&](const QString &reason) {
                return makeError(ErrorKind::BadInput,
                                 Tr::tr("%1:%2: %3").arg(name).arg(span.line).arg(reason));
            };
            if (span.flags & Convert::RecordSpan::Broken)
                return recordError(Tr::tr("the JSON array's structure is broken here"));
            if (!doc.parse(text))
                return recordError(
                        QString::fromStdString(Convert::jsonErrorText(doc.error().code)));
            if (!Convert::readRecord(im.format, doc, conv, err))
                return recordError(Tr::tr("not a %1 record: %2")
                                           .arg(Convert::formatTitle(im.format),
                                                QString::fromStdString(err.reason)));
            QString whyNot;
            bool dropped = false;
            auto tc = caseFromConversation(conv, &whyNot, &dropped);
            if (!tc) {
                ++im.skippedCount;
                if (im.skipped.size() < kMaxListed)
                    im.skipped.append(Skipped{span.line, whyNot});
                continue;
            }
            if (dropped)
                ++im.withDroppedParts;
            im.result.cases.append(std::move(*tc));
        }
        buf.remove(0, qsizetype(used));
        offset += used;
        if (progress)
            progress(Convert::Progress{bytesRead, total, im.records, 0, 1});
        if (eof)
            break;
    }
    if (im.records == 0)
        return makeError(ErrorKind::BadInput, Tr::tr("%1 holds no conversations.").arg(name));
    im.result.variables = variableNames();
    if (im.skippedCount > 0) {
        QStringList where;
        for (const Skipped &s : std::as_const(im.skipped))
            where << Tr::tr("line %1 (%2)").arg(s.line).arg(s.reason);
        QString listed = where.join(u", "_s);
        if (im.skippedCount > std::uint64_t(im.skipped.size()))
            listed += u", …"_s;
        im.result.warnings << Tr::tr("%1: %2 of %3 conversations cannot become a case and were "
                                     "not imported: %4")
                                      .arg(name)
                                      .arg(im.skippedCount)
                                      .arg(im.records)
                                      .arg(listed);
    }
    if (im.withDroppedParts > 0)
        im.result.warnings << Tr::tr("%1: %2 cases had images or other non-text parts; only "
                                     "their text was imported.")
                                      .arg(name)
                                      .arg(im.withDroppedParts);
    return im;
}

} // namespace Cutover::ConversationCases
