#include "core/report/planreport.h"
#include "tests/support/testplans.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace Cutover;

// cutover-cli runs on a QCoreApplication unless it creates a QGuiApplication
// for the report; forgetting that must give an Error, not a crash in the
// font database.
class TestPlanReportNoGui final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void needsGuiApplication();
};

void TestPlanReportNoGui::needsGuiApplication()
{
    QVERIFY(!qobject_cast<QGuiApplication *>(QCoreApplication::instance()));
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"plan.pdf"_s);
    const Result<void> result = writePlanReport(TestPlans::full(), ReportOptions(), path);
    QVERIFY(!result);
    QVERIFY2(result.error().message.contains(QDir::toNativeSeparators(path)),
             qPrintable(result.error().message));
    QVERIFY(result.error().message.contains(u"QGuiApplication"_s));
    QVERIFY(!QFile::exists(path));
}

QTEST_GUILESS_MAIN(TestPlanReportNoGui)
#include "tst_planreportnogui.moc"
