// Whole-process start-up times, interleaved with references in the same run:
//   cutover  --quit-after-show DEMO   vs  a bare QMainWindow painted once
//   cutover-cli info DEMO             vs  cutover-cli --version
// Usage: bench_startup [--rounds N] [--platform offscreen|xcb]
// Prints medians (ms) and median per-round ratios.

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEvent>
#include <QMainWindow>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    const qsizetype n = v.size();
    return n == 0 ? 0.0 : (n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2.0);
}

double timeProcess(const QString &program, const QStringList &arguments,
                   const QProcessEnvironment &env)
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QElapsedTimer timer;
    timer.start();
    p.start(program, arguments);
    if (!p.waitForFinished(60000) || p.exitCode() != 0) {
        std::fprintf(stderr, "failed: %s\n", qPrintable(program + u' ' + arguments.join(u' ')));
        std::exit(1);
    }
    return double(timer.nsecsElapsed()) / 1e6;
}

class PaintQuit final : public QObject
{
public:
    bool eventFilter(QObject *o, QEvent *e) override
    {
        if (e->type() == QEvent::Paint)
            QTimer::singleShot(0, qApp, &QCoreApplication::quit);
        return QObject::eventFilter(o, e);
    }
};

int bareWindow(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QMainWindow window;
    window.resize(1200, 800);
    PaintQuit quit;
    window.installEventFilter(&quit);
    window.show();
    return app.exec();
}

} // namespace

int main(int argc, char *argv[])
{
    if (argc > 1 && qstrcmp(argv[1], "--bare-window") == 0)
        return bareWindow(argc, argv);

    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption rounds(u"rounds"_s, u"Rounds (default 15)."_s, u"n"_s, u"15"_s);
    const QCommandLineOption platform(u"platform"_s, u"QPA platform (default offscreen)."_s,
                                      u"name"_s, u"offscreen"_s);
    parser.addOptions({rounds, platform});
    parser.process(app);

    QTemporaryDir home;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"QT_QPA_PLATFORM"_s, parser.value(platform));
    env.insert(u"HOME"_s, home.path()); // fresh settings, no recent files
    env.insert(u"XDG_CONFIG_HOME"_s, home.path() + u"/config"_s);

    // Work on a copy of the demo so that the GUI's lock and writes do not touch it.
    const QString demo = home.filePath(u"demo.cutover"_s);
    QFile::copy(QStringLiteral(CUTOVER_DEMO), demo);
    QFile::setPermissions(demo, QFile::ReadOwner | QFile::WriteOwner);

    const QString self = QCoreApplication::applicationFilePath();
    QList<double> gui, bare, info, version, guiRatio, infoRatio;
    const int n = parser.value(rounds).toInt();
    // One warm-up round each, then interleave.
    timeProcess(QStringLiteral(CUTOVER_GUI), {u"--quit-after-show"_s, demo}, env);
    timeProcess(self, {u"--bare-window"_s}, env);
    for (int i = 0; i < n; ++i) {
        const double g
                = timeProcess(QStringLiteral(CUTOVER_GUI), {u"--quit-after-show"_s, demo}, env);
        const double b = timeProcess(self, {u"--bare-window"_s}, env);
        const double c = timeProcess(QStringLiteral(CUTOVER_CLI), {u"info"_s, demo}, env);
        const double v = timeProcess(QStringLiteral(CUTOVER_CLI), {u"--version"_s}, env);
        gui << g;
        bare << b;
        info << c;
        version << v;
        guiRatio << g / b;
        infoRatio << c / v;
    }
    std::printf("rounds: %d, platform: %s\n", n, qPrintable(parser.value(platform)));
    std::printf("| what | median ms | reference | reference median ms | median ratio |\n");
    std::printf("|---|---|---|---|---|\n");
    std::printf("| cutover --quit-after-show demo (painted main window) | %.1f | bare QMainWindow "
                "painted | %.1f | %.2f |\n",
                median(gui), median(bare), median(guiRatio));
    std::printf("| cutover-cli info demo (full integrity check) | %.1f | cutover-cli --version | "
                "%.1f | %.2f |\n",
                median(info), median(version), median(infoRatio));
    return 0;
}
