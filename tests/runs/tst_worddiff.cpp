#include "core/runs/worddiff.h"

#include <QElapsedTimer>
#include <QtTest>

using namespace Cutover;
using namespace Qt::StringLiterals;

class TestWordDiff : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void markup_data();
    void markup();
    void spansCarryPositions();
    void longAnswersAreFastAndExact();
    void workBoundGivesCoarseButValidDiff();
};

namespace {

// The spans must tile both texts: Equal + Delete rebuild the old text,
// Equal + Insert the new one, with consistent positions.
QString checkTiling(const WordDiff &d, const QString &oldText, const QString &newText)
{
    qsizetype o = 0;
    qsizetype n = 0;
    for (const WordDiffSpan &s : d.spans) {
        if (s.oldPos != o || s.newPos != n)
            return u"span out of place at old %1 / new %2"_s.arg(o).arg(n);
        if (s.oldLength + s.newLength == 0)
            return u"empty span"_s;
        if (s.op == SequenceDiff::Op::Equal
            && oldText.mid(s.oldPos, s.oldLength)
                               .compare(newText.mid(s.newPos, s.newLength), Qt::CaseInsensitive)
                       != 0)
            return u"equal span differs"_s;
        if ((s.op == SequenceDiff::Op::Delete && s.newLength != 0)
            || (s.op == SequenceDiff::Op::Insert && s.oldLength != 0))
            return u"one-sided span has two sides"_s;
        o += s.oldLength;
        n += s.newLength;
    }
    if (o != oldText.size() || n != newText.size())
        return u"spans do not cover the texts"_s;
    return QString();
}

} // namespace

void TestWordDiff::markup_data()
{
    QTest::addColumn<QString>("oldText");
    QTest::addColumn<QString>("newText");
    QTest::addColumn<bool>("caseInsensitive");
    QTest::addColumn<QString>("expected");

    QTest::addRow("identical") << u"same text here."_s << u"same text here."_s << false
                               << u"same text here."_s;
    QTest::addRow("both empty") << QString() << QString() << false << QString();
    QTest::addRow("old empty") << QString() << u"hello world"_s << false << u"{+hello world+}"_s;
    QTest::addRow("new empty") << u"hello world"_s << QString() << false << u"[-hello world-]"_s;
    QTest::addRow("one word") << u"the quick brown fox"_s << u"the slow brown fox"_s << false
                              << u"the [-quick-]{+slow+} brown fox"_s;
    QTest::addRow("spaces between changes fold in")
            << u"the quick brown fox"_s << u"a slow red fox"_s << false
            << u"[-the quick brown-]{+a slow red+} fox"_s;
    QTest::addRow("inserted word")
            << u"I like tea."_s << u"I really like tea."_s << false << u"I {+really +}like tea."_s;
    QTest::addRow("punctuation only") << u"Yes."_s << u"Yes!"_s << false << u"Yes[-.-]{+!+}"_s;
    QTest::addRow("completely different") << u"abc"_s << u"xyz"_s << false << u"[-abc-]{+xyz+}"_s;
    QTest::addRow("case differs") << u"Hello World"_s << u"hello world"_s << false
                                  << u"[-Hello World-]{+hello world+}"_s;
    QTest::addRow("case ignored") << u"Hello World"_s << u"hello world"_s << true
                                  << u"hello world"_s;
    QTest::addRow("chinese characters")
            << u"我喜欢苹果。"_s << u"我喜欢香蕉。"_s << false << u"我喜欢[-苹果-]{+香蕉+}。"_s;
    QTest::addRow("chinese one character")
            << u"今天天气很好"_s << u"今天天气不好"_s << false << u"今天天气[-很-]{+不+}好"_s;
    QTest::addRow("chinese completely different")
            << u"你好"_s << u"再见"_s << false << u"[-你好-]{+再见+}"_s;
    QTest::addRow("mixed scripts")
            << u"用GPT-4o翻译"_s << u"用Claude翻译"_s << false << u"用[-GPT-4o-]{+Claude+}翻译"_s;
    QTest::addRow("newline change") << u"a\nb"_s << u"a b"_s << false << u"a[-\n-]{+ +}b"_s;
    QTest::addRow("emoji") << u"ok 😀"_s << u"ok 😢"_s << false << u"ok [-😀-]{+😢+}"_s;
}

