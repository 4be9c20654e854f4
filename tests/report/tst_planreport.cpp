#include "core/plan/planlabels.h"
#include "core/plan/planvalidator.h"
#include "core/report/planreport.h"
#include "tests/support/testplans.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTranslator>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace Cutover;

namespace {

// Text as compared: NFKC (pdftotext may give Kangxi radicals or
// compatibility forms for CJK glyphs) with whitespace collapsed (table
// cells wrap).
QString normalized(const QString &text)
{
    return text.normalized(QString::NormalizationForm_KC).simplified();
}

ReportOptions fixedOptions(const Plan &plan)
{
    ReportOptions options;
    options.projectName = u"payments-bot"_s;
    options.projectFile = u"payments-bot.cutover"_s;
    options.generatedAt = QDateTime(QDate(2026, 11, 29), QTime(9, 30));
    options.hints = validatePlan(plan);
    return options;
}

struct Tool
{
    int exitCode = -1;
    QString out;
};

Tool runTool(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(60000))
        return {};
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput())};
}

bool havePoppler()
{
    for (const QString &tool : {u"pdftotext"_s, u"pdffonts"_s, u"pdfinfo"_s, u"pdfimages"_s}) {
        if (QStandardPaths::findExecutable(tool).isEmpty())
            return false;
    }
    return true;
}

int pageCount(const QString &pdf)
{
    const Tool info = runTool(u"pdfinfo"_s, {pdf});
    const QRegularExpressionMatch m
            = QRegularExpression(u"^Pages:\\s+(\\d+)"_s, QRegularExpression::MultilineOption)
                      .match(info.out);
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

// A pseudo-translation of the report's context: "[Objectives]". Shows that
// every heading and label goes through tr() with context Cutover::Report.
class BracketTranslator final : public QTranslator
{
public:
    QString translate(const char *context, const char *sourceText, const char *, int) const override
    {
        if (qstrcmp(context, "Cutover::Report") != 0)
            return QString();
        return u"["_s + QString::fromUtf8(sourceText) + u"]"_s;
    }
    bool isEmpty() const override { return false; }
};

} // namespace

class TestPlanReport final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void fullPlanText_data();
    void fullPlanText();
    void risksSortedByScore();
    void noRadicalsInTextLayer();
    void emptyPlanText_data();
    void emptyPlanText();
    void fontsEmbedded_data();
    void fontsEmbedded();
    void pageCountAndFooters_data();
    void pageCountAndFooters();
    void chartsAreVector();
    void manyPhases();
    void manyRisks();
    void crowdedMatrixCell();
    void followsUiLanguage_data();
    void followsUiLanguage();

    void unwritableDestination();
    void cancelLeavesOldFile();
    void cancelBeforeFirstPageLeavesNoFile();
    void replacesExistingFile();
    void progressCounts();

private:
    QString writeReport(const Plan &plan, const QString &name);
    QString text(const QString &pdf);

    QTemporaryDir m_dir;
    QString m_fullPdf;
    QString m_emptyPdf;
    QString m_fullText;
    QString m_emptyText;
};

QString TestPlanReport::writeReport(const Plan &plan, const QString &name)
{
    const QString path = m_dir.filePath(name);
    const Result<void> result = writePlanReport(plan, fixedOptions(plan), path);
    if (!result)
        qWarning("%s", qPrintable(result.error().message));
    return result ? path : QString();
}

QString TestPlanReport::text(const QString &pdf)
{
    const Tool tool = runTool(u"pdftotext"_s, {u"-enc"_s, u"UTF-8"_s, pdf, u"-"_s});
    return tool.exitCode == 0 ? normalized(tool.out) : QString();
}

void TestPlanReport::initTestCase()
{
    if (!havePoppler())
        QSKIP("poppler-utils (pdftotext, pdffonts, pdfinfo, pdfimages) is not installed");
    QVERIFY(m_dir.isValid());
    // To look at the PDFs: CUTOVER_KEEP_REPORTS=1 keeps the directory.
    if (qEnvironmentVariableIsSet("CUTOVER_KEEP_REPORTS")) {
        m_dir.setAutoRemove(false);
        qInfo("reports kept in %s", qPrintable(m_dir.path()));
    }
    m_fullPdf = writeReport(TestPlans::full(), u"full.pdf"_s);
    QVERIFY(!m_fullPdf.isEmpty());
    m_emptyPdf = writeReport(Plan(), u"empty.pdf"_s);
    QVERIFY(!m_emptyPdf.isEmpty());
    m_fullText = text(m_fullPdf);
    m_emptyText = text(m_emptyPdf);
    QVERIFY(!m_fullText.isEmpty());
    QVERIFY(!m_emptyText.isEmpty());
}

