#include "core/plan/planjson.h"
#include "tests/support/testplans.h"

#include <QJsonDocument>
#include <QtTest>

using namespace Cutover;
using namespace Qt::StringLiterals;

class TestPlanJson : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTripIsIdentical_data();
    void roundTripIsIdentical();
    void rejectsBadInput_data();
    void rejectsBadInput();
    void assignsMissingIds();
    void keepsEmptyOptionalFields();
};

void TestPlanJson::roundTripIsIdentical_data()
{
    QTest::addColumn<Plan>("plan");
    QTest::addRow("full") << TestPlans::full();
    QTest::addRow("minimal") << TestPlans::minimal();
    QTest::addRow("empty") << Plan();
}

void TestPlanJson::roundTripIsIdentical()
{
    QFETCH(Plan, plan);
    const QByteArray first = PlanJson::toBytes(plan);
    const Result<Plan> parsed = PlanJson::fromBytes(first);
    QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().message));
    QCOMPARE(parsed.value(), plan);
    QCOMPARE(PlanJson::toBytes(parsed.value()), first);
}

void TestPlanJson::rejectsBadInput_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("messagePart");

    QTest::addRow("not json") << QByteArray("{\n  \"title\": \"x\",\n  oops\n}") << u"line 3"_s;
    QTest::addRow("array") << QByteArray("[]") << u"JSON object"_s;
    QTest::addRow("other format") << QByteArray(R"({"format": "something-else"})")
                                  << u"not a Cutover plan"_s;
    QTest::addRow("newer") << QByteArray(R"({"format": "cutover-plan", "format_version": 99})")
                           << u"newer Cutover"_s;
    QTest::addRow("title type") << QByteArray(R"({"title": 5})") << u"title must be a string"_s;
    QTest::addRow("likelihood range")
            << QByteArray(R"({"risks": [{"likelihood": 6, "impact": 1}]})")
            << u"risks[0].likelihood must be a whole number from 1 to 5"_s;
    QTest::addRow("likelihood missing")
            << QByteArray(R"({"risks": [{"impact": 1}]})") << u"risks[0].likelihood is required"_s;
    QTest::addRow("metric unknown")
            << QByteArray(R"({"objectives": [{"title": "a", "target": {"metric": "speed",
                "comparison": "<=", "value": 1}}]})")
            << u"objectives[0].target.metric has the unknown value \"speed\""_s;
    QTest::addRow("bad date") << QByteArray(R"({"phases": [{"name": "a", "start": "2026-13-01"}]})")
                              << u"phases[0].start must be a date"_s;
    QTest::addRow("dangling dependency")
            << QByteArray(R"({"phases": [{"id": 1, "name": "a", "depends_on": [7]}]})")
            << u"phases[0].depends_on names 7"_s;
    QTest::addRow("duplicate ids")
            << QByteArray(R"({"objectives": [{"id": 1, "title": "a"}], "risks": [{"id": 1,
                "likelihood": 1, "impact": 1}]})")
            << u"unique"_s;
    QTest::addRow("scope not object")
            << QByteArray(R"({"scope": [1]})") << u"scope[0] must be an object"_s;
}

void TestPlanJson::rejectsBadInput()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, messagePart);
    const Result<Plan> parsed = PlanJson::fromBytes(json);
    QVERIFY(!parsed.ok());
    QVERIFY2(parsed.error().message.contains(messagePart),
             qPrintable(parsed.error().message + u" lacks "_s + messagePart));
}

void TestPlanJson::assignsMissingIds()
{
    const Result<Plan> parsed = PlanJson::fromBytes(
            R"({"objectives": [{"title": "a"}, {"id": 5, "title": "b"}], "rollback":
               {"steps": [{"action": "x"}]}})");
    QVERIFY(parsed.ok());
    const Plan &p = parsed.value();
    QCOMPARE(p.objectives.size(), 2);
    QVERIFY(p.objectives.at(0).id > 0);
    QCOMPARE(p.objectives.at(1).id, 5);
    QVERIFY(p.rollback.steps.at(0).id > 0);
    QVERIFY(p.rollback.steps.at(0).id != 5);
    QVERIFY(p.objectives.at(0).id != p.rollback.steps.at(0).id);
}

void TestPlanJson::keepsEmptyOptionalFields()
{
    const Plan p = TestPlans::full();
    const QJsonObject o = PlanJson::toJson(p);
    QVERIFY(o.value(u"objectives"_s).toArray().at(4).toObject().value(u"target"_s).isNull());
    QCOMPARE(o.value(u"format"_s).toString(), u"cutover-plan"_s);
}

QTEST_GUILESS_MAIN(TestPlanJson)
#include "tst_planjson.moc"
