#pragma once

#include <QByteArray>
#include <QProcessEnvironment>
#include <QStringList>

namespace Cutover::CliRunner {

// What a script sees of one cutover-cli run.
struct Run
{
    int exitCode = -1; // -1: did not start or timed out; -2: crashed
    QByteArray out;
    QByteArray err;
};

struct RunOptions
{
    // The process environment; by default the test's own without CUTOVER_DEBUG
    // (which would add Qt's diagnostics to stderr).
    QProcessEnvironment environment = defaultEnvironment();
    QByteArray stdinBytes; // written to the program's stdin, which is then closed
    int timeoutMs = 60000;

    static QProcessEnvironment defaultEnvironment();
};

// Runs cutover-cli (CUTOVER_CLI) with `arguments`, keeping the test's event
// loop turning meanwhile, so that in-process servers (FakeLlmServer) answer.
Run runCli(const QStringList &arguments, const RunOptions &options = {});

// Writes `bytes` to `path`; false on any error.
bool writeFile(const QString &path, const QByteArray &bytes);

} // namespace Cutover::CliRunner