void TestPlanReport::fullPlanText_data()
{
    QTest::addColumn<QString>("expected");
    const Plan plan = TestPlans::full();

    const QStringList headings
            = {u"MIGRATION PLAN"_s, u"Summary"_s, u"1 Objectives"_s,   u"2 Scope"_s,
               u"3 Timeline"_s,     u"4 Risks"_s, u"Risks by score"_s, u"5 Rollback plan"_s,
               u"Triggers"_s,       u"Steps"_s,   u"6 Notes"_s,        u"7 Open points"_s};
    for (const QString &h : headings)
        QTest::addRow("heading %s", qPrintable(h)) << h;

    // Title page.
    for (const QString &s :
         {plan.title, plan.fromModel, plan.toModel, plan.owner, u"payments-bot.cutover"_s,
          u"2026-11-29 09:30"_s, u"5 objectives, 1 without a target"_s,
          u"2 components, 1 data item"_s, u"3 risks: 0 Critical, 2 High, 1 Medium, 0 Low"_s,
          u"3 phases, 2026-12-01 to 2026-12-28 (28 days)"_s, u"2 triggers, 2 steps"_s})
        QTest::addRow("title page %s", qPrintable(s)) << s;

    for (const Objective &o : plan.objectives) {
        QTest::addRow("objective %s", qPrintable(o.title)) << o.title;
        if (o.target)
            QTest::addRow("target of %s", qPrintable(o.title)) << PlanLabels::describe(*o.target);
    }
    QTest::addRow("objective description") << u"Cut model spend"_s;
    QTest::addRow("no target marked") << u"No measurable target"_s;
    for (const QString &s : {u"p95"_s, u"2 s"_s, u"\u221230"_s, u"\u22121"_s, u"4.5"_s})
        QTest::addRow("digits %s", qPrintable(s)) << s;

    for (const ScopeItem &s : plan.scope) {
        QTest::addRow("scope %s", qPrintable(s.name)) << s.name;
        QTest::addRow("scope status of %s", qPrintable(s.name)) << PlanLabels::label(s.status);
    }
    QTest::addRow("scope description") << u"4 GB JSONL"_s;

    for (const Phase &p : plan.phases) {
        QTest::addRow("phase %s", qPrintable(p.name)) << p.name;
        QTest::addRow("start of %s", qPrintable(p.name)) << p.start.toString(Qt::ISODate);
        QTest::addRow("end of %s", qPrintable(p.name)) << p.end().toString(Qt::ISODate);
    }
    // The chart's axis and legend are text too: drawn, not a picture.
    QTest::addRow("chart month") << u"Dec 2026"_s;
    QTest::addRow("chart legend") << u"depends on"_s;
    QTest::addRow("phase table row") << u"Testing 2026-12-15 2026-12-21 7 days"_s;
    QTest::addRow("phase status and dependency") << u"Planned Preparation"_s;

    for (const Risk &r : plan.risks) {
        QTest::addRow("risk %s", qPrintable(r.description)) << r.description;
        if (!r.mitigation.isEmpty())
            QTest::addRow("mitigation %s", qPrintable(r.mitigation)) << r.mitigation;
        if (!r.owner.isEmpty())
            QTest::addRow("risk owner %s", qPrintable(r.owner)) << r.owner;
    }
    QTest::addRow("matrix axis") << u"Likelihood"_s;

    QTest::addRow("rollback summary") << plan.rollback.summary;
    QTest::addRow("rollback owner") << plan.rollback.owner;
    for (const RollbackTrigger &t : plan.rollback.triggers)
        QTest::addRow("trigger %s", qPrintable(t.condition)) << t.condition;
    for (const RollbackStep &s : plan.rollback.steps)
        QTest::addRow("step %s", qPrintable(s.action)) << s.action;

    QTest::addRow("notes en") << u"Review on Friday."_s;
    QTest::addRow("notes zh") << u"周五评审。"_s;
    for (const PlanHint &h : validatePlan(plan))
        QTest::addRow("hint %s", qPrintable(h.message)) << h.message;
}

void TestPlanReport::fullPlanText()
{
    QFETCH(QString, expected);
    QVERIFY2(m_fullText.contains(normalized(expected)),
             qPrintable(u"missing: "_s + expected + u"\n--- text ---\n"_s + m_fullText));
}

