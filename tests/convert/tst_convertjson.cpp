// The strict JSON layer of the conversion engine: JSONTestSuite-style
// must-accept (y_) and must-reject (n_) cases, error positions, spans.

#include "core/convert/json.h"

#include <QTest>

using namespace Cutover::Convert;
using namespace Qt::StringLiterals;

class TestConvertJson : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void accepts_data();
    void accepts();
    void rejects_data();
    void rejects();
    void invalidUtf8Position();
    void bigIntegersVerbatim();
    void duplicateKeys();
    void loneSurrogatesKept();
    void escapedKeysFound();
    void spansAndMinify();
    void unescapeAndQuoteRoundTrip();
};

void TestConvertJson::accepts_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::newRow("y_array_empty") << QByteArray("[]");
    QTest::newRow("y_object_empty") << QByteArray("{}");
    QTest::newRow("y_top_level_string") << QByteArray("\"x\"");
    QTest::newRow("y_top_level_number") << QByteArray("42");
    QTest::newRow("y_top_level_null_ws") << QByteArray(" \t\r\n null \n");
    QTest::newRow("y_literals") << QByteArray("[true,false,null]");
    QTest::newRow("y_number_neg_zero") << QByteArray("[-0]");
    QTest::newRow("y_number_fraction") << QByteArray("[0.5]");
    QTest::newRow("y_number_exp_plus") << QByteArray("[1E+2]");
    QTest::newRow("y_number_exp_minus") << QByteArray("[1e-2]");
    QTest::newRow("y_number_full") << QByteArray("[-1.25e10]");
    QTest::newRow("y_number_float_one") << QByteArray("[1.0]");
    QTest::newRow("y_number_huge_int") << QByteArray("[123456789012345678901234567890]");
    QTest::newRow("y_string_escapes") << QByteArray("[\"\\\"\\\\\\/\\b\\f\\n\\r\\t\"]");
    QTest::newRow("y_string_u_escape") << QByteArray("[\"\\u00e9\\u0000\"]");
    QTest::newRow("y_string_surrogate_pair") << QByteArray("[\"\\ud83d\\ude00\"]");
    QTest::newRow("y_string_utf8") << QByteArray("[\"é😀中文\"]");
    QTest::newRow("y_string_u2028_raw") << QByteArray("[\"\xe2\x80\xa8\"]");
    QTest::newRow("y_string_del_raw") << QByteArray("[\"\x7f\"]");
    QTest::newRow("y_string_long_plain")
            << (QByteArray("[\"") + QByteArray(70000, 'a') + QByteArray("\"]"));
    QTest::newRow("y_structure_whitespace") << QByteArray(" [ 1 , { \"a\" : [ ] } ] ");
    QTest::newRow("y_object_nested") << QByteArray("{\"a\":[],\"b\":{\"c\":{}}}");
    QTest::newRow("y_duplicate_key") << QByteArray("{\"a\":1,\"a\":2}");
    QTest::newRow("y_lone_surrogate_escape") << QByteArray("[\"\\ud800\"]");
    QTest::newRow("y_nested_500") << (QByteArray(500, '[') + QByteArray(500, ']'));
}

void TestConvertJson::accepts()
{
    QFETCH(QByteArray, text);
    JsonDoc doc;
    const bool ok = doc.parse(std::string_view(text.constData(), std::size_t(text.size())));
    QVERIFY2(ok, jsonErrorName(doc.error().code));
    QCOMPARE(doc.error().code, JsonErrorCode::None);
}

