#pragma once

#include <cstdint>
#include <deque>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace Cutover::Convert {

// The neutral conversation model every reader fills and every writer reads.
//
// Values are kept as raw JSON text (RawJson): a string value is its literal
// with quotes and escapes exactly as read ("\"caf\\u00e9\""), an object or a
// number is its text. Views point into the record's input bytes or into the
// conversation's arena, so a writer copies them without unescaping.
using RawJson = std::string_view;

struct Range
{
    std::uint32_t begin = 0;
    std::uint32_t end = 0;
    std::uint32_t size() const { return end - begin; }
    bool empty() const { return begin == end; }
};

// A member kept verbatim: the key literal (with quotes) and the value's text.
struct Field
{
    RawJson key;
    RawJson value;
};

enum class Role : std::uint8_t { System, User, Assistant, Tool };

enum class PartKind : std::uint8_t {
    Text,
    Image,
    ToolCall,
    ToolResult,
    Reasoning,
    Other, // a block the model has no type for, kept verbatim (raw) in its source format
};

enum class SourceFormat : std::uint8_t { OpenAI, Anthropic, ShareGpt, Alpaca, Gemini };

struct Part
{
    PartKind kind = PartKind::Text;
    RawJson text; // Text, Reasoning: string literal
    // Image: url (http(s) or data: URL, string literal), or mediaType + data (base64), or fileUri
    RawJson url;
    RawJson mediaType;
    RawJson data; // Image: base64 literal; Reasoning: redacted data literal
    RawJson fileUri;
    RawJson detail; // OpenAI image detail
    // ToolCall and ToolResult
    RawJson id;        // string literal; empty when the source has none
    RawJson name;      // string literal
    RawJson arguments; // ToolCall: the raw argument string as a JSON string literal
    RawJson input;     // ToolCall: the arguments as a JSON object text
    RawJson content;   // ToolResult: string literal, array of content blocks, or object text
    RawJson isError;   // ToolResult: literal true/false
    RawJson signature; // Reasoning
    RawJson raw;       // Other: the whole block
    SourceFormat rawFormat = SourceFormat::OpenAI;
    Range extra; // unknown members of this part (Conversation::fields)
};

struct Message
{
    Role role = Role::User;
    Range parts;
    Range extra;                // unknown members of this message
    RawJson name;               // OpenAI name
    RawJson weight;             // OpenAI weight (number)
    bool contentString = false; // content was a plain string (not parts)
    bool contentNull = false;   // content was null or absent
    bool continuation
            = false; // split from the same source message as the one before (a tool result block)
};

struct Tool
{
    RawJson name;
    RawJson description;
    RawJson parameters; // JSON schema object text
    Range extra;        // unknown members of the function / tool object
};

struct Conversation
{
    RawJson id;       // any JSON value
    RawJson metadata; // any JSON value
    std::vector<Message> messages;
    std::vector<Part> parts;
    std::vector<Field> fields;
    std::vector<Tool> tools;
    Range extra;                     // unknown top-level members
    bool systemString = true;        // the source's top-level system was a string (Anthropic)
    bool toolIdsSynthesized = false; // the source had no tool call ids; readers made them up
    std::deque<std::string> arena;

    void clear()
    {
        id = {};
        metadata = {};
        messages.clear();
        parts.clear();
        fields.clear();
        tools.clear();
        extra = {};
        systemString = true;
        toolIdsSynthesized = false;
        arena.clear();
    }
    std::span<const Part> partsOf(const Message &m) const
    {
        return std::span<const Part>(parts.data() + m.parts.begin, m.parts.size());
    }
    std::span<const Field> fieldsOf(Range r) const
    {
        return std::span<const Field>(fields.data() + r.begin, r.size());
    }
    // Keeps s alive as long as the conversation and returns a view of it.
    RawJson store(std::string s)
    {
        arena.push_back(std::move(s));
        return arena.back();
    }
};

} // namespace Cutover::Convert