void TestPlanReport::risksSortedByScore()
{
    // 服务中断 3×4=12, Data loss 2×5=10, Performance 3×3=9.
    const qsizetype table = m_fullText.indexOf(u"Risks by score"_s);
    QVERIFY(table >= 0);
    const qsizetype a = m_fullText.indexOf(normalized(u"服务中断"_s), table);
    const qsizetype b = m_fullText.indexOf(u"Data loss during conversion"_s, table);
    const qsizetype c = m_fullText.indexOf(u"Performance regression"_s, table);
    QVERIFY(a > table);
    QVERIFY(b > a);
    QVERIFY(c > b);
}

void TestPlanReport::noRadicalsInTextLayer()
{
    // Fonts whose cmap maps radicals and ideographs to one glyph make the
    // text layer read 调⽤ (U+2F64 KANGXI RADICAL USE) for 调用: copying text
    // out of the PDF or searching it would fail.
    const Tool raw = runTool(u"pdftotext"_s, {u"-enc"_s, u"UTF-8"_s, m_fullPdf, u"-"_s});
    QCOMPARE(raw.exitCode, 0);
    for (const QChar c : raw.out)
        QVERIFY2(c.unicode() < 0x2E80 || c.unicode() > 0x2FDF, qPrintable(QString(c)));
    for (const QString &s : {u"降低30%成本"_s, u"API调用"_s, u"历史对话"_s, u"周五评审。"_s})
        QVERIFY2(raw.out.contains(s), qPrintable(s));
}

void TestPlanReport::emptyPlanText_data()
{
    QTest::addColumn<QString>("expected");
    for (const QString &s :
         {u"Untitled migration plan"_s, u"1 Objectives"_s, u"2 Scope"_s, u"3 Timeline"_s,
          u"4 Risks"_s, u"5 Rollback plan"_s, u"6 Notes"_s, u"7 Open points"_s,
          u"The plan has no objectives yet."_s, u"Nothing is in scope yet."_s,
          u"The plan has no phases yet."_s, u"The plan has no risks yet."_s, u"No notes."_s,
          u"0 objectives"_s, u"0 phases"_s})
        QTest::addRow("%s", qPrintable(s)) << s;
    for (const PlanHint &h : validatePlan(Plan()))
        QTest::addRow("hint %s", qPrintable(h.message)) << h.message;
}

void TestPlanReport::emptyPlanText()
{
    QFETCH(QString, expected);
    QVERIFY2(m_emptyText.contains(normalized(expected)),
             qPrintable(u"missing: "_s + expected + u"\n--- text ---\n"_s + m_emptyText));
}

void TestPlanReport::fontsEmbedded_data()
{
    QTest::addColumn<QString>("which");
    QTest::addColumn<bool>("needsCjk");
    QTest::addRow("full") << u"full"_s << true;
    QTest::addRow("empty") << u"empty"_s << false;
}

void TestPlanReport::fontsEmbedded()
{
    QFETCH(QString, which);
    QFETCH(bool, needsCjk);
    const Tool fonts = runTool(u"pdffonts"_s, {which == u"full" ? m_fullPdf : m_emptyPdf});
    QCOMPARE(fonts.exitCode, 0);
    // name type encoding emb sub uni object ID; two header lines.
    const QStringList lines = fonts.out.split(u'\n', Qt::SkipEmptyParts).mid(2);
    QVERIFY2(!lines.isEmpty(), qPrintable(fonts.out));
    bool latin = false;
    bool cjk = false;
    for (const QString &line : lines) {
        const QStringList columns = line.simplified().split(u' ');
        QVERIFY2(columns.size() >= 7, qPrintable(line));
        // emb is the fourth column from the end: emb sub uni object ID(2 columns).
        QCOMPARE(columns.at(columns.size() - 5), u"yes"_s);
        latin = latin || line.contains(u"NotoSans-"_s) || line.contains(u"DejaVuSans"_s);
        cjk = cjk || line.contains(u"CJK"_s) || line.contains(u"WenQuanYi"_s);
    }
    QVERIFY2(latin, qPrintable(fonts.out));
    if (needsCjk)
        QVERIFY2(cjk, qPrintable(fonts.out));
}

void TestPlanReport::pageCountAndFooters_data()
{
    QTest::addColumn<QString>("which");
    QTest::addColumn<int>("minPages");
    QTest::addColumn<int>("maxPages");
    // Title page; objectives and scope; timeline; risks; rollback, notes, open points.
    QTest::addRow("full") << u"full"_s << 5 << 7;
    // Title page; all the (empty) sections on one page.
    QTest::addRow("empty") << u"empty"_s << 2 << 2;
}

