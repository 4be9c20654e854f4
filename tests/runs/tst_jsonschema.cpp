#include "core/runs/jsonschema.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using namespace Cutover;
using namespace Qt::StringLiterals;

class TestJsonSchema : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void validate_data();
    void validate();
    void check_data();
    void check();
};

namespace {

QJsonObject object(const char *json)
{
    return QJsonDocument::fromJson(QByteArray(json)).object();
}

QJsonValue value(const char *json)
{
    return QJsonDocument::fromJson('[' + QByteArray(json) + ']').array().at(0);
}

const char *kPerson = R"({
    "type": "object",
    "required": ["name", "age"],
    "properties": {
        "name": {"type": "string"},
        "age": {"type": "integer"},
        "role": {"enum": ["admin", "user", null]},
        "tags": {"type": "array", "items": {"type": "string"}},
        "home address": {"type": "object", "properties": {"zip": {"type": ["string", "null"]}}}
    }
})";

} // namespace

void TestJsonSchema::validate_data()
{
    QTest::addColumn<QByteArray>("schema");
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<QString>("path"); // empty: conforms
    QTest::addColumn<QString>("messagePart");

    const QByteArray person(kPerson);
    QTest::addRow("conforms") << person << QByteArray(R"({"name": "Li", "age": 3, "role": "user",
        "tags": ["a"], "home address": {"zip": null}})")
                              << QString() << QString();
    QTest::addRow("not an object")
            << person << QByteArray("[1]") << u"$"_s << u"is array, expected object"_s;
    QTest::addRow("required missing") << person << QByteArray(R"({"name": "Li"})") << u"$"_s
                                      << u"lacks the required property \"age\""_s;
    QTest::addRow("integer expected") << person << QByteArray(R"({"name": "Li", "age": 3.5})")
                                      << u"$.age"_s << u"expected integer"_s;
    QTest::addRow("integer as 3.0 is fine")
            << person << QByteArray(R"({"name": "Li", "age": 3.0})") << QString() << QString();
    QTest::addRow("enum") << person << QByteArray(R"({"name": "Li", "age": 1, "role": "root"})")
                          << u"$.role"_s
                          << u"is \"root\", expected one of \"admin\", \"user\", null"_s;
    QTest::addRow("enum null allowed")
            << person << QByteArray(R"({"name": "Li", "age": 1, "role": null})") << QString()
            << QString();
    QTest::addRow("items path") << person
                                << QByteArray(R"({"name": "Li", "age": 1, "tags": ["a", "b", 3]})")
                                << u"$.tags[2]"_s << u"is number, expected string"_s;
    QTest::addRow("quoted key path")
            << person << QByteArray(R"({"name": "Li", "age": 1, "home address": {"zip": 12345}})")
            << u"$[\"home address\"].zip"_s << u"expected string or null"_s;
    QTest::addRow("extra properties allowed")
            << person << QByteArray(R"({"name": "Li", "age": 1, "x": 1})") << QString()
            << QString();
    QTest::addRow("additionalProperties false") << QByteArray(
            R"({"type": "object", "properties": {"a": {}}, "additionalProperties": false})")
                                                << QByteArray(R"({"a": 1, "b": 2})") << u"$.b"_s
                                                << u"is not allowed"_s;
    QTest::addRow("number accepts integer")
            << QByteArray(R"({"type": "number"})") << QByteArray("7") << QString() << QString();
    QTest::addRow("boolean") << QByteArray(R"({"type": "boolean"})") << QByteArray("\"true\"")
                             << u"$"_s << u"is string, expected boolean"_s;
    QTest::addRow("null") << QByteArray(R"({"type": "null"})") << QByteArray("null") << QString()
                          << QString();
    QTest::addRow("nested arrays")
            << QByteArray(R"({"items": {"items": {"type": "integer"}}})")
            << QByteArray("[[1], [2, \"x\"]]") << u"$[1][1]"_s << u"expected integer"_s;
    QTest::addRow("empty schema accepts all")
            << QByteArray("{}") << QByteArray(R"({"x": [1]})") << QString() << QString();
    QTest::addRow("enum of objects") << QByteArray(R"({"enum": [{"a": 1}]})")
                                     << QByteArray(R"({"a": 1})") << QString() << QString();
}

void TestJsonSchema::validate()
{
    QFETCH(QByteArray, schema);
    QFETCH(QByteArray, value);
    QFETCH(QString, path);
    QFETCH(QString, messagePart);
    const QJsonObject s = object(schema.constData());
    QVERIFY2(JsonSchema::check(s).ok(), "the schema itself is valid");
    const std::optional<JsonSchema::Violation> v
            = JsonSchema::validate(::value(value.constData()), s);
    if (path.isEmpty()) {
        QVERIFY2(!v, v ? qPrintable(v->path + u' ' + v->message) : "");
        return;
    }
    QVERIFY(v);
    QCOMPARE(v->path, path);
    QVERIFY2(v->message.contains(messagePart), qPrintable(v->message));
}

void TestJsonSchema::check_data()
{
    QTest::addColumn<QByteArray>("schema");
    QTest::addColumn<QString>("messagePart"); // empty: accepted

    QTest::addRow("person") << QByteArray(kPerson) << QString();
    QTest::addRow("annotations ignored")
            << QByteArray(R"({"$schema": "x", "title": "t", "description": "d", "type": "string"})")
            << QString();
    QTest::addRow("unknown type") << QByteArray(R"({"type": "float"})")
                                  << u"schema.type must be one of"_s;
    QTest::addRow("empty type list")
            << QByteArray(R"({"type": []})") << u"schema.type must name at least one type"_s;
    QTest::addRow("unsupported keyword")
            << QByteArray(R"({"properties": {"a": {"type": "string", "minLength": 2}}})")
            << u"schema.properties.a.minLength is a keyword Cutover does not check"_s;
    QTest::addRow("required not array")
            << QByteArray(R"({"required": "a"})") << u"schema.required must be an array"_s;
    QTest::addRow("required non-string")
            << QByteArray(R"({"required": [1]})") << u"schema.required must be an array"_s;
    QTest::addRow("empty enum") << QByteArray(R"({"enum": []})")
                                << u"schema.enum must be a non-empty array"_s;
    QTest::addRow("items array form") << QByteArray(R"({"items": [{"type": "string"}]})")
                                      << u"schema.items must be a schema"_s;
    QTest::addRow("bad nested items")
            << QByteArray(R"({"items": {"type": "int"}})") << u"schema.items.type"_s;
    QTest::addRow("property not object") << QByteArray(R"({"properties": {"a b": true}})")
                                         << u"schema.properties[\"a b\"] must be a schema"_s;
    QTest::addRow("additionalProperties schema")
            << QByteArray(R"({"additionalProperties": {"type": "string"}})")
            << u"schema.additionalProperties must be true or false"_s;
}

void TestJsonSchema::check()
{
    QFETCH(QByteArray, schema);
    QFETCH(QString, messagePart);
    const Result<void> r = JsonSchema::check(object(schema.constData()));
    if (messagePart.isEmpty()) {
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
        return;
    }
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, ErrorKind::BadInput);
    QVERIFY2(r.error().message.contains(messagePart), qPrintable(r.error().message));
}

QTEST_GUILESS_MAIN(TestJsonSchema)
#include "tst_jsonschema.moc"
