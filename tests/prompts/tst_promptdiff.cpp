#include "core/prompts/promptdiff.h"
#include "core/prompts/sequencediff.h"

#include <QRandomGenerator>
#include <QtTest>

using namespace Cutover;
using namespace Qt::StringLiterals;

using Messages = QList<TemplateMessage>;

class TestPromptDiff : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sequenceDiffIsMinimal_data();
    void sequenceDiffIsMinimal();
    void sequenceDiffBudgetFallsBack();
    void versionDiff_data();
    void versionDiff();
    void diffLinesKnowTheirPlace();
};

namespace {

// Longest common subsequence length by dynamic programming, for reference.
int lcsLength(const std::vector<int> &a, const std::vector<int> &b)
{
    std::vector<std::vector<int>> t(a.size() + 1, std::vector<int>(b.size() + 1, 0));
    for (size_t i = 1; i <= a.size(); ++i) {
        for (size_t j = 1; j <= b.size(); ++j)
            t[i][j] = a[i - 1] == b[j - 1] ? t[i - 1][j - 1] + 1
                                           : std::max(t[i - 1][j], t[i][j - 1]);
    }
    return t[a.size()][b.size()];
}

// Applies the script and checks it consumes both sequences exactly; returns
// the number of equal tokens.
int replay(const SequenceDiff::Script &s, const std::vector<int> &a, const std::vector<int> &b)
{
    qsizetype i = 0;
    qsizetype j = 0;
    int equal = 0;
    for (const SequenceDiff::Edit &e : s.edits) {
        if (e.length <= 0 || e.oldPos != i || e.newPos != j)
            return -1;
        switch (e.op) {
        case SequenceDiff::Op::Equal:
            for (qsizetype k = 0; k < e.length; ++k) {
                if (a.at(i + k) != b.at(j + k))
                    return -1;
            }
            i += e.length;
            j += e.length;
            equal += int(e.length);
            break;
        case SequenceDiff::Op::Delete:
            i += e.length;
            break;
        case SequenceDiff::Op::Insert:
            j += e.length;
            break;
        }
    }
    return i == qsizetype(a.size()) && j == qsizetype(b.size()) ? equal : -1;
}

} // namespace

void TestPromptDiff::sequenceDiffIsMinimal_data()
{
    QTest::addColumn<quint32>("seed");
    QTest::addColumn<int>("maxLength");
    QTest::addColumn<int>("alphabet");
    for (quint32 seed = 1; seed <= 40; ++seed)
        QTest::addRow("seed %u", seed) << seed << int(5 + seed * 2) << int(2 + seed % 6);
    QTest::addRow("empty vs some") << 1000u << 0 << 3;
}

void TestPromptDiff::sequenceDiffIsMinimal()
{
    QFETCH(quint32, seed);
    QFETCH(int, maxLength);
    QFETCH(int, alphabet);
    QRandomGenerator rng(seed);
    for (int round = 0; round < 25; ++round) {
        std::vector<int> a(rng.bounded(maxLength + 1));
        std::vector<int> b(rng.bounded(maxLength + 1));
        for (int &x : a)
            x = int(rng.bounded(alphabet));
        for (int &x : b)
            x = int(rng.bounded(alphabet));
        if (round % 5 == 0)
            b = a; // identical inputs too
        const SequenceDiff::Script s = SequenceDiff::diff(a, b);
        QVERIFY(s.exact);
        const int equal = replay(s, a, b);
        QVERIFY2(equal >= 0, "the script does not transform a into b");
        QCOMPARE(equal, lcsLength(a, b));
        // Adjacent runs of the same op are merged.
        for (qsizetype k = 1; k < s.edits.size(); ++k)
            QVERIFY(s.edits.at(k).op != s.edits.at(k - 1).op);
    }
}

