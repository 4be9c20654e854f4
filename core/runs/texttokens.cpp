#include "core/runs/texttokens.h"

#include <QChar>

namespace Cutover::TextTokens {
namespace {

char32_t codePointAt(QStringView text, qsizetype i, qsizetype *width)
{
    const QChar c = text.at(i);
    if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
        *width = 2;
        return QChar::surrogateToUcs4(c, text.at(i + 1));
    }
    *width = 1;
    return c.unicode();
}

bool isIdeograph(char32_t cp)
{
    switch (QChar::script(cp)) {
    case QChar::Script_Han:
    case QChar::Script_Hiragana:
    case QChar::Script_Katakana:
    case QChar::Script_Bopomofo:
        return QChar::isLetterOrNumber(cp) || QChar::category(cp) == QChar::Letter_Modifier;
    default:
        return false;
    }
}

bool isWordChar(char32_t cp)
{
    return QChar::isLetterOrNumber(cp) || QChar::isMark(cp) || cp == U'_';
}

Kind classify(char32_t cp)
{
    if (QChar::isSpace(cp))
        return Kind::Space;
    if (isIdeograph(cp))
        return Kind::Ideograph;
    if (isWordChar(cp))
        return Kind::Word;
    return Kind::Punctuation;
}

} // namespace

QList<Token> tokenize(QStringView text)
{
    QList<Token> tokens;
    const qsizetype n = text.size();
    qsizetype i = 0;
    while (i < n) {
        qsizetype width = 1;
        const char32_t cp = codePointAt(text, i, &width);
        const Kind kind = classify(cp);
        Token token{kind, i, width};
        i += width;
        if (kind == Kind::Space || kind == Kind::Word) {
            while (i < n) {
                qsizetype w = 1;
                const char32_t next = codePointAt(text, i, &w);
                Kind nextKind = classify(next);
                if (kind == Kind::Word && (next == U'\'' || next == U'\u2019') && i + w < n) {
                    // An apostrophe between letters: "don't", "l’homme".
                    qsizetype w2 = 1;
                    const char32_t after = codePointAt(text, i + w, &w2);
                    if (QChar::isLetter(after) && !isIdeograph(after))
                        nextKind = Kind::Word;
                }
                if (nextKind != kind)
                    break;
                i += w;
                token.length += w;
            }
        }
        tokens.append(token);
    }
    return tokens;
}

QStringList words(QStringView text, bool caseInsensitive)
{
    QStringList out;
    for (const Token &t : tokenize(text)) {
        if (t.kind != Kind::Word && t.kind != Kind::Ideograph)
            continue;
        const QStringView piece = text.mid(t.position, t.length);
        out.append(caseInsensitive ? piece.toString().toCaseFolded() : piece.toString());
    }
    return out;
}

} // namespace Cutover::TextTokens
