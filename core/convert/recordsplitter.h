#pragma once

#include "core/convert/formats.h"

#include <cstdint>
#include <string_view>
#include <vector>

namespace Cutover::Convert {

// One record found in the input: where its bytes are in the buffer handed to
// split(), where they are in the file, and on which line it starts.
struct RecordSpan
{
    enum Flag : std::uint8_t {
        Unterminated
        = 1,        // the last record of the file, not followed by a newline / closing bracket
        Broken = 2, // the array's structure is broken here; the rest of the file is skipped
    };
    std::size_t begin = 0;
    std::size_t length = 0;
    std::uint64_t offset = 0; // byte offset in the file
    std::uint64_t line = 1;   // 1-based line number of the record's first byte
    std::uint8_t flags = 0;
};

// Cuts a byte stream into records without parsing them: JSONL lines (BOM,
// CRLF and blank lines handled) or the elements of one top-level JSON array
// (strings and nesting tracked, so commas and brackets inside values are fine).
// Feed it consecutive buffers; keep the unconsumed tail for the next call.
class RecordSplitter
{
public:
    explicit RecordSplitter(Container container)
        : m_container(container)
    {}

    // buf holds the file's bytes from fileOffset on. Appends the complete
    // records to out and returns how many bytes of buf were consumed; the
    // rest must be handed again, with more bytes after it, in the next call.
    // eof: no bytes follow buf.
    std::size_t split(std::string_view buf, std::uint64_t fileOffset, bool eof,
                      std::vector<RecordSpan> &out);

    bool sawBom() const { return m_bom; }
    std::uint64_t blankLines() const { return m_blankLines; }
    std::uint64_t crlfLines() const { return m_crlfLines; }
    bool arrayNotClosed() const { return m_notClosed; }
    // the last JSONL line had no newline, or the array was not closed
    bool unterminatedLast() const { return m_unterminated || m_notClosed; }
    bool notAnArray() const { return m_notAnArray; }
    std::uint64_t skippedBytes() const { return m_skippedBytes; } // after a broken array

private:
    std::size_t splitLines(std::string_view buf, std::uint64_t fileOffset, bool eof,
                           std::vector<RecordSpan> &out);
    std::size_t splitArray(std::string_view buf, std::uint64_t fileOffset, bool eof,
                           std::vector<RecordSpan> &out);

    enum class Phase : std::uint8_t {
        Start,
        BeforeFirst,
        BeforeElement,
        AfterElement,
        Done,
        Broken
    };
    Container m_container;
    Phase m_phase = Phase::Start;
    bool m_started = false;
    bool m_bom = false;
    bool m_notClosed = false;
    bool m_unterminated = false;
    bool m_notAnArray = false;
    std::uint64_t m_line = 1;
    std::uint64_t m_blankLines = 0;
    std::uint64_t m_crlfLines = 0;
    std::uint64_t m_skippedBytes = 0;
};

} // namespace Cutover::Convert