void TestPromptDiff::sequenceDiffBudgetFallsBack()
{
    std::vector<int> a(4000);
    std::vector<int> b(4000);
    QRandomGenerator rng(7);
    for (int &x : a)
        x = int(rng.bounded(1000));
    for (int &x : b)
        x = 1000 + int(rng.bounded(1000)); // nothing in common
    a.insert(a.begin(), 42);               // a common first token, found before any bisection
    b.insert(b.begin(), 42);

    const SequenceDiff::Script coarse = SequenceDiff::diff(a, b, 10'000);
    QVERIFY(!coarse.exact);
    QCOMPARE(replay(coarse, a, b), 1);

    const SequenceDiff::Script full = SequenceDiff::diff(a, b);
    QVERIFY(full.exact);
    QCOMPARE(replay(full, a, b), 1);
}

void TestPromptDiff::versionDiff_data()
{
    QTest::addColumn<Messages>("older");
    QTest::addColumn<Messages>("newer");
    QTest::addColumn<QString>("expected");

    const Messages base{{ChatRole::System, u"You are terse.\nAnswer in English."_s},
                        {ChatRole::User, u"{{question}}"_s}};

    QTest::addRow("identical") << base << base
                               << u" @@ system @@\n You are terse.\n Answer in English.\n"
                                  " @@ user @@\n {{question}}\n"_s;

    Messages edited = base;
    edited[0].text = u"You are terse.\nAnswer in Chinese."_s;
    QTest::addRow("edited line") << base << edited
                                 << u" @@ system @@\n You are terse.\n-Answer in English.\n"
                                    "+Answer in Chinese.\n @@ user @@\n {{question}}\n"_s;

    Messages fewShot = base;
    fewShot.insert(1, {ChatRole::User, u"2+2?"_s});
    fewShot.insert(2, {ChatRole::Assistant, u"4"_s});
    QTest::addRow("few-shot added") << base << fewShot
                                    << u" @@ system @@\n You are terse.\n Answer in English.\n"
                                       "+@@ user @@\n+2+2?\n+@@ assistant @@\n+4\n"
                                       " @@ user @@\n {{question}}\n"_s;

    Messages roleChanged = base;
    roleChanged[1].role = ChatRole::Assistant;
    QTest::addRow("role changed") << base << roleChanged
                                  << u" @@ system @@\n You are terse.\n Answer in English.\n"
                                     "-@@ user @@\n+@@ assistant @@\n {{question}}\n"_s;

    QTest::addRow("from nothing") << Messages() << Messages{{ChatRole::User, u"hi"_s}}
                                  << u"+@@ user @@\n+hi\n"_s;
    QTest::addRow("to nothing") << Messages{{ChatRole::User, u"hi"_s}} << Messages()
                                << u"-@@ user @@\n-hi\n"_s;
    QTest::addRow("crlf lines") << Messages{{ChatRole::User, u"a\r\nb"_s}}
                                << Messages{{ChatRole::User, u"a\nb"_s}}
                                << u" @@ user @@\n a\n b\n"_s;
}

void TestPromptDiff::versionDiff()
{
    QFETCH(Messages, older);
    QFETCH(Messages, newer);
    QFETCH(QString, expected);
    const QList<PromptDiffLine> lines = PromptDiff::diff(older, newer);
    QCOMPARE(PromptDiff::toText(lines), expected);
    QCOMPARE(PromptDiff::hasChanges(lines),
             expected.contains(u"\n-"_s) || expected.contains(u"\n+"_s) || expected.startsWith(u'+')
                     || expected.startsWith(u'-'));
}

void TestPromptDiff::diffLinesKnowTheirPlace()
{
    const Messages older{{ChatRole::System, u"a\nb\nc"_s}, {ChatRole::User, u"q"_s}};
    const Messages newer{{ChatRole::System, u"a\nc"_s}, {ChatRole::User, u"q\nmore"_s}};
    const QList<PromptDiffLine> lines = PromptDiff::diff(older, newer);
    // header, a, -b, c, header, q, +more
    QCOMPARE(lines.size(), 7);
    QCOMPARE(lines.at(2).op, SequenceDiff::Op::Delete);
    QCOMPARE(lines.at(2).text, u"b"_s);
    QCOMPARE(lines.at(2).oldMessage, 0);
    QCOMPARE(lines.at(2).oldLine, 1);
    QCOMPARE(lines.at(2).newMessage, -1);
    QCOMPARE(lines.at(3).oldLine, 2);
    QCOMPARE(lines.at(3).newLine, 1);
    QVERIFY(lines.at(4).isHeader);
    QCOMPARE(lines.at(4).role, ChatRole::User);
    QCOMPARE(lines.at(6).op, SequenceDiff::Op::Insert);
    QCOMPARE(lines.at(6).newMessage, 1);
    QCOMPARE(lines.at(6).newLine, 1);
}

QTEST_GUILESS_MAIN(TestPromptDiff)
#include "tst_promptdiff.moc"