void TestPlanReport::pageCountAndFooters()
{
    QFETCH(QString, which);
    QFETCH(int, minPages);
    QFETCH(int, maxPages);
    const bool full = which == u"full";
    const int pages = pageCount(full ? m_fullPdf : m_emptyPdf);
    QVERIFY2(pages >= minPages && pages <= maxPages, qPrintable(QString::number(pages)));
    const QString &text = full ? m_fullText : m_emptyText;
    for (int page = 1; page <= pages; ++page)
        QVERIFY(text.contains(u"Page %1 of %2"_s.arg(page).arg(pages)));
    QVERIFY(!text.contains(u"Page %1 of"_s.arg(pages + 1)));
    QVERIFY(text.contains(u"Generated 2026-11-29 09:30 by Cutover"_s));
}

void TestPlanReport::chartsAreVector()
{
    // No raster image anywhere: the Gantt chart and the risk matrix are
    // painted as paths and text.
    const Tool images = runTool(u"pdfimages"_s, {u"-list"_s, m_fullPdf});
    QCOMPARE(images.exitCode, 0);
    const QStringList lines = images.out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2); // the header of the (empty) list
}

void TestPlanReport::manyPhases()
{
    // More phases than one chart holds, over more than a year.
    Plan plan = TestPlans::full();
    plan.phases.clear();
    for (int i = 0; i < 30; ++i) {
        Phase p;
        p.id = 100 + i;
        p.name = u"Wave %1 第%1阶段"_s.arg(i + 1);
        p.start = QDate(2027, 1, 4).addDays(i * 14);
        p.durationDays = 21;
        p.status = PhaseStatus(i % 4);
        if (i > 0)
            p.dependsOn = {p.id - 1};
        plan.phases.append(p);
    }
    plan.phases.append(Phase{200, u"Undated follow-up"_s, QDate(), 5, PhaseStatus::Planned, {}});
    const QString pdf = writeReport(plan, u"many.pdf"_s);
    QVERIFY(!pdf.isEmpty());
    const QString content = text(pdf);
    for (const Phase &p : plan.phases)
        QVERIFY2(content.contains(normalized(p.name)), qPrintable(p.name));
    QVERIFY(content.contains(u"no start date"_s));
    // Weeks too dense for day numbers: the axis names the years.
    for (const QString &year : {u"2027"_s, u"2028"_s}) {
        QVERIFY2(content.contains(QRegularExpression(u"(^| )"_s + year + u"( |$)"_s)),
                 qPrintable(year));
    }
    QVERIFY(pageCount(pdf) > pageCount(m_fullPdf));
}

void TestPlanReport::manyRisks()
{
    // A risk table over several pages and crowded matrix cells.
    Plan plan = TestPlans::full();
    plan.risks.clear();
    for (int i = 0; i < 60; ++i) {
        plan.risks.append(Risk{1000 + i, u"Risk number %1 风险%1"_s.arg(i + 1), 1 + i % 5,
                               1 + (i / 5) % 5, u"Mitigation for risk %1"_s.arg(i + 1),
                               u"Owner %1"_s.arg(i + 1)});
    }
    const QString pdf = writeReport(plan, u"risks.pdf"_s);
    QVERIFY(!pdf.isEmpty());
    const QString content = text(pdf);
    for (const Risk &r : plan.risks) {
        QVERIFY2(content.contains(normalized(r.description)), qPrintable(r.description));
        QVERIFY2(content.contains(r.mitigation), qPrintable(r.mitigation));
    }
    // The table header repeats on the pages the table continues on.
    QVERIFY(content.count(u"Score Level Mitigation Owner"_s) >= 2);
    QVERIFY(pageCount(pdf) > pageCount(m_fullPdf));
}

void TestPlanReport::crowdedMatrixCell()
{
    Plan plan = TestPlans::minimal();
    for (int i = 0; i < 12; ++i)
        plan.risks.append(Risk{100 + i, u"Same cell %1"_s.arg(i + 1), 5, 5, QString(), QString()});
    const QString pdf = writeReport(plan, u"crowded.pdf"_s);
    QVERIFY(!pdf.isEmpty());
    // The cell lists the first risks and counts the rest: "1, 2, 3 +9".
    const QRegularExpressionMatch m
            = QRegularExpression(u"1, 2(, \\d+)* \\+(\\d+)"_s).match(text(pdf));
    QVERIFY2(m.hasMatch(), qPrintable(text(pdf).left(2000)));
    const int shown = int(m.captured(0).count(u',')) + 1;
    QCOMPARE(shown + m.captured(2).toInt(), 12);
}

