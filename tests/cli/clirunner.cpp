#include "clirunner.h"

#include <QFile>
#include <QProcess>
#include <QTest>

using namespace Qt::StringLiterals;

namespace Cutover::CliRunner {

QProcessEnvironment RunOptions::defaultEnvironment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"CUTOVER_DEBUG"_s);
    return env;
}

Run runCli(const QStringList &arguments, const RunOptions &options)
{
    QProcess p;
    p.setProcessEnvironment(options.environment);
    p.start(QString::fromUtf8(CUTOVER_CLI), arguments);
    if (!p.waitForStarted(10000))
        return {};
    if (!options.stdinBytes.isEmpty())
        p.write(options.stdinBytes);
    p.closeWriteChannel();
    if (!QTest::qWaitFor([&p] { return p.state() == QProcess::NotRunning; }, options.timeoutMs)) {
        p.kill();
        p.waitForFinished();
        return {};
    }
    Run r;
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

} // namespace Cutover::CliRunner
