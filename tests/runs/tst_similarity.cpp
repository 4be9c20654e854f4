#include "core/runs/similarity.h"
#include "core/runs/texttokens.h"

#include <QtTest>

#include <cmath>

using namespace Cutover;
using namespace Qt::StringLiterals;

class TestSimilarity : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tokens_data();
    void tokens();
    void levenshtein_data();
    void levenshtein();
    void jaccard_data();
    void jaccard();
    void cosine_data();
    void cosine();
    void keysRoundTrip();
    void longTextsStayFast();
};

void TestSimilarity::tokens_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("pieces"); // every token, in order

    QTest::addRow("empty") << QString() << QStringList();
    QTest::addRow("words and spaces")
            << u"Hello  world"_s << QStringList{u"Hello"_s, u"  "_s, u"world"_s};
    QTest::addRow("punctuation one by one")
            << u"Hi, you!?"_s << QStringList{u"Hi"_s, u","_s, u" "_s, u"you"_s, u"!"_s, u"?"_s};
    QTest::addRow("apostrophe inside a word")
            << u"don't 'quote'"_s << QStringList{u"don't"_s, u" "_s, u"'"_s, u"quote"_s, u"'"_s};
    QTest::addRow("digits and underscore")
            << u"gpt_4o 3.14"_s << QStringList{u"gpt_4o"_s, u" "_s, u"3"_s, u"."_s, u"14"_s};
    QTest::addRow("chinese split per character")
            << u"我爱北京。"_s << QStringList{u"我"_s, u"爱"_s, u"北"_s, u"京"_s, u"。"_s};
    QTest::addRow("mixed latin and chinese")
            << u"用GPT-4o翻译"_s
            << QStringList{u"用"_s, u"GPT"_s, u"-"_s, u"4o"_s, u"翻"_s, u"译"_s};
    QTest::addRow("japanese kana")
            << u"すしです"_s << QStringList{u"す"_s, u"し"_s, u"で"_s, u"す"_s};
    QTest::addRow("emoji surrogate pair kept whole")
            << u"a😀b"_s << QStringList{u"a"_s, u"😀"_s, u"b"_s};
    QTest::addRow("han extension B surrogate pair") << u"𠀀𠀁"_s << QStringList{u"𠀀"_s, u"𠀁"_s};
    QTest::addRow("newlines are space") << u"a\n\tb"_s << QStringList{u"a"_s, u"\n\t"_s, u"b"_s};
    QTest::addRow("accents stay in word")
            << u"café naïve"_s << QStringList{u"café"_s, u" "_s, u"naïve"_s};
}

void TestSimilarity::tokens()
{
    QFETCH(QString, text);
    QFETCH(QStringList, pieces);
    QStringList got;
    qsizetype expectedPos = 0;
    for (const TextTokens::Token &t : TextTokens::tokenize(text)) {
        QCOMPARE(t.position, expectedPos); // tokens tile the text
        expectedPos += t.length;
        got.append(text.mid(t.position, t.length));
    }
    QCOMPARE(expectedPos, text.size());
    QCOMPARE(got, pieces);
}

// Each expected value is worked out by hand in the comment beside it.
void TestSimilarity::levenshtein_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<bool>("caseInsensitive");
    QTest::addColumn<int>("distance");
    QTest::addColumn<double>("ratio");

    // k→s, e→i, +g: 3 edits; longer text 7 → 1 − 3/7
    QTest::addRow("kitten sitting") << u"kitten"_s << u"sitting"_s << false << 3 << 1.0 - 3.0 / 7;
    // −f, +n: 2 edits over 4 → 0.5
    QTest::addRow("flaw lawn") << u"flaw"_s << u"lawn"_s << false << 2 << 0.5;
    QTest::addRow("both empty") << QString() << QString() << false << 0 << 1.0;
    // 3 insertions over 3 → 0
    QTest::addRow("one empty") << QString() << u"abc"_s << false << 3 << 0.0;
    QTest::addRow("identical") << u"same"_s << u"same"_s << false << 0 << 1.0;
    // H→h: 1 edit over 5 → 0.8; ignoring case: 0 edits → 1
    QTest::addRow("case counts") << u"Hello"_s << u"hello"_s << false << 1 << 0.8;
    QTest::addRow("case ignored") << u"Hello"_s << u"hello"_s << true << 0 << 1.0;
    // 北→上, 京→海: 2 edits over 4 code points → 0.5
    QTest::addRow("chinese") << u"我爱北京"_s << u"我爱上海"_s << false << 2 << 0.5;
    // code points: [😀, a] vs [a]: delete 😀 = 1 edit over 2 → 0.5 (not 2 UTF-16 units)
    QTest::addRow("emoji is one character") << u"😀a"_s << u"a"_s << false << 1 << 0.5;
    // abc → xyz: 3 substitutions over 3 → 0
    QTest::addRow("completely different") << u"abc"_s << u"xyz"_s << false << 3 << 0.0;
}

void TestSimilarity::levenshtein()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(bool, caseInsensitive);
    QFETCH(int, distance);
    QFETCH(double, ratio);
    QCOMPARE(Similarity::levenshteinDistance(a, b, caseInsensitive), qsizetype(distance));
    QCOMPARE(Similarity::levenshteinDistance(b, a, caseInsensitive), qsizetype(distance));
    QVERIFY(std::abs(Similarity::levenshteinRatio(a, b, caseInsensitive) - ratio) < 1e-12);
    QVERIFY(std::abs(Similarity::measure(SimilarityMeasure::Levenshtein, a, b, caseInsensitive)
                     - ratio)
            < 1e-12);
}

