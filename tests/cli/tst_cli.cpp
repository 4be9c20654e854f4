// cutover-cli as a script sees it: exit codes, stdout, one-line errors on stderr.

#include "clirunner.h"
#include "core/plan/planjson.h"
#include "core/project/schema.h"
#include "tests/support/testplans.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace Cutover;
using namespace Qt::StringLiterals;
using Cutover::CliRunner::Run;
using Cutover::CliRunner::writeFile;

namespace {

Run cli(const QStringList &arguments)
{
    return Cutover::CliRunner::runCli(arguments);
}

QByteArray sha(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void usageErrors_data();
    void usageErrors();
    void helpEverywhere_data();
    void helpEverywhere();
    void newCreatesProject();
    void infoJson();
    void infoNeverWrites();
    void badInput_data();
    void badInput();
    void planRoundTripIsIdentical();
    void planImportRejectsBadJson();
    void reportWritesPdf();
    void reportToUnwritableDirectory();

private:
    QString path(const QString &name) const { return m_dir->filePath(name); }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addRow("no arguments") << QStringList();
    QTest::addRow("unknown command") << QStringList{u"frobnicate"_s};
    QTest::addRow("unknown option") << QStringList{u"info"_s, u"--bogus"_s, u"x.cutover"_s};
    QTest::addRow("missing path") << QStringList{u"info"_s};
    QTest::addRow("extra argument") << QStringList{u"new"_s, u"a.cutover"_s, u"b"_s};
    QTest::addRow("plan without subcommand") << QStringList{u"plan"_s};
    QTest::addRow("plan unknown subcommand") << QStringList{u"plan"_s, u"merge"_s};
    QTest::addRow("report without -o") << QStringList{u"report"_s, u"a.cutover"_s};
}

void TestCli::usageErrors()
{
    QFETCH(QStringList, arguments);
    const Run r = cli(arguments);
    QCOMPARE(r.exitCode, 1);
    if (!arguments.isEmpty())
        QVERIFY2(r.err.startsWith("cutover-cli: "), r.err.constData());
}

void TestCli::helpEverywhere_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("mentions");
    QTest::addRow("top") << QStringList{u"--help"_s} << QByteArray("Exit codes");
    QTest::addRow("new") << QStringList{u"new"_s, u"--help"_s} << QByteArray("--force");
    QTest::addRow("info") << QStringList{u"info"_s, u"--help"_s} << QByteArray("--json");
    QTest::addRow("plan") << QStringList{u"plan"_s, u"--help"_s} << QByteArray("plan import");
    QTest::addRow("plan export") << QStringList{u"plan"_s, u"export"_s, u"--help"_s}
                                 << QByteArray("--output");
    QTest::addRow("plan import") << QStringList{u"plan"_s, u"import"_s, u"-h"_s}
                                 << QByteArray("file.json");
    QTest::addRow("report") << QStringList{u"report"_s, u"--help"_s} << QByteArray("--output");
}

void TestCli::helpEverywhere()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, mentions);
    const Run r = cli(arguments);
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(mentions), r.out.constData());
}

void TestCli::newCreatesProject()
{
    const QString file = path(u"p.cutover"_s);
    Run r = cli({u"new"_s, file});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(QFileInfo::exists(file));
    QVERIFY(!QFileInfo::exists(file + u"-wal"_s));
    QVERIFY(!QFileInfo::exists(file + u"-journal"_s));

    // An existing file is not replaced without --force.
    const QByteArray before = sha(file);
    r = cli({u"new"_s, file});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains("p.cutover"));
    QCOMPARE(sha(file), before);

    r = cli({u"new"_s, u"--force"_s, file});
    QCOMPARE(r.exitCode, 0);
}

void TestCli::infoJson()
{
    const QString file = path(u"p.cutover"_s);
    QCOMPARE(cli({u"new"_s, file}).exitCode, 0);
    const QString json = path(u"plan.json"_s);
    QVERIFY(writeFile(json, PlanJson::toBytes(TestPlans::full())));
    QCOMPARE(cli({u"plan"_s, u"import"_s, file, json}).exitCode, 0);

    const Run r = cli({u"info"_s, u"--json"_s, file});
    QCOMPARE(r.exitCode, 0);
    QJsonParseError error;
    const QJsonObject o = QJsonDocument::fromJson(r.out, &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(o.value(u"schema_version"_s).toInt(), Schema::kCurrentVersion);
    QCOMPARE(o.value(u"application_id"_s).toString(), u"0x4355544f"_s);
    QCOMPARE(o.value(u"integrity"_s).toObject().value(u"ok"_s).toBool(), true);
    const QJsonObject plan = o.value(u"plan"_s).toObject();
    QCOMPARE(plan.value(u"objectives"_s).toInt(), 5);
    QCOMPARE(plan.value(u"risks"_s).toInt(), 3);
    QCOMPARE(plan.value(u"phases"_s).toInt(), 3);
    QCOMPARE(plan.value(u"rollback_steps"_s).toInt(), 2);
    QCOMPARE(o.value(u"plan_title"_s).toString(), TestPlans::full().title);

    const Run text = cli({u"info"_s, file});
    QCOMPARE(text.exitCode, 0);
    QVERIFY(text.out.contains("Integrity:       ok"));
}

void TestCli::infoNeverWrites()
{
    const QString file = path(u"p.cutover"_s);
    QCOMPARE(cli({u"new"_s, file}).exitCode, 0);
    const QByteArray before = sha(file);
    const QDateTime modified = QFileInfo(file).lastModified();
    QCOMPARE(cli({u"info"_s, file}).exitCode, 0);
    QCOMPARE(cli({u"plan"_s, u"export"_s, file}).exitCode, 0);
    QCOMPARE(sha(file), before);
    QCOMPARE(QFileInfo(file).lastModified(), modified);
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files), QStringList{u"p.cutover"_s});
}

