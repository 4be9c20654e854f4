// cutover: the desktop application. Thin: parse arguments, set up the
// application, language and window, open the project given on the command line.

#include "core/util/languages.h"
#include "core/version.h"
#include "ui/shell/appsettings.h"
#include "ui/shell/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QEvent>
#include <QFileInfo>
#include <QIcon>
#include <QLocale>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {

// For start-up benchmarks: quits once the main window has been painted.
class FirstPaintWatcher final : public QObject
{
public:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_seen) {
            m_seen = true;
            QTimer::singleShot(0, qApp, &QCoreApplication::quit);
        }
        return QObject::eventFilter(watched, event);
    }

private:
    bool m_seen = false;
};

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"Cutover"_s);
    QApplication::setApplicationName(u"Cutover"_s);
    QApplication::setApplicationVersion(QString::fromLatin1(Cutover::kVersion));
    QApplication::setDesktopFileName(QString::fromLatin1(Cutover::kAppId));
    QApplication::setWindowIcon(QIcon(u":/icons/cutover.svg"_s));

    Cutover::AppSettings settings;

    QCommandLineParser parser;
    parser.setApplicationDescription(
            QApplication::translate("main", "Cutover: migrate an LLM application between models."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption language(
            u"lang"_s, QApplication::translate("main", "User interface language (en, zh_CN)."),
            u"code"_s);
    const QCommandLineOption quitAfterShow(
            u"quit-after-show"_s,
            QApplication::translate("main", "Quit as soon as the window is shown (start-up "
                                            "benchmarks)."));
    parser.addOption(language);
    parser.addOption(quitAfterShow);
    parser.addPositionalArgument(u"project"_s,
                                 QApplication::translate("main", "A .cutover project to open."),
                                 u"[project]"_s);
    parser.process(app);

    const QString code = Cutover::Languages::resolve(parser.isSet(language) ? parser.value(language)
                                                                            : settings.language());
    Cutover::Languages::install(code);
    // Dates and numbers follow the chosen language, not only the messages.
    if (QLocale().name().left(2) != code.left(2))
        QLocale::setDefault(QLocale(code));

    Cutover::MainWindow window(&settings);
    if (!parser.positionalArguments().isEmpty())
        window.openProject(QFileInfo(parser.positionalArguments().constFirst()).absoluteFilePath());
    FirstPaintWatcher watcher;
    if (parser.isSet(quitAfterShow))
        window.installEventFilter(&watcher);
    window.show();
    return app.exec();
}
