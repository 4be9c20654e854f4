#include "core/convert/json.h"

#include "core/util/tr.h"

#include <algorithm>
#include <cstring>
#include <simdjson.h>

#if defined(__x86_64__) || defined(__i386__)
#include <immintrin.h>
#define CUTOVER_X86 1
#endif

namespace Cutover::Convert {

namespace {

inline bool isWs(char c)
{
    return c == ' ' || c == '\n' || c == '\r' || c == '\t';
}

inline bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

inline int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

inline int hex4(const char *p)
{
    int v = 0;
    for (int i = 0; i < 4; ++i) {
        const int h = hexValue(p[i]);
        if (h < 0)
            return -1;
        v = (v << 4) | h;
    }
    return v;
}

void appendUtf8(std::string &out, unsigned cp)
{
    if (cp < 0x80) {
        out.push_back(char(cp));
    } else if (cp < 0x800) {
        out.push_back(char(0xC0 | (cp >> 6)));
        out.push_back(char(0x80 | (cp & 0x3F)));
    } else if (cp < 0x10000) {
        out.push_back(char(0xE0 | (cp >> 12)));
        out.push_back(char(0x80 | ((cp >> 6) & 0x3F)));
        out.push_back(char(0x80 | (cp & 0x3F)));
    } else {
        out.push_back(char(0xF0 | (cp >> 18)));
        out.push_back(char(0x80 | ((cp >> 12) & 0x3F)));
        out.push_back(char(0x80 | ((cp >> 6) & 0x3F)));
        out.push_back(char(0x80 | (cp & 0x3F)));
    }
}

// Index of the first '"', '\\' or control character at or after i in t[0, n), or n.
std::size_t scanScalar(const char *t, std::size_t i, std::size_t n)
{
    while (i < n) {
        const unsigned char c = static_cast<unsigned char>(t[i]);
        if (c == '"' || c == '\\' || c < 0x20)
            return i;
        ++i;
    }
    return n;
}

#if CUTOVER_X86
std::size_t scanSse2(const char *t, std::size_t i, std::size_t n)
{
    const __m128i quote = _mm_set1_epi8('"');
    const __m128i slash = _mm_set1_epi8('\\');
    const __m128i ctrl = _mm_set1_epi8(0x1F);
    while (i + 16 <= n) {
        const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i *>(t + i));
        const __m128i hit
                = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(x, quote), _mm_cmpeq_epi8(x, slash)),
                               _mm_cmpeq_epi8(_mm_max_epu8(x, ctrl), ctrl));
        const int mask = _mm_movemask_epi8(hit);
        if (mask)
            return i + unsigned(__builtin_ctz(unsigned(mask)));
        i += 16;
    }
    return scanScalar(t, i, n);
}

__attribute__((target("avx2"))) std::size_t scanAvx2(const char *t, std::size_t i, std::size_t n)
{
    const __m256i quote = _mm256_set1_epi8('"');
    const __m256i slash = _mm256_set1_epi8('\\');
    const __m256i ctrl = _mm256_set1_epi8(0x1F);
    while (i + 32 <= n) {
        const __m256i x = _mm256_loadu_si256(reinterpret_cast<const __m256i *>(t + i));
        const __m256i hit = _mm256_or_si256(
                _mm256_or_si256(_mm256_cmpeq_epi8(x, quote), _mm256_cmpeq_epi8(x, slash)),
                _mm256_cmpeq_epi8(_mm256_max_epu8(x, ctrl), ctrl));
        const unsigned mask = unsigned(_mm256_movemask_epi8(hit));
        if (mask)
            return i + unsigned(__builtin_ctz(mask));
        i += 32;
    }
    return scanSse2(t, i, n);
}
#endif

using ScanFn = std::size_t (*)(const char *, std::size_t, std::size_t);

ScanFn pickScan()
{
#if CUTOVER_X86
    if (__builtin_cpu_supports("avx2"))
        return scanAvx2;
    return scanSse2;
#else
    return scanScalar;
#endif
}

const ScanFn s_scan = pickScan();

} // namespace