void TestPlanReport::followsUiLanguage_data()
{
    QTest::addColumn<QString>("expected");
    for (const QString &s : {u"[MIGRATION PLAN]"_s, u"[Summary]"_s,
                             u"[Owner]"_s,          u"[Objectives]"_s,
                             u"[Scope]"_s,          u"[Timeline]"_s,
                             u"[Risks]"_s,          u"[Rollback plan]"_s,
                             u"[Notes]"_s,          u"[Open points]"_s,
                             u"[Risks by score]"_s, u"[Triggers]"_s,
                             u"[Steps]"_s,          u"[No measurable target]"_s,
                             u"[Likelihood]"_s,     u"[Impact]"_s,
                             u"[depends on]"_s,     u"[Phase]"_s,
                             u"[5 objectives]"_s,   u"[14 days]"_s,
                             u"[Page 1 of 5]"_s,    u"[Generated 2026-11-29 09:30 by Cutover]"_s})
        QTest::addRow("%s", qPrintable(s)) << s;
}

void TestPlanReport::followsUiLanguage()
{
    QFETCH(QString, expected);
    static QString translated; // written once for all rows
    if (translated.isEmpty()) {
        BracketTranslator translator;
        QVERIFY(QCoreApplication::installTranslator(&translator));
        const QString pdf = writeReport(TestPlans::full(), u"translated.pdf"_s);
        QCoreApplication::removeTranslator(&translator);
        QVERIFY(!pdf.isEmpty());
        translated = text(pdf);
    }
    QVERIFY2(translated.contains(expected), qPrintable(translated.left(3000)));
}

void TestPlanReport::unwritableDestination()
{
    // A path below a regular file cannot be created, whoever runs the test.
    const QString blocker = m_dir.filePath(u"not-a-directory"_s);
    QFile file(blocker);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    const QString path = blocker + u"/report.pdf"_s;
    const Plan plan = TestPlans::full();
    const Result<void> result = writePlanReport(plan, fixedOptions(plan), path);
    QVERIFY(!result);
    QCOMPARE(result.error().kind, ErrorKind::Io);
    QVERIFY2(result.error().message.contains(QDir::toNativeSeparators(path)),
             qPrintable(result.error().message));
    QVERIFY(!QFile::exists(path));
}

void TestPlanReport::cancelLeavesOldFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"plan.pdf"_s);
    const QByteArray old = "old report, must survive";
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(old);
    }
    const Plan plan = TestPlans::full();
    ReportOptions options = fixedOptions(plan);
    int calls = 0;
    options.progress = [&calls](int page, int) {
        ++calls;
        return page < 2; // stop after the second page
    };
    const Result<void> result = writePlanReport(plan, options, path);
    QVERIFY(!result);
    QCOMPARE(result.error().kind, ErrorKind::Cancelled);
    QVERIFY(result.error().message.contains(QDir::toNativeSeparators(path)));
    QCOMPARE(calls, 3);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), old);
    // No temporary file left behind.
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{u"plan.pdf"_s});
}

void TestPlanReport::cancelBeforeFirstPageLeavesNoFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"plan.pdf"_s);
    const Plan plan = TestPlans::full();
    ReportOptions options = fixedOptions(plan);
    options.progress = [](int, int) {
        return false;
    };
    const Result<void> result = writePlanReport(plan, options, path);
    QVERIFY(!result);
    QCOMPARE(result.error().kind, ErrorKind::Cancelled);
    QVERIFY(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).isEmpty());
}

void TestPlanReport::replacesExistingFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"plan.pdf"_s);
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("old");
    }
    const Plan plan = TestPlans::minimal();
    QVERIFY(writePlanReport(plan, fixedOptions(plan), path));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.read(5) == "%PDF-");
    QVERIFY(text(path).contains(u"Migrate"_s));
}

void TestPlanReport::progressCounts()
{
    QTemporaryDir dir;
    const Plan plan = TestPlans::full();
    ReportOptions options = fixedOptions(plan);
    QList<int> pages;
    int total = -1;
    options.progress = [&](int page, int count) {
        pages.append(page);
        total = count;
        return true;
    };
    const QString path = dir.filePath(u"plan.pdf"_s);
    QVERIFY(writePlanReport(plan, options, path));
    QCOMPARE(total, pageCount(path));
    QList<int> expected;
    for (int i = 0; i <= total; ++i)
        expected.append(i);
    QCOMPARE(pages, expected);
}

QTEST_MAIN(TestPlanReport)
#include "tst_planreport.moc"