void TestCli::badInput_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QByteArray>("message");
    QTest::addRow("empty") << QByteArray() << QByteArray("empty");
    QTest::addRow("text") << QByteArray("hello, world\n") << QByteArray("not an SQLite database");
    QTest::addRow("missing") << QByteArray("<missing>") << QByteArray("bad.cutover");
}

void TestCli::badInput()
{
    QFETCH(QByteArray, content);
    QFETCH(QByteArray, message);
    const QString file = path(u"bad.cutover"_s);
    if (content != "<missing>")
        QVERIFY(writeFile(file, content));
    for (const QStringList &args :
         {QStringList{u"info"_s, file}, QStringList{u"plan"_s, u"export"_s, file},
          QStringList{u"report"_s, file, u"-o"_s, path(u"r.pdf"_s)}}) {
        const Run r = cli(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.startsWith("cutover-cli: "), r.err.constData());
        QVERIFY2(r.err.contains(message), r.err.constData());
        QCOMPARE(r.err.count('\n'), 1); // one line
        QVERIFY(r.out.isEmpty());
    }
    if (content != "<missing>") {
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), content); // never written to
    }
    QVERIFY(!QFileInfo::exists(path(u"r.pdf"_s)));
}

void TestCli::planRoundTripIsIdentical()
{
    const QString file = path(u"p.cutover"_s);
    QCOMPARE(cli({u"new"_s, file}).exitCode, 0);
    const QString first = path(u"first.json"_s);
    QVERIFY(writeFile(first, PlanJson::toBytes(TestPlans::full())));
    QCOMPARE(cli({u"plan"_s, u"import"_s, file, first}).exitCode, 0);

    const Run exported = cli({u"plan"_s, u"export"_s, file});
    QCOMPARE(exported.exitCode, 0);
    const QString second = path(u"second.json"_s);
    QCOMPARE(cli({u"plan"_s, u"export"_s, file, u"-o"_s, second}).exitCode, 0);
    QFile f(second);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), exported.out);

    QCOMPARE(cli({u"plan"_s, u"import"_s, file, second}).exitCode, 0);
    const Run again = cli({u"plan"_s, u"export"_s, file});
    QCOMPARE(again.out, exported.out);
    QCOMPARE(exported.out, PlanJson::toBytes(TestPlans::full()));
}

void TestCli::planImportRejectsBadJson()
{
    const QString file = path(u"p.cutover"_s);
    QCOMPARE(cli({u"new"_s, file}).exitCode, 0);
    const QString good = path(u"good.json"_s);
    QVERIFY(writeFile(good, PlanJson::toBytes(TestPlans::full())));
    QCOMPARE(cli({u"plan"_s, u"import"_s, file, good}).exitCode, 0);
    const QByteArray before = cli({u"plan"_s, u"export"_s, file}).out;

    const QString bad = path(u"bad.json"_s);
    QVERIFY(writeFile(bad, "{\n  \"risks\": [{\"likelihood\": 9, \"impact\": 1}]\n}\n"));
    const Run r = cli({u"plan"_s, u"import"_s, file, bad});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("bad.json") && r.err.contains("risks[0].likelihood"),
             r.err.constData());
    QCOMPARE(cli({u"plan"_s, u"export"_s, file}).out, before); // unchanged

    const Run missing = cli({u"plan"_s, u"import"_s, file, path(u"none.json"_s)});
    QCOMPARE(missing.exitCode, 2);
    QVERIFY(missing.err.contains("none.json"));
}

void TestCli::reportWritesPdf()
{
    const QString file = path(u"p.cutover"_s);
    QCOMPARE(cli({u"new"_s, file}).exitCode, 0);
    const QString json = path(u"plan.json"_s);
    QVERIFY(writeFile(json, PlanJson::toBytes(TestPlans::full())));
    QCOMPARE(cli({u"plan"_s, u"import"_s, file, json}).exitCode, 0);
    const QString pdf = path(u"out.pdf"_s);
    const Run r = cli({u"report"_s, file, u"-o"_s, pdf});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.err.isEmpty(), r.err.constData());
    QFile f(pdf);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY(f.read(5) == "%PDF-");
    QVERIFY(f.size() > 10000);
}

void TestCli::reportToUnwritableDirectory()
{
    const QString file = path(u"p.cutover"_s);
    QCOMPARE(cli({u"new"_s, file}).exitCode, 0);
    const Run r = cli({u"report"_s, file, u"-o"_s, path(u"no/such/dir/out.pdf"_s)});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains("out.pdf"));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