const char *jsonErrorName(JsonErrorCode code)
{
    switch (code) {
    case JsonErrorCode::None:
        return "none";
    case JsonErrorCode::InvalidUtf8:
        return "invalid_utf8";
    case JsonErrorCode::Empty:
        return "empty";
    case JsonErrorCode::UnexpectedCharacter:
        return "unexpected_character";
    case JsonErrorCode::ControlCharacterInString:
        return "control_character_in_string";
    case JsonErrorCode::BadEscape:
        return "bad_escape";
    case JsonErrorCode::BadNumber:
        return "bad_number";
    case JsonErrorCode::BadLiteral:
        return "bad_literal";
    case JsonErrorCode::TrailingComma:
        return "trailing_comma";
    case JsonErrorCode::MissingColon:
        return "missing_colon";
    case JsonErrorCode::MissingCommaOrEnd:
        return "missing_comma_or_end";
    case JsonErrorCode::UnterminatedString:
        return "unterminated_string";
    case JsonErrorCode::Truncated:
        return "truncated";
    case JsonErrorCode::TrailingContent:
        return "trailing_content";
    case JsonErrorCode::TooDeep:
        return "too_deep";
    case JsonErrorCode::TooLarge:
        return "too_large";
    }
    return "unknown";
}

namespace {

// Returns QString, not std::string: lupdate loses the scope of a function
// whose return type is namespace-qualified and files its strings under a
// context that never matches at run time.
QString errorText(JsonErrorCode code)
{
    QString s;
    switch (code) {
    case JsonErrorCode::None:
        s = CoreTr::tr("no error");
        break;
    case JsonErrorCode::InvalidUtf8:
        s = CoreTr::tr("invalid UTF-8");
        break;
    case JsonErrorCode::Empty:
        s = CoreTr::tr("empty JSON text");
        break;
    case JsonErrorCode::UnexpectedCharacter:
        s = CoreTr::tr("unexpected character");
        break;
    case JsonErrorCode::ControlCharacterInString:
        s = CoreTr::tr("raw control character inside a string");
        break;
    case JsonErrorCode::BadEscape:
        s = CoreTr::tr("invalid escape sequence in a string");
        break;
    case JsonErrorCode::BadNumber:
        s = CoreTr::tr("number not allowed by the JSON grammar");
        break;
    case JsonErrorCode::BadLiteral:
        s = CoreTr::tr("invalid literal (expected true, false or null)");
        break;
    case JsonErrorCode::TrailingComma:
        s = CoreTr::tr("trailing comma");
        break;
    case JsonErrorCode::MissingColon:
        s = CoreTr::tr("missing colon after an object key");
        break;
    case JsonErrorCode::MissingCommaOrEnd:
        s = CoreTr::tr("missing comma or closing bracket");
        break;
    case JsonErrorCode::UnterminatedString:
        s = CoreTr::tr("unterminated string");
        break;
    case JsonErrorCode::Truncated:
        s = CoreTr::tr("the JSON text ends too early (truncated record)");
        break;
    case JsonErrorCode::TrailingContent:
        s = CoreTr::tr("content after the end of the JSON value");
        break;
    case JsonErrorCode::TooDeep:
        s = CoreTr::tr("nesting deeper than %1 levels").arg(JsonDoc::kMaxDepth);
        break;
    case JsonErrorCode::TooLarge:
        s = CoreTr::tr("record larger than 4 GB");
        break;
    }
    return s;
}

} // namespace

std::string jsonErrorText(JsonErrorCode code)
{
    return errorText(code).toStdString();
}

