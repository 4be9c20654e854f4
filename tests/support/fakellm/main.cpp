#include "tests/support/fakellm/fakellmserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

using namespace Qt::StringLiterals;
using Cutover::FakeLlm::FakeLlmServer;
using Cutover::FakeLlm::FakeReply;

// cutover-fake-llm: a local stand-in for an LLM provider. It answers OpenAI
// chat completions at http://127.0.0.1:PORT/v1 and Anthropic messages at
// http://127.0.0.1:PORT, streaming or not, echoing the last user message
// (or --reply TEXT). Any key is accepted.
int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"cutover-fake-llm"_s);
    QCommandLineParser parser;
    parser.setApplicationDescription(
            u"Local fake LLM server speaking OpenAI chat completions and Anthropic messages."_s);
    parser.addHelpOption();
    const QCommandLineOption portOption(u"port"_s, u"TCP port (0: any free port)."_s, u"N"_s,
                                        u"0"_s);
    const QCommandLineOption replyOption(u"reply"_s, u"Fixed reply text instead of an echo."_s,
                                         u"TEXT"_s);
    const QCommandLineOption latencyOption(u"latency-ms"_s, u"Delay before each response."_s,
                                           u"MS"_s, u"0"_s);
    const QCommandLineOption tokenOption(u"token-delay-ms"_s, u"Delay between streamed tokens."_s,
                                         u"MS"_s, u"0"_s);
    parser.addOptions({portOption, replyOption, latencyOption, tokenOption});
    parser.process(app);

    bool ok = false;
    const uint port = parser.value(portOption).toUInt(&ok);
    if (!ok || port > 65535) {
        std::fprintf(stderr, "cutover-fake-llm: --port must be 0..65535\n");
        return 1;
    }
    FakeReply reply;
    if (parser.isSet(replyOption)) {
        reply.kind = FakeReply::Kind::Text;
        reply.text = parser.value(replyOption);
    }
    reply.firstByteDelayMs = parser.value(latencyOption).toInt();
    reply.tokenDelayMs = parser.value(tokenOption).toInt();

    FakeLlmServer server;
    server.setDefaultReply(reply);
    if (!server.listen(QHostAddress::LocalHost, quint16(port))) {
        std::fprintf(stderr, "cutover-fake-llm: cannot listen on 127.0.0.1:%u\n", port);
        return 2;
    }
    QTextStream out(stdout);
    out << "cutover-fake-llm listening on 127.0.0.1:" << server.port() << "\n"
        << "  openai    base URL " << server.openAiBaseUrl() << "\n"
        << "  anthropic base URL " << server.anthropicBaseUrl() << "\n";
    out.flush();
    return app.exec();
}