void TestWordDiff::markup()
{
    QFETCH(QString, oldText);
    QFETCH(QString, newText);
    QFETCH(bool, caseInsensitive);
    QFETCH(QString, expected);
    const WordDiff d = WordDiffs::diff(oldText, newText, caseInsensitive);
    QVERIFY(d.exact);
    QCOMPARE(WordDiffs::toMarkup(d, oldText, newText), expected);
    const QString tiling = checkTiling(d, oldText, newText);
    QVERIFY2(tiling.isEmpty(), qPrintable(tiling));
}

void TestWordDiff::spansCarryPositions()
{
    const QString a = u"the quick brown fox"_s;
    const QString b = u"the slow brown fox"_s;
    const WordDiff d = WordDiffs::diff(a, b);
    const QList<WordDiffSpan> expected{
            {SequenceDiff::Op::Equal, 0, 4, 0, 4},   // "the "
            {SequenceDiff::Op::Delete, 4, 5, 4, 0},  // "quick"
            {SequenceDiff::Op::Insert, 9, 0, 4, 4},  // "slow"
            {SequenceDiff::Op::Equal, 9, 10, 8, 10}, // " brown fox"
    };
    QCOMPARE(d.spans, expected);
    QCOMPARE(d.changedOld, 5);
    QCOMPARE(d.changedNew, 4);
}

void TestWordDiff::longAnswersAreFastAndExact()
{
    // Two 30,000-word answers (about 60,000 tokens each) with a few edits.
    QStringList words;
    for (int i = 0; i < 30000; ++i)
        words.append(u"w"_s + QString::number(i % 1009));
    const QString a = words.join(u' ');
    words[10] = u"changed"_s;
    words.insert(15000, u"inserted"_s);
    words.removeAt(25000);
    const QString b = words.join(u' ');
    QElapsedTimer timer;
    timer.start();
    const WordDiff d = WordDiffs::diff(a, b);
    const qint64 ms = timer.elapsed();
    QVERIFY2(ms < 5000, qPrintable(QString::number(ms)));
    QVERIFY(d.exact);
    QString tiling = checkTiling(d, a, b);
    QVERIFY2(tiling.isEmpty(), qPrintable(tiling));
    int changes = 0;
    for (const WordDiffSpan &s : d.spans)
        changes += s.op != SequenceDiff::Op::Equal;
    // changed: delete + insert; inserted: insert; removed: delete
    QCOMPARE(changes, 4);
}

void TestWordDiff::workBoundGivesCoarseButValidDiff()
{
    QStringList x;
    QStringList y;
    for (int i = 0; i < 3000; ++i) {
        x.append(u"a"_s + QString::number(i));
        y.append(u"b"_s + QString::number(i));
    }
    const QString a = u"Start: "_s + x.join(u' ');
    const QString b = u"Start: "_s + y.join(u' ');
    const WordDiff coarse = WordDiffs::diff(a, b, false, 1000);
    QVERIFY(!coarse.exact);
    QString tiling = checkTiling(coarse, a, b);
    QVERIFY2(tiling.isEmpty(), qPrintable(tiling));
    QVERIFY(WordDiffs::toMarkup(coarse, a, b).startsWith(u"Start: "_s));

    const WordDiff full = WordDiffs::diff(a, b);
    QVERIFY(full.exact);
    tiling = checkTiling(full, a, b);
    QVERIFY2(tiling.isEmpty(), qPrintable(tiling));
}

QTEST_GUILESS_MAIN(TestWordDiff)
#include "tst_worddiff.moc"
