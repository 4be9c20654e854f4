#include "core/convert/preview.h"

#include "core/convert/recordsplitter.h"
#include "core/util/tr.h"

#include <QFile>

namespace Cutover::Convert {

namespace {

QString textOf(RawJson literal)
{
    std::string s;
    unescapeJsonString(literal, s);
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

const char *roleName(Role r)
{
    switch (r) {
    case Role::System:
        return "system";
    case Role::User:
        return "user";
    case Role::Assistant:
        return "assistant";
    case Role::Tool:
        return "tool";
    }
    return "user";
}

} // namespace

Result<QList<PreviewRecord>> previewFile(const QString &path, Format format, Container container,
                                         int maxRecords, int maxChars)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return makeError(ErrorKind::Io,
                         CoreTr::tr("Cannot open %1: %2").arg(path, f.errorString()));
    RecordSplitter splitter(container);
    QList<PreviewRecord> out;
    QByteArray buf;
    std::uint64_t offset = 0;
    JsonDoc doc;
    Conversation conv;
    while (out.size() < maxRecords) {
        const QByteArray more = f.read(1 << 20);
        const bool eof = more.isEmpty();
        buf += more;
        std::vector<RecordSpan> spans;
        const std::size_t used = splitter.split(
                std::string_view(buf.constData(), std::size_t(buf.size())), offset, eof, spans);
        for (const RecordSpan &span : spans) {
            if (out.size() >= maxRecords)
                break;
            PreviewRecord rec;
            rec.line = span.line;
            const std::string_view text(buf.constData() + span.begin, span.length);
            RecordError err;
            if (!doc.parse(text)) {
                rec.error = QString::fromStdString(jsonErrorText(doc.error().code));
            } else if (!readRecord(format, doc, conv, err)) {
                rec.error = QString::fromStdString(err.reason);
            } else {
                rec.ok = true;
                rec.id = QString::fromUtf8(conv.id.data(), qsizetype(conv.id.size()));
                rec.tools = int(conv.tools.size());
                for (const Message &m : conv.messages) {
                    PreviewMessage pm;
                    pm.role = QString::fromLatin1(roleName(m.role));
                    for (const Part &p : conv.partsOf(m)) {
                        switch (p.kind) {
                        case PartKind::Text:
                            pm.text += textOf(p.text);
                            break;
                        case PartKind::Image:
                            pm.parts << QStringLiteral("image");
                            break;
                        case PartKind::ToolCall:
                            pm.parts << QStringLiteral("tool_call ") + textOf(p.name);
                            break;
                        case PartKind::ToolResult:
                            pm.parts << QStringLiteral("tool_result");
                            if (!p.content.empty() && p.content.front() == '"')
                                pm.text += textOf(p.content);
                            break;
                        case PartKind::Reasoning:
                            pm.parts << QStringLiteral("reasoning");
                            break;
                        case PartKind::Other:
                            pm.parts << QStringLiteral("other");
                            break;
                        }
                    }
                    if (pm.text.size() > maxChars)
                        pm.text = pm.text.left(maxChars) + QChar(0x2026);
                    rec.messages.append(pm);
                }
            }
            out.append(rec);
        }
        buf.remove(0, qsizetype(used));
        offset += used;
        if (eof)
            break;
    }
    return out;
}

} // namespace Cutover::Convert
