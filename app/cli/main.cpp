// cutover-cli: the command-line twin of Cutover, over the same core.
// Thin: pick the subcommand, create the right application object, run it.

#include "cliapp.h"
#include "core/util/languages.h"
#include "core/version.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <memory>

using namespace Qt::StringLiterals;
using namespace Cutover;

namespace {

// Qt's own diagnostics ("XDG_RUNTIME_DIR not set", font fallbacks) are noise
// on a script's stderr, where each failure is one line of ours. Set
// CUTOVER_DEBUG=1 to see them.
void quietMessageHandler(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    if (type == QtFatalMsg || qEnvironmentVariableIsSet("CUTOVER_DEBUG"))
        Cli::err(message + u'\n');
}

int usage()
{
    QString text = Cli::Tr::tr("Usage: cutover-cli <command> [options] [arguments]\n\n"
                               "Commands:\n");
    for (const Cli::Command &c : Cli::commands())
        text += u"  "_s + c.name.leftJustified(10) + c.summary + u'\n';
    text += Cli::Tr::tr(
            "\nRun \"cutover-cli <command> --help\" for a command's options.\n"
            "Exit codes: 0 success, 1 usage error, 2 bad or unreadable input, 3 provider "
            "failure, 4 assertions failed (run), 5 records rejected (convert), 130 "
            "interrupted.\n");
    Cli::out(text);
    return Cli::Success;
}

} // namespace

int main(int argc, char *argv[])
{
    const QString name = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QString();
    const QList<Cli::Command> all = Cli::commands();
    const auto command = std::find_if(all.cbegin(), all.cend(),
                                      [&name](const Cli::Command &c) { return c.name == name; });

    qInstallMessageHandler(quietMessageHandler);

    // Reports need fonts and QPdfWriter, hence a QGuiApplication; everything
    // else starts faster with a QCoreApplication.
    std::unique_ptr<QCoreApplication> app;
    if (command != all.cend() && command->needsGui) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setOrganizationName(u"Cutover"_s);
    QCoreApplication::setApplicationName(u"cutover-cli"_s);
    QCoreApplication::setApplicationVersion(QString::fromLatin1(kVersion));
    Languages::install(Languages::resolve(QString()));

    QStringList arguments = QCoreApplication::arguments().mid(1);
    if (arguments.isEmpty()) {
        usage();
        return Cli::UsageError;
    }
    if (name == u"--help" || name == u"-h" || name == u"help")
        return usage();
    if (name == u"--version" || name == u"-v") {
        Cli::out(u"cutover-cli "_s + QString::fromLatin1(kVersion) + u'\n');
        return Cli::Success;
    }
    if (command == all.cend()) {
        return Cli::fail(Cli::UsageError,
                         Cli::Tr::tr("unknown command \"%1\" (see: cutover-cli --help)").arg(name));
    }
    arguments.removeFirst();
    return command->run(arguments);
}
