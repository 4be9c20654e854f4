#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace Cutover::Convert {

// A strict JSON reader that keeps every value as a span of the input text.
//
// It accepts exactly RFC 8259 (no leading or trailing dots, no raw control
// characters in strings, no bad escapes, no trailing commas, no comments),
// checks UTF-8 with simdjson's validator and names the byte of the first
// error. Values are never converted: numbers (including integers beyond 2^53)
// and strings (still escaped) are copied verbatim by the writers. Duplicate
// keys are accepted and reported.

enum class JsonType : std::uint8_t { Null, False, True, Number, String, Array, Object };

inline constexpr std::uint32_t kNoNode = 0xffffffffu;

struct JsonNode
{
    std::uint32_t begin = 0; // byte offset of the value in the text (a string includes its quotes)
    std::uint32_t end = 0;   // one past the last byte
    std::uint32_t next = 0;  // index of the node after this value's subtree
    std::uint32_t count = 0; // Array: elements; Object: members
    JsonType type = JsonType::Null;
    bool escaped = false; // String: contains a backslash escape
};

enum class JsonErrorCode : std::uint8_t {
    None,
    InvalidUtf8,
    Empty,
    UnexpectedCharacter,
    ControlCharacterInString,
    BadEscape,
    BadNumber,
    BadLiteral,
    TrailingComma,
    MissingColon,
    MissingCommaOrEnd,
    UnterminatedString,
    Truncated,
    TrailingContent,
    TooDeep,
    TooLarge,
};

struct JsonError
{
    JsonErrorCode code = JsonErrorCode::None;
    std::uint32_t offset = 0; // byte offset in the parsed text
};

// Stable machine name ("invalid_utf8", "trailing_comma", …) and a translated sentence.
const char *jsonErrorName(JsonErrorCode code);
std::string jsonErrorText(JsonErrorCode code);

class JsonDoc
{
public:
    static constexpr int kMaxDepth = 512;

    // Parses one complete JSON text. On failure returns false and sets error().
    bool parse(std::string_view text);

    const JsonError &error() const { return m_error; }
    std::string_view text() const { return m_text; }
    const std::vector<JsonNode> &nodes() const { return m_nodes; }
    const JsonNode &node(std::uint32_t i) const { return m_nodes[i]; }
    JsonType type(std::uint32_t i) const { return m_nodes[i].type; }
    std::string_view raw(std::uint32_t i) const
    {
        return m_text.substr(m_nodes[i].begin, m_nodes[i].end - m_nodes[i].begin);
    }
    bool isString(std::uint32_t i) const { return i != kNoNode && type(i) == JsonType::String; }
    bool isObject(std::uint32_t i) const { return i != kNoNode && type(i) == JsonType::Object; }
    bool isArray(std::uint32_t i) const { return i != kNoNode && type(i) == JsonType::Array; }

    // Members of an object: f(keyNode, valueNode). Elements of an array: f(valueNode).
    template<typename F>
    void forEachMember(std::uint32_t obj, F &&f) const
    {
        std::uint32_t k = obj + 1;
        for (std::uint32_t n = 0; n < m_nodes[obj].count; ++n) {
            const std::uint32_t v = k + 1;
            f(k, v);
            k = m_nodes[v].next;
        }
    }
    template<typename F>
    void forEachElement(std::uint32_t arr, F &&f) const
    {
        std::uint32_t e = arr + 1;
        for (std::uint32_t n = 0; n < m_nodes[arr].count; ++n) {
            f(e);
            e = m_nodes[e].next;
        }
    }

    // The value of key in object obj, or kNoNode. Keys with escapes are compared unescaped.
    std::uint32_t find(std::uint32_t obj, std::string_view key) const;
    // True when string node equals the plain text s (escapes resolved).
    bool equals(std::uint32_t stringNode, std::string_view s) const;
    // The unescaped UTF-8 of a string node.
    std::string str(std::uint32_t stringNode) const;

    // Integers beyond 2^53 seen (kept verbatim); duplicate keys (offset of the first one).
    int bigIntegers() const { return m_bigIntegers; }
    int duplicateKeys() const { return m_duplicateKeys; }
    std::uint32_t firstDuplicateKeyOffset() const { return m_firstDuplicateOffset; }
    // \u escapes of lone surrogates: valid JSON grammar, not valid Unicode; kept escaped.
    int loneSurrogates() const { return m_loneSurrogates; }

private:
    bool fail(JsonErrorCode code, std::size_t offset);
    bool parseString(std::size_t &pos, bool &escaped);
    bool parseNumber(std::size_t &pos);
    void checkDuplicates(std::uint32_t obj);

    std::string_view m_text;
    std::vector<JsonNode> m_nodes;
    std::vector<std::uint32_t> m_stack;
    JsonError m_error;
    int m_bigIntegers = 0;
    int m_duplicateKeys = 0;
    std::uint32_t m_firstDuplicateOffset = 0;
    int m_loneSurrogates = 0;
};

// Offset of the first byte that breaks UTF-8 in data, or -1 when all valid.
std::int64_t firstInvalidUtf8(std::string_view data);
bool isValidUtf8(std::string_view data);

// Unescapes the body of a JSON string literal (given with its quotes) and appends UTF-8 to out.
// Returns false when a lone surrogate escape was found (out then holds WTF-8).
bool unescapeJsonString(std::string_view literal, std::string &out);
// Appends s as a JSON string literal (with quotes), escaping as JSON requires.
void appendJsonQuoted(std::string &out, std::string_view s);
// Appends the value at node i without insignificant whitespace; strings and numbers verbatim.
void appendMinified(const JsonDoc &doc, std::uint32_t i, std::string &out);
// The body of a string literal, without its quotes.
inline std::string_view literalBody(std::string_view literal)
{
    return literal.size() >= 2 ? literal.substr(1, literal.size() - 2) : std::string_view();
}

} // namespace Cutover::Convert
