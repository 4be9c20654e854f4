#include "cliapp.h"

#include <QTextStream>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace Cutover::Cli {

int runStats(const QStringList &arguments); // statscommand.cpp

QList<Command> commands()
{
    return {
            {u"new"_s, Tr::tr("Create a new, empty project file."), &runNew},
            {u"info"_s, Tr::tr("Show a project's schema version, contents and integrity."),
             &runInfo},
            {u"plan"_s, Tr::tr("Export or import a project's migration plan as JSON."), &runPlan},
            {u"report"_s, Tr::tr("Write the plan report as a PDF."), &runReport, true},
            {u"ask"_s, Tr::tr("Send a prompt to a model endpoint and print the answer."), &runAsk},
            {u"endpoint"_s, Tr::tr("List, add or remove a project's model endpoints."),
             &runEndpoint},
            {u"convert"_s, Tr::tr("Convert conversation records between formats."), &runConvert},
            {u"prompt"_s, Tr::tr("Add or list a project's prompts."), &runPrompt},
            {u"cases"_s, Tr::tr("Import test cases from CSV, JSONL or stored conversations."),
             &runCases},
            {u"run"_s,
             Tr::tr("Run a prompt over the test cases on endpoints and store the results."),
             &runRun},
            {u"stats"_s,
             Tr::tr("Compare two variants of a project's runs, with intervals and the plan's "
                    "verdicts."),
             &runStats},
    };
}

void outBytes(const QByteArray &bytes)
{
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

void out(const QString &text)
{
    outBytes(text.toUtf8());
}

void err(const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
    std::fflush(stderr);
}

int fail(ExitCode code, const QString &message)
{
    QString line = message.simplified();
    err(u"cutover-cli: "_s + line + u'\n');
    return code;
}

int fail(const Error &error)
{
    switch (error.kind) {
    case ErrorKind::Generic:
    case ErrorKind::Io:
    case ErrorKind::BadInput:
    case ErrorKind::NotCutover:
    case ErrorKind::Corrupt:
    case ErrorKind::NewerVersion:
    case ErrorKind::ReadOnly:
    case ErrorKind::Locked:
    case ErrorKind::Cancelled:
    case ErrorKind::Network:
    case ErrorKind::Provider:
        break;
    }
    return fail(BadInput, error.message);
}

int parse(QCommandLineParser &parser, const QString &command, const QString &description,
          const QStringList &arguments, int minPositional, int maxPositional)
{
    parser.setApplicationDescription(description);
    const QCommandLineOption help({u"h"_s, u"help"_s}, Tr::tr("Show this help."));
    parser.addOption(help);
    if (!parser.parse(QStringList{u"cutover-cli "_s + command} + arguments))
        return fail(UsageError,
                    Tr::tr("%1 (see: cutover-cli %2 --help)").arg(parser.errorText(), command));
    if (parser.isSet(help)) {
        out(parser.helpText());
        return Success;
    }
    const qsizetype n = parser.positionalArguments().size();
    if (n < minPositional)
        return fail(UsageError,
                    Tr::tr("missing argument (see: cutover-cli %1 --help)").arg(command));
    if (maxPositional >= 0 && n > maxPositional)
        return fail(UsageError,
                    Tr::tr("unexpected argument \"%1\" (see: cutover-cli %2 --help)")
                            .arg(parser.positionalArguments().at(maxPositional), command));
    return -1;
}

} // namespace Cutover::Cli
