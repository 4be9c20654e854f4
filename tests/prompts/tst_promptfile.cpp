// Prompt files: one prompt or a library, read back byte for byte, and the
// errors a person sees for broken files.

#include "core/prompts/promptfile.h"
#include "core/prompts/promptjson.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace Cutover;
using namespace Qt::StringLiterals;

namespace {

Prompt makePrompt(const QString &name)
{
    const QDateTime t0(QDate(2026, 1, 2), QTime(3, 4, 5, 6), Qt::UTC);
    Prompt p;
    p.name = name;
    p.description = u"d"_s;
    PromptVersions::append(p.versions,
                           {TemplateMessage{ChatRole::System, u"Be {{tone}}"_s},
                            TemplateMessage{ChatRole::User, u"{{question}}"_s}},
                           u"first"_s, t0);
    PromptVariant v{u"claude"_s, 0, {}};
    PromptVersions::append(v.versions, {TemplateMessage{ChatRole::User, u"C {{question}}"_s}},
                           QString(), t0);
    p.variants.append(v);
    return p;
}

void writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

} // namespace

class TestPromptFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void singleRoundTrip();
    void libraryRoundTrip();
    void errors_data();
    void errors();
    void unreadableFile();
    void freeName_data();
    void freeName();
};

void TestPromptFile::singleRoundTrip()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"one.json"_s);
    const Prompt p = makePrompt(u"triage"_s);
    QVERIFY(PromptFile::write(path, {p}, false).ok());
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), PromptJson::toBytes(p)); // what `prompt add --file` reads
    const auto back = PromptFile::read(path);
    QVERIFY(back.ok());
    QCOMPARE(back.value(), QList<Prompt>{p});
    QVERIFY(!PromptFile::write(path, {p, p}, false).ok());
}

void TestPromptFile::libraryRoundTrip()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"all.json"_s);
    const QList<Prompt> all{makePrompt(u"a"_s), makePrompt(u"b 分类"_s)};
    QVERIFY(PromptFile::write(path, all, true).ok());
    const auto back = PromptFile::read(path);
    QVERIFY2(back.ok(), back.ok() ? "" : qPrintable(back.error().message));
    QCOMPARE(back.value(), all);
    QCOMPARE(PromptFile::libraryToBytes(back.value()), PromptFile::libraryToBytes(all));
    QVERIFY(PromptFile::write(path, {}, true).ok());
    QCOMPARE(PromptFile::read(path)->size(), 0);
}

void TestPromptFile::errors_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("mentions");
    const QByteArray good = PromptJson::toBytes(makePrompt(u"x"_s));
    QTest::addRow("not json") << QByteArray("{\n  \"name\": ,\n}") << u"line 2, column"_s;
    QTest::addRow("array") << QByteArray("[]") << u"JSON object"_s;
    QTest::addRow("bad prompt") << QByteArray(R"({"name": "x", "versions": []})")
                                << u"versions must hold at least one version"_s;
    QTest::addRow("library without prompts")
            << QByteArray(R"({"format": "cutover-prompts", "format_version": 1})")
            << u"prompts is required"_s;
    QTest::addRow("library newer")
            << QByteArray(R"({"format": "cutover-prompts", "format_version": 9, "prompts": []})")
            << u"newer Cutover"_s;
    QTest::addRow("library unknown key") << QByteArray(
            R"({"format": "cutover-prompts", "format_version": 1, "prompts": [], "x": 1})")
                                         << u"x is not a known key"_s;
    QTest::addRow("library bad entry")
            << (QByteArray(R"({"format": "cutover-prompts", "format_version": 1, "prompts": [)")
                + good + ", 3]}")
            << u"prompts[1] must be an object"_s;
    QTest::addRow("library bad prompt")
            << (QByteArray(R"({"format": "cutover-prompts", "format_version": 1, "prompts": [)")
                + good + R"(, {"name": "y", "versions": [{"number": 0, "messages": []}]}]})")
            << u"prompts[1]: versions[0].number"_s;
    QTest::addRow("library duplicate")
            << (QByteArray(R"({"format": "cutover-prompts", "format_version": 1, "prompts": [)")
                + good + "," + good + "]}")
            << u"prompts[1].name: \"x\" appears twice"_s;
}

void TestPromptFile::errors()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, mentions);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"bad.json"_s);
    writeBytes(path, bytes);
    const auto r = PromptFile::read(path);
    QVERIFY(!r.ok());
    QVERIFY2(r.error().message.contains(mentions), qPrintable(r.error().message));
    QVERIFY2(r.error().message.contains(u"bad.json"_s), qPrintable(r.error().message));
}

void TestPromptFile::unreadableFile()
{
    QTemporaryDir dir;
    const auto missing = PromptFile::read(dir.filePath(u"missing.json"_s));
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().kind, ErrorKind::Io);
    QVERIFY(missing.error().message.contains(u"missing.json"_s));
    QFile huge(dir.filePath(u"huge.json"_s));
    QVERIFY(huge.open(QIODevice::WriteOnly));
    QVERIFY(huge.resize(PromptFile::kMaxFileSize + 1)); // sparse: no 16 MB written
    huge.close();
    const auto tooBig = PromptFile::read(huge.fileName());
    QVERIFY(!tooBig.ok());
    QVERIFY2(tooBig.error().message.contains(u"huge.json"_s)
                     && tooBig.error().message.contains(u"at most 16 MB"_s),
             qPrintable(tooBig.error().message));
    const auto unwritable
            = PromptFile::write(dir.filePath(u"no/such/dir/x.json"_s), {makePrompt(u"a"_s)}, false);
    QVERIFY(!unwritable.ok());
    QVERIFY(unwritable.error().message.contains(u"x.json"_s));
}

void TestPromptFile::freeName_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QStringList>("taken");
    QTest::addColumn<QString>("expected");
    QTest::addRow("free") << u"a"_s << QStringList{u"b"_s} << u"a"_s;
    QTest::addRow("taken") << u"a"_s << QStringList{u"a"_s} << u"a (2)"_s;
    QTest::addRow("taken twice") << u"a"_s << QStringList{u"a"_s, u"a (2)"_s} << u"a (3)"_s;
}

void TestPromptFile::freeName()
{
    QFETCH(QString, name);
    QFETCH(QStringList, taken);
    QFETCH(QString, expected);
    QCOMPARE(PromptFile::freeName(name, taken), expected);
}

QTEST_GUILESS_MAIN(TestPromptFile)
#include "tst_promptfile.moc"
