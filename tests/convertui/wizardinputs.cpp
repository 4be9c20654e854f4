// Inputs for the wizard test, outside the moc-parsed test file (moc's lexer
// trips over some of these raw string literals).

#include "tests/convertui/wizardinputs.h"

QByteArray smallInput()
{
    return R"({"id":"a1","messages":[{"role":"system","content":"Be brief."},{"role":"user","content":"Hi there"},{"role":"assistant","content":"Hello!"}]})"
           "\n"
           R"({"id":"a2","messages":[{"role":"system","content":"One"},{"role":"user","content":"q","name":"bob"},{"role":"system","content":"Two"},{"role":"assistant","content":"a"}]})"
           "\n"
           R"({"id":"a3","messages":[{"role":"user","content":"broken",]})"
           "\n"
           R"({"id":"a4","messages":[{"role":"user","content":"Weather?"},{"role":"assistant","content":null,"tool_calls":[{"id":"t1","type":"function","function":{"name":"get_weather","arguments":"{)"
           "\\\"city\\\":\\\"Oslo\\\""
           R"(}"}}]},{"role":"tool","tool_call_id":"t1","content":"sunny"},{"role":"assistant","content":"Sunny."}]})"
           "\n";
}

// A large OpenAI JSONL file, tens of MB, so that a run takes long enough to
// be cancelled in the middle.
QByteArray largeInput(int records)
{
    QByteArray filler(700, 'x');
    QByteArray out;
    out.reserve(qsizetype(records) * 520);
    for (int i = 0; i < records; ++i) {
        const QByteArray n = QByteArray::number(i);
        out.append(R"({"id":"big-)").append(n);
        out.append(R"(","messages":[{"role":"system","content":"You answer briefly."},)");
        out.append(R"({"role":"user","content":"Question )").append(n).append(' ').append(filler);
        out.append(R"("},{"role":"assistant","content":"","tool_calls":[{"id":"c)").append(n);
        out.append(R"(","type":"function","function":{"name":"lookup","arguments":"{\"q\": )");
        out.append(n).append(R"(}"}}]},{"role":"tool","tool_call_id":"c)").append(n);
        out.append(R"(","content":"found"},{"role":"assistant","content":"Done."}]})").append('\n');
    }
    return out;
}
