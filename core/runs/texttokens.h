#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

// Splits text into words, whitespace runs and punctuation, for the word diff
// and the token-based similarity measures.
// - A word is a run of letters, digits, combining marks and `_`; an
//   apostrophe between two letters stays inside the word ("don't").
// - Han, Hiragana, Katakana and Bopomofo characters are one token each, so
//   that Chinese or Japanese text (written without spaces) diffs and
//   compares character by character rather than as one giant "word".
// - Each other character (punctuation, symbols, emoji) is a token of its own.
// Positions and lengths are UTF-16 offsets into the text; a surrogate pair is
// never split.
namespace Cutover::TextTokens {

enum class Kind { Word, Space, Punctuation, Ideograph };

struct Token
{
    Kind kind = Kind::Word;
    qsizetype position = 0;
    qsizetype length = 0;

    friend bool operator==(const Token &, const Token &) = default;
};

QList<Token> tokenize(QStringView text);

// The word and ideograph tokens as strings (case-folded if asked), in order.
QStringList words(QStringView text, bool caseInsensitive);

} // namespace Cutover::TextTokens
