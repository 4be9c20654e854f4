#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

namespace Cutover {

struct SseEvent
{
    QString event; // "message" when the stream named none
    QString data;  // data: lines joined with LF
    QString id;

    friend bool operator==(const SseEvent &, const SseEvent &) = default;
};

// Incremental Server-Sent Events decoder following the WHATWG rules: lines end
// in CR, LF or CRLF (a CR at the end of one chunk and an LF at the start of the
// next are one line end), several data: lines join with LF, lines starting
// with ':' are comments, one leading space after the colon is dropped, a
// leading BOM is skipped, an event is dispatched at a blank line. Bytes are
// kept until a whole line has arrived, so a UTF-8 sequence split across
// chunks decodes correctly. Any split of the same bytes gives the same events.
class SseDecoder
{
public:
    // An event (or a line) larger than this stops the decoder: memory stays
    // bounded whatever the server sends.
    static constexpr qsizetype kMaxEventBytes = 16 * 1024 * 1024;

    QList<SseEvent> feed(QByteArrayView bytes);

    // True once an event exceeded kMaxEventBytes; feed() then returns nothing.
    bool overflowed() const { return m_overflow; }

    // True if the stream stopped inside an event (data buffered but no blank
    // line yet, or a partial line); that event is discarded, as the spec says.
    bool hasPartialEvent() const;

private:
    void processLine(QByteArrayView line, QList<SseEvent> &out);

    QByteArray m_line;
    QByteArray m_data;
    QByteArray m_event;
    QByteArray m_lastId;
    bool m_hasData = false;
    bool m_pendingCr = false;
    bool m_bomChecked = false;
    bool m_overflow = false;
};

// Incremental newline-delimited JSON splitter (Ollama's native API): one
// value per LF-terminated line, CRLF accepted, blank lines skipped.
class NdjsonDecoder
{
public:
    QList<QByteArray> feed(QByteArrayView bytes);
    // The unterminated last line, if any (a cut stream or a missing final LF).
    QByteArray remainder() const { return m_line; }

private:
    QByteArray m_line;
};

} // namespace Cutover