void TestSimilarity::jaccard_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<bool>("caseInsensitive");
    QTest::addColumn<double>("expected");

    // {the, cat, sat} ∩ {the, cat, ran} = 2, ∪ = 4 → 0.5
    QTest::addRow("one word differs") << u"the cat sat"_s << u"the cat ran"_s << false << 0.5;
    // sets {a, b} and {a, b}: counts do not matter → 1
    QTest::addRow("sets ignore counts") << u"a a b"_s << u"a b b"_s << false << 1.0;
    // punctuation is not a word: {Hello, world} vs {hello, world}: 1 / 3
    QTest::addRow("case counts") << u"Hello, world!"_s << u"hello world"_s << false << 1.0 / 3;
    QTest::addRow("case ignored") << u"Hello, world!"_s << u"hello world"_s << true << 1.0;
    // {我, 爱, 北, 京} vs {我, 爱, 上, 海}: 2 / 6
    QTest::addRow("chinese characters") << u"我爱北京"_s << u"我爱上海"_s << false << 2.0 / 6;
    QTest::addRow("both empty") << QString() << QString() << false << 1.0;
    // {a} vs {}: 0 / 1
    QTest::addRow("one empty") << u"a"_s << QString() << false << 0.0;
    // no words on either side: both sets empty → 1
    QTest::addRow("only punctuation") << u"!!!"_s << u"?"_s << false << 1.0;
    QTest::addRow("disjoint") << u"red green"_s << u"blue"_s << false << 0.0;
}

void TestSimilarity::jaccard()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(bool, caseInsensitive);
    QFETCH(double, expected);
    QVERIFY(std::abs(Similarity::jaccard(a, b, caseInsensitive) - expected) < 1e-12);
    QVERIFY(std::abs(Similarity::jaccard(b, a, caseInsensitive) - expected) < 1e-12);
    QVERIFY(std::abs(Similarity::measure(SimilarityMeasure::Jaccard, a, b, caseInsensitive)
                     - expected)
            < 1e-12);
}

void TestSimilarity::cosine_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<bool>("caseInsensitive");
    QTest::addColumn<double>("expected");

    // (a:2, b:1)·(a:1, b:2) = 4; |·| = √5 · √5 = 5 → 0.8
    QTest::addRow("counts matter") << u"a a b"_s << u"a b b"_s << false << 0.8;
    // (1,1,1,0)·(1,1,0,1) = 2; √3 · √3 = 3 → 2/3
    QTest::addRow("one word differs") << u"the cat sat"_s << u"the cat ran"_s << false << 2.0 / 3;
    // (1)·(3) = 3; 1 · 3 → 1: scale does not matter
    QTest::addRow("repetition is scale") << u"a"_s << u"a a a"_s << false << 1.0;
    QTest::addRow("disjoint") << u"a b"_s << u"c d"_s << false << 0.0;
    QTest::addRow("both empty") << QString() << QString() << false << 1.0;
    QTest::addRow("one empty") << QString() << u"x"_s << false << 0.0;
    // {Yes:1} vs {yes:1}: 0 with case, 1 without
    QTest::addRow("case counts") << u"Yes."_s << u"yes"_s << false << 0.0;
    QTest::addRow("case ignored") << u"Yes."_s << u"yes"_s << true << 1.0;
    // 好:2, 的:1 vs 好:1, 的:1 → (2+1) / (√5 · √2) = 3/√10
    QTest::addRow("chinese") << u"好的好"_s << u"好的"_s << false << 3.0 / std::sqrt(10.0);
}

void TestSimilarity::cosine()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(bool, caseInsensitive);
    QFETCH(double, expected);
    QVERIFY(std::abs(Similarity::cosine(a, b, caseInsensitive) - expected) < 1e-12);
    QVERIFY(std::abs(Similarity::cosine(b, a, caseInsensitive) - expected) < 1e-12);
    QVERIFY(std::abs(Similarity::measure(SimilarityMeasure::Cosine, a, b, caseInsensitive)
                     - expected)
            < 1e-12);
}

void TestSimilarity::keysRoundTrip()
{
    for (SimilarityMeasure m :
         {SimilarityMeasure::Levenshtein, SimilarityMeasure::Jaccard, SimilarityMeasure::Cosine}) {
        QCOMPARE(Similarity::fromKey(Similarity::key(m)), std::optional<SimilarityMeasure>(m));
        QVERIFY(!Similarity::label(m).isEmpty());
    }
    QVERIFY(!Similarity::fromKey(u"euclid"));
}

void TestSimilarity::longTextsStayFast()
{
    // 12,499 × 12,499 code points is past the character-level cap: the
    // ratio is taken over tokens. One word changed in 2,500 words, counted in
    // tokens (words and the spaces between them: 2 × 2500 − 1 = 4999): 1 − 1/4999.
    QStringList words;
    for (int i = 0; i < 2500; ++i)
        words.append(u"w%1"_s.arg(i % 97, 3, 10, QChar(u'0')));
    const QString a = words.join(u' ');
    words[1250] = u"xyz9"_s;
    const QString b = words.join(u' ');
    QVERIFY(qint64(a.size()) * b.size() > Similarity::kMaxLevenshteinCells);
    QElapsedTimer timer;
    timer.start();
    const double ratio = Similarity::levenshteinRatio(a, b);
    QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
    QVERIFY(std::abs(ratio - (1.0 - 1.0 / 4999)) < 1e-12);
}

QTEST_GUILESS_MAIN(TestSimilarity)
#include "tst_similarity.moc"