void TestConvertJson::rejects_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("code");
    const auto add = [](const char *name, QByteArray text, JsonErrorCode code) {
        QTest::newRow(name) << text << int(code);
    };
    add("n_number_leading_dot", "[.5]", JsonErrorCode::BadNumber);
    add("n_number_trailing_dot", "[1.]", JsonErrorCode::BadNumber);
    add("n_number_plus", "[+1]", JsonErrorCode::BadNumber);
    add("n_number_leading_zero", "[01]", JsonErrorCode::BadNumber);
    add("n_number_hex", "[0x1]", JsonErrorCode::MissingCommaOrEnd);
    add("n_number_exp_empty", "[1e]", JsonErrorCode::BadNumber);
    add("n_number_minus_only", "[-]", JsonErrorCode::BadNumber);
    add("n_number_minus_space", "[- 1]", JsonErrorCode::BadNumber);
    add("n_number_nan", "[NaN]", JsonErrorCode::UnexpectedCharacter);
    add("n_number_infinity", "[Infinity]", JsonErrorCode::UnexpectedCharacter);
    add("n_number_space_inside", "[1 000]", JsonErrorCode::MissingCommaOrEnd);
    add("n_string_raw_tab", "[\"a\tb\"]", JsonErrorCode::ControlCharacterInString);
    add("n_string_raw_newline", "[\"a\nb\"]", JsonErrorCode::ControlCharacterInString);
    add("n_string_raw_nul", QByteArray("[\"a\0b\"]", 7), JsonErrorCode::ControlCharacterInString);
    add("n_string_bad_escape", "[\"\\x\"]", JsonErrorCode::BadEscape);
    add("n_string_bad_u_hex", "[\"\\u12G4\"]", JsonErrorCode::BadEscape);
    add("n_string_short_u", "[\"\\u12\"]", JsonErrorCode::BadEscape);
    add("n_string_single_quote", "['a']", JsonErrorCode::UnexpectedCharacter);
    add("n_string_unterminated", "[\"abc", JsonErrorCode::UnterminatedString);
    add("n_array_trailing_comma", "[1,]", JsonErrorCode::TrailingComma);
    add("n_object_trailing_comma", "{\"a\":1,}", JsonErrorCode::TrailingComma);
    add("n_array_leading_comma", "[,1]", JsonErrorCode::UnexpectedCharacter);
    add("n_array_double_comma", "[1,,2]", JsonErrorCode::UnexpectedCharacter);
    add("n_object_missing_colon", "{\"a\" 1}", JsonErrorCode::MissingColon);
    add("n_object_comma_for_colon", "{\"a\",1}", JsonErrorCode::MissingColon);
    add("n_object_unquoted_key", "{a:1}", JsonErrorCode::UnexpectedCharacter);
    add("n_object_number_key", "{1:1}", JsonErrorCode::UnexpectedCharacter);
    add("n_array_unclosed", "[1", JsonErrorCode::Truncated);
    add("n_object_unclosed", "{\"a\":1", JsonErrorCode::Truncated);
    add("n_object_value_missing", "{\"a\":", JsonErrorCode::Truncated);
    add("n_array_extra_close", "[1]]", JsonErrorCode::TrailingContent);
    add("n_two_values", "1 2", JsonErrorCode::TrailingContent);
    add("n_empty", "", JsonErrorCode::Empty);
    add("n_whitespace_only", " \n", JsonErrorCode::Empty);
    add("n_comment", "[1]//x", JsonErrorCode::TrailingContent);
    add("n_literal_capital", "[True]", JsonErrorCode::UnexpectedCharacter);
    add("n_literal_truncated_word", "[nul]", JsonErrorCode::BadLiteral);
    add("n_literal_cut", "[tru", JsonErrorCode::Truncated);
    add("n_utf8_invalid_byte", "[\"\xff\"]", JsonErrorCode::InvalidUtf8);
    add("n_utf8_overlong", "[\"\xc0\xaf\"]", JsonErrorCode::InvalidUtf8);
    add("n_utf8_encoded_surrogate", "[\"\xed\xa0\x80\"]", JsonErrorCode::InvalidUtf8);
    add("n_utf8_truncated_sequence", "[\"\xe2\x82\"]", JsonErrorCode::InvalidUtf8);
    add("n_bom_not_json", "\xef\xbb\xbf[]", JsonErrorCode::UnexpectedCharacter);
    add("n_too_deep", QByteArray(600, '[') + QByteArray(600, ']'), JsonErrorCode::TooDeep);
    add("n_mismatched_brackets", "[1}", JsonErrorCode::MissingCommaOrEnd);
}

void TestConvertJson::rejects()
{
    QFETCH(QByteArray, text);
    QFETCH(int, code);
    JsonDoc doc;
    QVERIFY(!doc.parse(std::string_view(text.constData(), std::size_t(text.size()))));
    QCOMPARE(jsonErrorName(doc.error().code), jsonErrorName(JsonErrorCode(code)));
    QVERIFY(doc.error().offset <= std::uint32_t(text.size()));
    QVERIFY(!jsonErrorText(doc.error().code).empty());
}

