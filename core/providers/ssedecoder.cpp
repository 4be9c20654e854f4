#include "core/providers/ssedecoder.h"

using namespace Qt::StringLiterals;

namespace Cutover {

QList<SseEvent> SseDecoder::feed(QByteArrayView bytes)
{
    QList<SseEvent> out;
    if (m_overflow)
        return out;
    qsizetype i = 0;
    if (!m_bomChecked) {
        // The BOM may itself arrive split; wait until three bytes or a mismatch.
        m_line.append(bytes.data(), bytes.size());
        const QByteArray bom("\xEF\xBB\xBF");
        if (m_line.size() < 3 && bom.startsWith(m_line))
            return out;
        m_bomChecked = true;
        QByteArray pending = m_line;
        m_line.clear();
        if (pending.startsWith(bom))
            pending.remove(0, 3);
        return feed(pending);
    }
    const char *p = bytes.data();
    const qsizetype n = bytes.size();
    while (i < n) {
        if (m_pendingCr) {
            m_pendingCr = false;
            if (p[i] == '\n') {
                ++i;
                continue;
            }
        }
        // Find the next line end in the rest of the chunk.
        qsizetype j = i;
        while (j < n && p[j] != '\n' && p[j] != '\r')
            ++j;
        if (j == n) {
            m_line.append(p + i, n - i);
            if (m_line.size() + m_data.size() > kMaxEventBytes) {
                m_overflow = true;
                m_line.clear();
                m_data.clear();
            }
            break;
        }
        if (m_line.isEmpty()) {
            processLine(QByteArrayView(p + i, j - i), out);
        } else {
            m_line.append(p + i, j - i);
            processLine(m_line, out);
            m_line.clear();
        }
        if (p[j] == '\r')
            m_pendingCr = true;
        i = j + 1;
        if (m_data.size() > kMaxEventBytes) {
            m_overflow = true;
            m_line.clear();
            m_data.clear();
            return out;
        }
    }
    return out;
}

void SseDecoder::processLine(QByteArrayView line, QList<SseEvent> &out)
{
    if (line.isEmpty()) {
        if (m_hasData) {
            if (m_data.endsWith('\n'))
                m_data.chop(1);
            SseEvent e;
            e.event = m_event.isEmpty() ? u"message"_s : QString::fromUtf8(m_event);
            e.data = QString::fromUtf8(m_data);
            e.id = QString::fromUtf8(m_lastId);
            out << e;
        }
        m_data.clear();
        m_event.clear();
        m_hasData = false;
        return;
    }
    if (line.front() == ':')
        return;
    QByteArrayView field = line;
    QByteArrayView value;
    if (const qsizetype colon = line.indexOf(':'); colon >= 0) {
        field = line.first(colon);
        value = line.sliced(colon + 1);
        if (!value.isEmpty() && value.front() == ' ')
            value = value.sliced(1);
    }
    if (field == "data") {
        m_data.append(value.data(), value.size());
        m_data.append('\n');
        m_hasData = true;
    } else if (field == "event") {
        m_event = value.toByteArray();
    } else if (field == "id") {
        if (!value.contains('\0'))
            m_lastId = value.toByteArray();
    }
    // "retry" and unknown fields are ignored.
}

bool SseDecoder::hasPartialEvent() const
{
    return m_hasData || !m_line.isEmpty() || !m_event.isEmpty();
}

QList<QByteArray> NdjsonDecoder::feed(QByteArrayView bytes)
{
    QList<QByteArray> out;
    qsizetype start = 0;
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        if (bytes[i] != '\n')
            continue;
        m_line.append(bytes.data() + start, i - start);
        start = i + 1;
        if (m_line.endsWith('\r'))
            m_line.chop(1);
        if (!m_line.trimmed().isEmpty())
            out << m_line;
        m_line.clear();
    }
    m_line.append(bytes.data() + start, bytes.size() - start);
    return out;
}

} // namespace Cutover
