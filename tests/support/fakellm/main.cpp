#include "core/util/languages.h"
#include "tests/support/fakellm/fakellmserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

using namespace Qt::StringLiterals;
using Cutover::FakeLlm::FakeLlmServer;
using Cutover::FakeLlm::FakeReply;

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cutover::FakeLlm)
};
} // namespace

// cutover-fake-llm: a local stand-in for an LLM provider. It answers OpenAI
// chat completions at http://127.0.0.1:PORT/v1 and Anthropic messages at
// http://127.0.0.1:PORT, streaming or not, echoing the last user message
// (or --reply TEXT). Any key is accepted.
int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"cutover-fake-llm"_s);
    Cutover::Languages::install(Cutover::Languages::resolve(QString()));
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr(
            "Local fake LLM server speaking OpenAI chat completions and Anthropic messages."));
    parser.addHelpOption();
    const QCommandLineOption portOption(u"port"_s, Tr::tr("TCP port (0: any free port)."), u"N"_s,
                                        u"0"_s);
    const QCommandLineOption replyOption(u"reply"_s, Tr::tr("Fixed reply text instead of an echo."),
                                         u"TEXT"_s);
    const QCommandLineOption latencyOption(u"latency-ms"_s, Tr::tr("Delay before each response."),
                                           u"MS"_s, u"0"_s);
    const QCommandLineOption tokenOption(u"token-delay-ms"_s,
                                         Tr::tr("Delay between streamed tokens."), u"MS"_s, u"0"_s);
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