void TestConvertJson::invalidUtf8Position()
{
    const std::string text = "{\"a\":\"ok\",\"b\":\"x\xffy\"}";
    JsonDoc doc;
    QVERIFY(!doc.parse(text));
    QCOMPARE(doc.error().code, JsonErrorCode::InvalidUtf8);
    QCOMPARE(doc.error().offset, std::uint32_t(text.find('\xff')));
    // a sequence cut short is reported at the byte that breaks it
    QCOMPARE(firstInvalidUtf8("ab\xe2\x82z"), std::int64_t(4));
    QCOMPARE(firstInvalidUtf8("caf\xc3\xa9 \xf0\x9f\x98\x80"), std::int64_t(-1));
    QVERIFY(isValidUtf8("caf\xc3\xa9"));
}

void TestConvertJson::bigIntegersVerbatim()
{
    const std::string text = "{\"id\":1764082150155797447,\"small\":9007199254740992,\"f\":1.0}";
    JsonDoc doc;
    QVERIFY(doc.parse(text));
    QCOMPARE(doc.bigIntegers(), 1); // 2^53 itself is still exact
    QCOMPARE(doc.raw(doc.find(0, "id")), std::string_view("1764082150155797447"));
    QCOMPARE(doc.raw(doc.find(0, "f")), std::string_view("1.0"));
    std::string out;
    appendMinified(doc, 0, out);
    QCOMPARE(out, text);
}

void TestConvertJson::duplicateKeys()
{
    JsonDoc doc;
    const std::string text = "{\"a\":1,\"b\":{\"x\":1,\"y\":2},\"a\":3}";
    QVERIFY(doc.parse(text));
    QCOMPARE(doc.duplicateKeys(), 1);
    QCOMPARE(doc.firstDuplicateKeyOffset(), std::uint32_t(text.rfind("\"a\"")));
    // the same key written with an escape is the same key
    QVERIFY(doc.parse("{\"a\":1,\"\\u0061\":2}"));
    QCOMPARE(doc.duplicateKeys(), 1);
    QVERIFY(doc.parse("{\"a\":1,\"b\":2}"));
    QCOMPARE(doc.duplicateKeys(), 0);
}

void TestConvertJson::loneSurrogatesKept()
{
    JsonDoc doc;
    QVERIFY(doc.parse("[\"a\\udc00b\",\"\\ud83d\\ude00\"]"));
    QCOMPARE(doc.loneSurrogates(), 1);
    std::string out;
    QVERIFY(!unescapeJsonString("\"a\\udc00b\"",
                                out)); // not valid Unicode: the caller keeps it escaped
    out.clear();
    QVERIFY(unescapeJsonString("\"\\ud83d\\ude00\"", out));
    QCOMPARE(out, std::string("\xf0\x9f\x98\x80"));
}

void TestConvertJson::escapedKeysFound()
{
    JsonDoc doc;
    QVERIFY(doc.parse("{\"r\\u006fle\":\"us\\u0065r\"}"));
    const std::uint32_t v = doc.find(0, "role");
    QVERIFY(v != kNoNode);
    QVERIFY(doc.equals(v, "user"));
    QCOMPARE(doc.str(v), std::string("user"));
    QCOMPARE(doc.find(0, "other"), kNoNode);
}

void TestConvertJson::spansAndMinify()
{
    const std::string text = "{\n  \"a\" : [ 1 , \"x y\" ],\n  \"b\" : { }\n}";
    JsonDoc doc;
    QVERIFY(doc.parse(text));
    QCOMPARE(doc.raw(doc.find(0, "a")), std::string_view("[ 1 , \"x y\" ]"));
    QCOMPARE(doc.node(doc.find(0, "a")).count, 2u);
    std::string out;
    appendMinified(doc, 0, out);
    QCOMPARE(out, std::string("{\"a\":[1,\"x y\"],\"b\":{}}"));
}

void TestConvertJson::unescapeAndQuoteRoundTrip()
{
    const std::string plain = "line1\nq\"b\\s\ttab\x01 é😀";
    std::string lit;
    appendJsonQuoted(lit, plain);
    QCOMPARE(lit, std::string("\"line1\\nq\\\"b\\\\s\\ttab\\u0001 é😀\""));
    JsonDoc doc;
    QVERIFY(doc.parse(lit));
    std::string back;
    QVERIFY(unescapeJsonString(lit, back));
    QCOMPARE(back, plain);
}

QTEST_GUILESS_MAIN(TestConvertJson)
#include "tst_convertjson.moc"
