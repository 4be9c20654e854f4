#include "core/convert/recordsplitter.h"

#include <algorithm>
#include <cstring>

namespace Cutover::Convert {

namespace {

inline bool isWs(char c)
{
    return c == ' ' || c == '\n' || c == '\r' || c == '\t';
}

std::uint64_t countLines(std::string_view s)
{
    return std::uint64_t(std::count(s.begin(), s.end(), '\n'));
}

constexpr std::size_t kBrokenExcerpt = 4096;

} // namespace

std::size_t RecordSplitter::split(std::string_view buf, std::uint64_t fileOffset, bool eof,
                                  std::vector<RecordSpan> &out)
{
    if (!m_started) {
        if (buf.size() < 3 && !eof)
            return 0;
        m_started = true;
        if (buf.substr(0, 3) == "\xEF\xBB\xBF") {
            m_bom = true;
            const std::size_t first = out.size();
            const std::size_t used = split(buf.substr(3), fileOffset + 3, eof, out);
            for (std::size_t i = first; i < out.size(); ++i)
                out[i].begin += 3;
            return used + 3;
        }
    }
    return m_container == Container::Jsonl ? splitLines(buf, fileOffset, eof, out)
                                           : splitArray(buf, fileOffset, eof, out);
}

std::size_t RecordSplitter::splitLines(std::string_view buf, std::uint64_t fileOffset, bool eof,
                                       std::vector<RecordSpan> &out)
{
    const char *b = buf.data();
    std::size_t pos = 0;
    while (pos < buf.size()) {
        const char *nl = static_cast<const char *>(std::memchr(b + pos, '\n', buf.size() - pos));
        if (!nl && !eof)
            break;
        const std::size_t end = nl ? std::size_t(nl - b) : buf.size();
        std::size_t len = end - pos;
        if (nl && len > 0 && b[end - 1] == '\r') {
            --len;
            ++m_crlfLines;
        }
        bool blank = true;
        for (std::size_t i = pos; i < pos + len && blank; ++i)
            blank = isWs(b[i]);
        if (blank) {
            ++m_blankLines;
        } else {
            RecordSpan r;
            r.begin = pos;
            r.length = len;
            r.offset = fileOffset + pos;
            r.line = m_line;
            r.flags = nl ? 0 : RecordSpan::Unterminated;
            m_unterminated = m_unterminated || !nl;
            out.push_back(r);
        }
        ++m_line;
        pos = nl ? end + 1 : end;
    }
    return pos;
}

std::size_t RecordSplitter::splitArray(std::string_view buf, std::uint64_t fileOffset, bool eof,
                                       std::vector<RecordSpan> &out)
{
    const char *b = buf.data();
    const std::size_t n = buf.size();
    std::size_t pos = 0;
    std::size_t lineMark = 0; // m_line counts the lines of buf[0, lineMark)
    auto lineAt = [&](std::size_t p) {
        m_line += countLines(buf.substr(lineMark, p - lineMark));
        lineMark = p;
        return m_line;
    };
    auto breakAt = [&](std::size_t p) {
        RecordSpan r;
        r.begin = p;
        r.length = std::min(kBrokenExcerpt, n - p);
        r.offset = fileOffset + p;
        r.line = lineAt(p);
        r.flags = RecordSpan::Broken;
        out.push_back(r);
        m_skippedBytes += n - p;
        m_phase = Phase::Broken;
        return n;
    };
    for (;;) {
        if (m_phase == Phase::Broken) {
            m_skippedBytes += n - pos;
            return n;
        }
        while (pos < n && isWs(b[pos]))
            ++pos;
        if (pos >= n) {
            if (eof && m_phase != Phase::Done && m_phase != Phase::Start)
                m_notClosed = true;
            if (eof && m_phase == Phase::Start)
                m_notAnArray = true;
            lineAt(pos);
            return pos;
        }
        const char c = b[pos];
        switch (m_phase) {
        case Phase::Start:
            if (c != '[') {
                m_notAnArray = true;
                return breakAt(pos);
            }
            ++pos;
            m_phase = Phase::BeforeFirst;
            continue;
        case Phase::AfterElement:
            if (c == ',') {
                ++pos;
                m_phase = Phase::BeforeElement;
            } else if (c == ']') {
                ++pos;
                m_phase = Phase::Done;
            } else {
                return breakAt(pos);
            }
            continue;
        case Phase::Done:
            return breakAt(pos);
        case Phase::BeforeFirst:
            if (c == ']') {
                ++pos;
                m_phase = Phase::Done;
                continue;
            }
            [[fallthrough]];
        case Phase::BeforeElement: {
            if (c == ']' || c == ',')
                return breakAt(pos);
            // scan one element
            const std::size_t start = pos;
            int depth = 0;
            bool inString = false;
            std::size_t i = pos;
            std::size_t end = std::string_view::npos;
            for (; i < n; ++i) {
                const char ch = b[i];
                if (inString) {
                    if (ch == '\\')
                        ++i;
                    else if (ch == '"')
                        inString = false;
                    else
                        continue;
                    if (depth == 0 && !inString) {
                        end = i + 1;
                        break;
                    }
                    continue;
                }
                if (ch == '"') {
                    inString = true;
                } else if (ch == '{' || ch == '[') {
                    ++depth;
                } else if (ch == '}' || ch == ']') {
                    if (depth == 0) {
                        end = i;
                        break;
                    }
                    if (--depth == 0) {
                        end = i + 1;
                        break;
                    }
                } else if (depth == 0 && (ch == ',' || isWs(ch))) {
                    end = i;
                    break;
                }
            }
            if (end == std::string_view::npos) {
                if (!eof) {
                    lineAt(start);
                    return start; // carry the partial element
                }
                end = n;
            }
            RecordSpan r;
            r.begin = start;
            r.length = end - start;
            r.offset = fileOffset + start;
            r.line = lineAt(start);
            if (end == n && eof) {
                r.flags = RecordSpan::Unterminated;
                m_notClosed = true;
                m_phase = Phase::Done;
            } else {
                m_phase = Phase::AfterElement;
            }
            out.push_back(r);
            pos = end;
            continue;
        }
        case Phase::Broken:
            break;
        }
    }
}

} // namespace Cutover::Convert
