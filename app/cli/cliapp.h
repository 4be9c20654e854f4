#pragma once

#include "core/util/result.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <functional>

// The command-line twin's plumbing: subcommands, exit codes, output.
namespace Cutover::Cli {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cutover::Cli)
};

// Documented in README.md ("Exit codes"); scripts depend on them.
enum ExitCode {
    Success = 0,
    UsageError = 1,       // unknown command or option, missing argument
    BadInput = 2,         // an input file is missing, unreadable or malformed
    ProviderFailure = 3,  // the provider or the network failed (after retries), or a cut stream
    AssertionsFailed = 4, // run finished, but more results failed their assertions than allowed
    RecordsRejected = 5,  // convert finished, but some records were rejected (see --rejects)
    Interrupted = 130,    // cancelled with Ctrl+C (ask, convert)
};

struct Command
{
    QString name;                                         // "plan export"
    QString summary;                                      // one line for `cutover-cli --help`
    std::function<int(const QStringList &arguments)> run; // arguments after the name
    bool needsGui = false; // runs under a QGuiApplication (offscreen platform)
};

QList<Command> commands();

// Writes to stdout / stderr (UTF-8, flushed).
void out(const QString &text);
void outBytes(const QByteArray &bytes);
void err(const QString &text);

// Prints "cutover-cli: <message>" to stderr and returns `code`.
int fail(ExitCode code, const QString &message);
// Maps an Error to the exit code and message.
int fail(const Error &error);

// Sets up `parser` for a subcommand (name, description, --help), parses
// `arguments` and handles --help. Returns -1 to go on, or the exit code.
int parse(QCommandLineParser &parser, const QString &command, const QString &description,
          const QStringList &arguments, int minPositional, int maxPositional);

// The individual commands (one file each).
int runNew(const QStringList &arguments);
int runInfo(const QStringList &arguments);
int runPlan(const QStringList &arguments);
int runReport(const QStringList &arguments);
int runAsk(const QStringList &arguments);
int runEndpoint(const QStringList &arguments);
int runConvert(const QStringList &arguments);
int runPrompt(const QStringList &arguments);
int runCases(const QStringList &arguments);
int runRun(const QStringList &arguments);

} // namespace Cutover::Cli
