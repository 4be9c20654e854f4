// The translations are complete: every string in the sources is in
// cutover_zh_CN.ts, translated, with the same placeholders; and the compiled
// catalogue is in the binary.

#include "core/plan/planlabels.h"
#include "core/util/languages.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QtTest>

using namespace Qt::StringLiterals;

namespace {

struct Message
{
    QString context;
    QString source;
    QStringList translations; // one, or one per plural form
    bool unfinished = false;
    bool obsolete = false;
};

QList<Message> readTs(const QString &path, QString *error)
{
    QList<Message> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return messages;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    bool inMessage = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == u"name" && !inMessage) {
                context = xml.readElementText();
            } else if (name == u"message") {
                inMessage = true;
                current = Message{context, {}, {}, false, false};
            } else if (name == u"source") {
                current.source = xml.readElementText();
            } else if (name == u"translation") {
                const QString type = xml.attributes().value(u"type"_s).toString();
                current.unfinished = type == u"unfinished";
                current.obsolete = type == u"obsolete" || type == u"vanished";
                const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
                if (text.trimmed().isEmpty() && current.translations.isEmpty())
                    current.translations.append(QString());
                else
                    current.translations.append(text);
            } else if (name == u"numerusform") {
                // handled by IncludeChildElements above
            }
        } else if (xml.isEndElement() && xml.name() == u"message") {
            messages.append(current);
            inMessage = false;
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return messages;
}

QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression re(u"%(\\d+|n)"_s);
    QSet<QString> found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found.insert(it.next().captured(0));
    return found;
}

QString describe(const Message &m)
{
    return m.context + u" / \""_s + m.source + u'"';
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void chineseIsComplete();
    void sourcesAreAllInTheCatalogue();
    void englishPluralsAreComplete();
    void compiledCatalogueIsLoaded();
};

void TestTranslations::chineseIsComplete()
{
    QString error;
    const QList<Message> messages
            = readTs(QStringLiteral(CUTOVER_SOURCE_ROOT "/translations/cutover_zh_CN.ts"), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(messages.size() > 100);
    QStringList problems;
    for (const Message &m : messages) {
        if (m.obsolete) {
            problems.append(u"obsolete: "_s + describe(m));
            continue;
        }
        if (m.unfinished || m.translations.isEmpty() || m.translations.constFirst().isEmpty()) {
            problems.append(u"unfinished: "_s + describe(m));
            continue;
        }
        // Placeholders survive translation (a plural's %n may be implicit in Chinese).
        QSet<QString> wanted = placeholders(m.source);
        wanted.remove(u"%n"_s);
        QSet<QString> got = placeholders(m.translations.join(u' '));
        got.remove(u"%n"_s);
        if (wanted != got)
            problems.append(u"placeholders differ: "_s + describe(m) + u" → "_s
                            + m.translations.join(u" | "_s));
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void TestTranslations::sourcesAreAllInTheCatalogue()
{
    // Run lupdate over the sources into a copy: nothing may be new.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString copy = dir.filePath(u"copy_zh_CN.ts"_s);
    QVERIFY(QFile::copy(QStringLiteral(CUTOVER_SOURCE_ROOT "/translations/cutover_zh_CN.ts"),
                        copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    const QString root = QStringLiteral(CUTOVER_SOURCE_ROOT);
    QProcess lupdate;
    lupdate.setWorkingDirectory(root);
    lupdate.start(QStringLiteral(CUTOVER_LUPDATE),
                  {root + u"/core"_s, root + u"/ui"_s, root + u"/app"_s,
                   root + u"/tests/support/fakellm"_s, u"-I"_s, root, u"-extensions"_s, u"cpp,h"_s,
                   u"-no-obsolete"_s, u"-locations"_s, u"none"_s, u"-silent"_s, u"-ts"_s, copy});
    QVERIFY(lupdate.waitForFinished(120000));
    QCOMPARE(lupdate.exitCode(), 0);

    QString error;
    const QList<Message> messages = readTs(copy, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QStringList missing;
    for (const Message &m : messages) {
        if (m.unfinished)
            missing.append(describe(m));
    }
    QVERIFY2(missing.isEmpty(), qPrintable(u"Strings in the sources without a translation (run the "
                                           "update_translations target and translate them):\n"_s
                                           + missing.join(u'\n')));
}

void TestTranslations::englishPluralsAreComplete()
{
    QString error;
    const QList<Message> messages
            = readTs(QStringLiteral(CUTOVER_SOURCE_ROOT "/translations/cutover_en.ts"), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QStringList problems;
    for (const Message &m : messages) {
        if (m.unfinished || m.obsolete)
            problems.append(describe(m));
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void TestTranslations::compiledCatalogueIsLoaded()
{
    QVERIFY(QFile::exists(u":/i18n/cutover_zh_CN.qm"_s));
    QVERIFY(Cutover::Languages::install(u"zh_CN"_s));
    const QString chinese = Cutover::PlanLabels::label(Cutover::TargetMetric::PassRate);
    QVERIFY2(chinese != u"Pass rate"_s, qPrintable(chinese));
    // Qt's own strings are translated too (standard dialog buttons).
    QVERIFY(QCoreApplication::translate("QPlatformTheme", "Cancel") != u"Cancel"_s);
    QVERIFY(Cutover::Languages::install(u"en"_s));
    QCOMPARE(Cutover::PlanLabels::label(Cutover::TargetMetric::PassRate), u"Pass rate"_s);
    // English plurals come from the English catalogue.
    QVERIFY(QFile::exists(u":/i18n/cutover_en.qm"_s));
    QCOMPARE(QCoreApplication::translate("Cutover::Cli", "Imported %n result(s) as run %1.",
                                         nullptr, 1),
             u"Imported 1 result as run %1."_s);
    QCOMPARE(QCoreApplication::translate("Cutover::Cli", "Imported %n result(s) as run %1.",
                                         nullptr, 2),
             u"Imported 2 results as run %1."_s);
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
