#include "ui/shell/appsettings.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace Cutover;
using namespace Qt::StringLiterals;

class TestAppSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void recentFilesAreMostRecentFirstAndBounded();
    void defaults();
    void persists();
};

void TestAppSettings::recentFilesAreMostRecentFirstAndBounded()
{
    QTemporaryDir dir;
    AppSettings s(dir.filePath(u"s.ini"_s));
    for (int i = 0; i < AppSettings::kMaxRecentFiles + 3; ++i)
        s.addRecentFile(dir.filePath(u"p%1.cutover"_s.arg(i)));
    QStringList files = s.recentFiles();
    QCOMPARE(files.size(), AppSettings::kMaxRecentFiles);
    QCOMPARE(files.first(), dir.filePath(u"p%1.cutover"_s.arg(AppSettings::kMaxRecentFiles + 2)));

    s.addRecentFile(files.last()); // moves to the front, no duplicate
    QCOMPARE(s.recentFiles().first(), files.last());
    QCOMPARE(s.recentFiles().size(), AppSettings::kMaxRecentFiles);
    s.removeRecentFile(files.last());
    QVERIFY(!s.recentFiles().contains(files.last()));
}

void TestAppSettings::defaults()
{
    QTemporaryDir dir;
    AppSettings s(dir.filePath(u"s.ini"_s));
    QVERIFY(s.recentFiles().isEmpty());
    QCOMPARE(s.language(), QString());
    QCOMPARE(s.lastDirectory(), QDir::homePath());
    QVERIFY(s.windowGeometry().isEmpty());
}

void TestAppSettings::persists()
{
    QTemporaryDir dir;
    const QString ini = dir.filePath(u"s.ini"_s);
    {
        AppSettings s(ini);
        s.setLanguage(u"zh_CN"_s);
        s.setLastDirectory(dir.path());
        s.setLastPane(u"plan"_s);
        s.sync();
    }
    AppSettings s(ini);
    QCOMPARE(s.language(), u"zh_CN"_s);
    QCOMPARE(s.lastDirectory(), dir.path());
    QCOMPARE(s.lastPane(), u"plan"_s);
}

QTEST_GUILESS_MAIN(TestAppSettings)
#include "tst_appsettings.moc"