std::int64_t firstInvalidUtf8(std::string_view data)
{
    const auto *b = reinterpret_cast<const unsigned char *>(data.data());
    const std::size_t n = data.size();
    std::size_t i = 0;
    while (i < n) {
        const unsigned char c = b[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        std::size_t len = 0;
        unsigned char lo = 0x80, hi = 0xBF;
        if (c >= 0xC2 && c <= 0xDF) {
            len = 2;
        } else if (c == 0xE0) {
            len = 3;
            lo = 0xA0;
        } else if ((c >= 0xE1 && c <= 0xEC) || c == 0xEE || c == 0xEF) {
            len = 3;
        } else if (c == 0xED) {
            len = 3;
            hi = 0x9F;
        } else if (c == 0xF0) {
            len = 4;
            lo = 0x90;
        } else if (c >= 0xF1 && c <= 0xF3) {
            len = 4;
        } else if (c == 0xF4) {
            len = 4;
            hi = 0x8F;
        } else {
            return std::int64_t(i);
        }
        if (i + 1 >= n || b[i + 1] < lo || b[i + 1] > hi)
            return std::int64_t(i + 1 < n ? i + 1 : i);
        for (std::size_t k = 2; k < len; ++k) {
            if (i + k >= n || (b[i + k] & 0xC0) != 0x80)
                return std::int64_t(i + k < n ? i + k : i);
        }
        i += len;
    }
    return -1;
}

bool isValidUtf8(std::string_view data)
{
    return simdjson::validate_utf8(data.data(), data.size());
}

bool JsonDoc::fail(JsonErrorCode code, std::size_t offset)
{
    m_error = JsonError{code, std::uint32_t(offset)};
    return false;
}

bool JsonDoc::parseString(std::size_t &pos, bool &escaped)
{
    const char *t = m_text.data();
    const std::size_t n = m_text.size();
    std::size_t i = pos + 1;
    escaped = false;
    for (;;) {
        i = s_scan(t, i, n);
        if (i >= n)
            return fail(JsonErrorCode::UnterminatedString, pos);
        const unsigned char c = static_cast<unsigned char>(t[i]);
        if (c == '"') {
            pos = i + 1;
            return true;
        }
        if (c < 0x20)
            return fail(JsonErrorCode::ControlCharacterInString, i);
        // one or more escapes in a row (\u-escaped text is mostly escapes)
        escaped = true;
        do {
            if (i + 1 >= n)
                return fail(JsonErrorCode::UnterminatedString, pos);
            switch (t[i + 1]) {
            case '"':
            case '\\':
            case '/':
            case 'b':
            case 'f':
            case 'n':
            case 'r':
            case 't':
                i += 2;
                break;
            case 'u': {
                if (i + 6 > n)
                    return fail(JsonErrorCode::BadEscape, i);
                const int cp = hex4(t + i + 2);
                if (cp < 0)
                    return fail(JsonErrorCode::BadEscape, i);
                i += 6;
                if (cp >= 0xD800 && cp <= 0xDBFF) {
                    int low = -1;
                    if (i + 6 <= n && t[i] == '\\' && t[i + 1] == 'u')
                        low = hex4(t + i + 2);
                    if (low >= 0xDC00 && low <= 0xDFFF)
                        i += 6;
                    else
                        ++m_loneSurrogates;
                } else if (cp >= 0xDC00 && cp <= 0xDFFF) {
                    ++m_loneSurrogates;
                }
                break;
            }
            default:
                return fail(JsonErrorCode::BadEscape, i);
            }
        } while (i < n && t[i] == '\\');
    }
}

bool JsonDoc::parseNumber(std::size_t &pos)
{
    const char *t = m_text.data();
    const std::size_t n = m_text.size();
    std::size_t i = pos;
    if (t[i] == '-')
        ++i;
    if (i >= n || !isDigit(t[i]))
        return fail(JsonErrorCode::BadNumber, pos);
    const std::size_t intStart = i;
    if (t[i] == '0') {
        ++i;
        if (i < n && isDigit(t[i]))
            return fail(JsonErrorCode::BadNumber, pos);
    } else {
        while (i < n && isDigit(t[i]))
            ++i;
    }
    const std::size_t intEnd = i;
    bool integer = true;
    if (i < n && t[i] == '.') {
        integer = false;
        ++i;
        if (i >= n || !isDigit(t[i]))
            return fail(JsonErrorCode::BadNumber, pos);
        while (i < n && isDigit(t[i]))
            ++i;
    }
    if (i < n && (t[i] == 'e' || t[i] == 'E')) {
        integer = false;
        ++i;
        if (i < n && (t[i] == '+' || t[i] == '-'))
            ++i;
        if (i >= n || !isDigit(t[i]))
            return fail(JsonErrorCode::BadNumber, pos);
        while (i < n && isDigit(t[i]))
            ++i;
    }
    if (i < n && (t[i] == '.' || isDigit(t[i]) || t[i] == 'e' || t[i] == 'E'))
        return fail(JsonErrorCode::BadNumber, pos);
    if (integer) {
        const std::string_view digits(t + intStart, intEnd - intStart);
        static constexpr std::string_view k2p53 = "9007199254740992";
        if (digits.size() > k2p53.size() || (digits.size() == k2p53.size() && digits > k2p53))
            ++m_bigIntegers;
    }
    pos = i;
    return true;
}

void JsonDoc::checkDuplicates(std::uint32_t obj)
{
    const std::uint32_t count = m_nodes[obj].count;
    if (count < 2)
        return;
    // Keys compared by their text as written; escaped keys unescaped first.
    std::vector<std::pair<std::string, std::uint32_t>> keys;
    keys.reserve(count);
    bool anyEscaped = false;
    forEachMember(obj, [&](std::uint32_t k, std::uint32_t) {
        anyEscaped = anyEscaped || m_nodes[k].escaped;
    });
    if (!anyEscaped && count <= 16) {
        std::uint32_t ks[16];
        std::uint32_t c = 0;
        forEachMember(obj, [&](std::uint32_t k, std::uint32_t) { ks[c++] = k; });
        for (std::uint32_t a = 1; a < c; ++a) {
            const std::string_view ka = raw(ks[a]);
            for (std::uint32_t b = 0; b < a; ++b) {
                if (raw(ks[b]) == ka) {
                    if (m_duplicateKeys++ == 0)
                        m_firstDuplicateOffset = m_nodes[ks[a]].begin;
                    break;
                }
            }
        }
        return;
    }
    forEachMember(obj, [&](std::uint32_t k, std::uint32_t) {
        keys.emplace_back(m_nodes[k].escaped ? str(k) : std::string(literalBody(raw(k))),
                          m_nodes[k].begin);
    });
    std::sort(keys.begin(), keys.end());
    for (std::size_t i = 1; i < keys.size(); ++i) {
        if (keys[i].first == keys[i - 1].first) {
            const std::uint32_t off = std::max(keys[i].second, keys[i - 1].second);
            if (m_duplicateKeys++ == 0 || off < m_firstDuplicateOffset)
                m_firstDuplicateOffset = off;
        }
    }
}

bool JsonDoc::parse(std::string_view text)
{
    m_text = text;
    m_nodes.clear();
    m_stack.clear();
    m_error = {};
    m_bigIntegers = 0;
    m_duplicateKeys = 0;
    m_firstDuplicateOffset = 0;
    m_loneSurrogates = 0;
    if (text.size() >= 0xffffffffu)
        return fail(JsonErrorCode::TooLarge, 0);
    if (!simdjson::validate_utf8(text.data(), text.size()))
        return fail(JsonErrorCode::InvalidUtf8, std::size_t(firstInvalidUtf8(text)));

    const char *t = text.data();
    const std::size_t n = text.size();
    std::size_t pos = 0;
    auto skipWs = [&] {
        while (pos < n && isWs(t[pos]))
            ++pos;
    };
    skipWs();
    if (pos >= n)
        return fail(JsonErrorCode::Empty, pos);

    auto pushNode = [&](JsonType type, std::size_t begin) {
        JsonNode node;
        node.type = type;
        node.begin = std::uint32_t(begin);
        m_nodes.push_back(node);
        return std::uint32_t(m_nodes.size() - 1);
    };
    // close the innermost container at pos (the closing bracket)
    auto closeContainer = [&] {
        const std::uint32_t idx = m_stack.back();
        m_stack.pop_back();
        JsonNode &node = m_nodes[idx];
        node.end = std::uint32_t(pos + 1);
        node.next = std::uint32_t(m_nodes.size());
        ++pos;
        if (node.type == JsonType::Object)
            checkDuplicates(idx);
    };

    enum class State { Value, Key, After };
    State state = State::Value;
    for (;;) {
        switch (state) {
        case State::Value: {
            skipWs();
            if (pos >= n)
                return fail(JsonErrorCode::Truncated, pos);
            const char c = t[pos];
            if (c == '{' || c == '[') {
                if (m_stack.size() >= std::size_t(kMaxDepth))
                    return fail(JsonErrorCode::TooDeep, pos);
                const bool obj = c == '{';
                m_stack.push_back(pushNode(obj ? JsonType::Object : JsonType::Array, pos));
                ++pos;
                skipWs();
                if (pos >= n)
                    return fail(JsonErrorCode::Truncated, pos);
                if (t[pos] == (obj ? '}' : ']')) {
                    closeContainer();
                    state = State::After;
                } else {
                    state = obj ? State::Key : State::Value;
                }
                continue;
            }
            std::uint32_t idx;
            if (c == '"') {
                idx = pushNode(JsonType::String, pos);
                bool escaped = false;
                if (!parseString(pos, escaped))
                    return false;
                m_nodes[idx].escaped = escaped;
            } else if (c == '-' || isDigit(c)) {
                idx = pushNode(JsonType::Number, pos);
                if (!parseNumber(pos))
                    return false;
            } else if (c == 't' || c == 'f' || c == 'n') {
                const std::string_view lit = c == 't' ? "true" : c == 'f' ? "false" : "null";
                if (text.substr(pos, lit.size()) != lit) {
                    if (n - pos < lit.size() && lit.substr(0, n - pos) == text.substr(pos))
                        return fail(JsonErrorCode::Truncated, pos);
                    return fail(JsonErrorCode::BadLiteral, pos);
                }
                idx = pushNode(c == 't'   ? JsonType::True
                               : c == 'f' ? JsonType::False
                                          : JsonType::Null,
                               pos);
                pos += lit.size();
            } else if (c == '.' || c == '+') {
                return fail(JsonErrorCode::BadNumber, pos);
            } else if (c == ']' && !m_stack.empty() && m_nodes[m_stack.back()].count > 0) {
                return fail(JsonErrorCode::TrailingComma, pos);
            } else {
                return fail(JsonErrorCode::UnexpectedCharacter, pos);
            }
            m_nodes[idx].end = std::uint32_t(pos);
            m_nodes[idx].next = idx + 1;
            state = State::After;
            continue;
        }
        case State::Key: {
            skipWs();
            if (pos >= n)
                return fail(JsonErrorCode::Truncated, pos);
            if (t[pos] == '}')
                return fail(JsonErrorCode::TrailingComma, pos);
            if (t[pos] != '"')
                return fail(JsonErrorCode::UnexpectedCharacter, pos);
            const std::uint32_t idx = pushNode(JsonType::String, pos);
            bool escaped = false;
            if (!parseString(pos, escaped))
                return false;
            m_nodes[idx].escaped = escaped;
            m_nodes[idx].end = std::uint32_t(pos);
            m_nodes[idx].next = idx + 1;
            skipWs();
            if (pos >= n)
                return fail(JsonErrorCode::Truncated, pos);
            if (t[pos] != ':')
                return fail(JsonErrorCode::MissingColon, pos);
            ++pos;
            state = State::Value;
            continue;
        }
        case State::After: {
            if (m_stack.empty()) {
                skipWs();
                if (pos != n)
                    return fail(JsonErrorCode::TrailingContent, pos);
                return true;
            }
            ++m_nodes[m_stack.back()].count;
            skipWs();
            if (pos >= n)
                return fail(JsonErrorCode::Truncated, pos);
            const bool obj = m_nodes[m_stack.back()].type == JsonType::Object;
            const char c = t[pos];
            if (c == ',') {
                ++pos;
                skipWs();
                if (pos < n && t[pos] == (obj ? '}' : ']'))
                    return fail(JsonErrorCode::TrailingComma, pos);
                state = obj ? State::Key : State::Value;
            } else if (c == (obj ? '}' : ']')) {
                closeContainer();
            } else {
                return fail(JsonErrorCode::MissingCommaOrEnd, pos);
            }
            continue;
        }
        }
    }
}

std::uint32_t JsonDoc::find(std::uint32_t obj, std::string_view key) const
{
    if (!isObject(obj))
        return kNoNode;
    std::uint32_t k = obj + 1;
    for (std::uint32_t n = 0; n < m_nodes[obj].count; ++n) {
        const std::uint32_t v = k + 1;
        if (m_nodes[k].escaped ? equals(k, key) : literalBody(raw(k)) == key)
            return v;
        k = m_nodes[v].next;
    }
    return kNoNode;
}

bool JsonDoc::equals(std::uint32_t i, std::string_view s) const
{
    if (!isString(i))
        return false;
    if (!m_nodes[i].escaped)
        return literalBody(raw(i)) == s;
    return str(i) == s;
}

std::string JsonDoc::str(std::uint32_t i) const
{
    std::string out;
    if (isString(i))
        unescapeJsonString(raw(i), out);
    return out;
}

bool unescapeJsonString(std::string_view literal, std::string &out)
{
    const std::string_view body = literalBody(literal);
    bool clean = true;
    out.reserve(out.size() + body.size());
    std::size_t i = 0;
    while (i < body.size()) {
        const std::size_t bs = body.find('\\', i);
        if (bs == std::string_view::npos) {
            out.append(body.substr(i));
            break;
        }
        out.append(body.substr(i, bs - i));
        if (bs + 1 >= body.size())
            break;
        const char e = body[bs + 1];
        i = bs + 2;
        switch (e) {
        case 'b':
            out.push_back('\b');
            break;
        case 'f':
            out.push_back('\f');
            break;
        case 'n':
            out.push_back('\n');
            break;
        case 'r':
            out.push_back('\r');
            break;
        case 't':
            out.push_back('\t');
            break;
        case 'u': {
            int cp = bs + 6 <= body.size() ? hex4(body.data() + bs + 2) : -1;
            if (cp < 0)
                return false;
            i = bs + 6;
            if (cp >= 0xD800 && cp <= 0xDBFF && i + 6 <= body.size() && body[i] == '\\'
                && body[i + 1] == 'u') {
                const int low = hex4(body.data() + i + 2);
                if (low >= 0xDC00 && low <= 0xDFFF) {
                    cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
                    i += 6;
                }
            }
            if (cp >= 0xD800 && cp <= 0xDFFF)
                clean = false;
            appendUtf8(out, unsigned(cp));
            break;
        }
        default:
            out.push_back(e);
            break;
        }
    }
    return clean;
}

void appendJsonQuoted(std::string &out, std::string_view s)
{
    static const char kHex[] = "0123456789abcdef";
    out.push_back('"');
    std::size_t run = 0;
    for (std::size_t i = 0; i < s.size(); ++i) {
        const unsigned char c = static_cast<unsigned char>(s[i]);
        if (c >= 0x20 && c != '"' && c != '\\')
            continue;
        out.append(s.substr(run, i - run));
        run = i + 1;
        switch (c) {
        case '"':
            out.append("\\\"");
            break;
        case '\\':
            out.append("\\\\");
            break;
        case '\n':
            out.append("\\n");
            break;
        case '\r':
            out.append("\\r");
            break;
        case '\t':
            out.append("\\t");
            break;
        case '\b':
            out.append("\\b");
            break;
        case '\f':
            out.append("\\f");
            break;
        default:
            out.append("\\u00");
            out.push_back(kHex[c >> 4]);
            out.push_back(kHex[c & 0xF]);
            break;
        }
    }
    out.append(s.substr(run));
    out.push_back('"');
}

void appendMinified(const JsonDoc &doc, std::uint32_t i, std::string &out)
{
    const JsonNode &node = doc.node(i);
    switch (node.type) {
    case JsonType::Object: {
        out.push_back('{');
        bool first = true;
        doc.forEachMember(i, [&](std::uint32_t k, std::uint32_t v) {
            if (!first)
                out.push_back(',');
            first = false;
            out.append(doc.raw(k));
            out.push_back(':');
            appendMinified(doc, v, out);
        });
        out.push_back('}');
        break;
    }
    case JsonType::Array: {
        out.push_back('[');
        bool first = true;
        doc.forEachElement(i, [&](std::uint32_t e) {
            if (!first)
                out.push_back(',');
            first = false;
            appendMinified(doc, e, out);
        });
        out.push_back(']');
        break;
    }
    default:
        out.append(doc.raw(i));
        break;
    }
}

} // namespace Cutover::Convert
