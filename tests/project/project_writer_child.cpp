// Helper process for tst_projectfile.
//
//   project_writer_child write <project> <first> <last>
//       opens the project and, for n = first..last, saves a plan titled
//       "edit n" and the meta row "edit-n" = n, each in its own transaction,
//       printing n on stdout after both committed. The test kills it.
//   project_writer_child hold <project>
//       opens the project, prints "ready <0|1>" (1 = read-only) and keeps it
//       open until stdin is closed, then closes it cleanly.
//   project_writer_child fsize <project>
//       opens the project, forbids this process to grow any file by more than
//       64 KiB (RLIMIT_FSIZE: write() fails with EFBIG, a real I/O error),
//       tries to save a 1 MB plan and reports each outcome on stdout.
//   project_writer_child fixture <project> <schema version>
//       writes a small real project with TestPlans::full(), made with the
//       migrations up to that version, VACUUMed (tests/project/fixtures).

#include "core/plan/planstore.h"
#include "core/project/projectfile.h"
#include "tests/support/testplans.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>

#include <cstdio>

#ifdef Q_OS_UNIX
#include <csignal>
#include <sys/resource.h>
#endif

using namespace Cutover;
using namespace Qt::StringLiterals;

namespace {

int fail(const QString &message)
{
    std::fprintf(stderr, "%s\n", qPrintable(message));
    return 1;
}

int write(const QString &path, qint64 first, qint64 last)
{
    auto project = ProjectFile::open(path);
    if (!project)
        return fail(project.error().message);
    if (project.value()->isReadOnly())
        return fail(project.value()->readOnlyMessage());
    Plan plan = TestPlans::full();
    for (qint64 n = first; n <= last; ++n) {
        plan.title = u"edit %1"_s.arg(n);
        if (auto r = PlanStore::save(project.value()->database(), plan); !r)
            return fail(r.error().message);
        if (auto r = project.value()->setMeta(u"edit-%1"_s.arg(n), QString::number(n)); !r)
            return fail(r.error().message);
        std::printf("%lld\n", static_cast<long long>(n));
        std::fflush(stdout);
    }
    return project.value()->close() ? 0 : 1;
}

int hold(const QString &path)
{
    auto project = ProjectFile::open(path);
    if (!project)
        return fail(project.error().message);
    std::printf("ready %d\n", project.value()->isReadOnly() ? 1 : 0);
    std::fflush(stdout);
    while (std::fgetc(stdin) != EOF) {
    }
    return project.value()->close() ? 0 : 1;
}

int fileSizeLimit(const QString &path)
{
#ifdef Q_OS_UNIX
    auto project = ProjectFile::open(path);
    if (!project)
        return fail(project.error().message);
    ProjectFile &f = *project.value();
    std::signal(SIGXFSZ, SIG_IGN);
    const rlim_t limit = rlim_t(QFileInfo(path).size() + 65536);
    rlimit r{limit, limit};
    if (::setrlimit(RLIMIT_FSIZE, &r) != 0)
        return fail(u"setrlimit failed"_s);
    Plan big = TestPlans::full();
    big.notes = QString(1000000, u'x');
    const Result<void> saved = PlanStore::save(f.database(), big);
    std::printf("save %d %d\t%s\n", saved.ok() ? 1 : 0, saved.ok() ? -1 : int(saved.error().kind),
                saved.ok() ? "" : qPrintable(saved.error().message));
    const Result<Plan> loaded = PlanStore::load(f.database());
    std::printf("load %d\n", loaded.ok() && loaded.value() == TestPlans::full() ? 1 : 0);
    const Result<void> meta = f.setMeta(u"after-error"_s, u"small"_s);
    std::printf("meta %d\t%s\n", meta.ok() ? 1 : 0,
                meta.ok() ? "" : qPrintable(meta.error().message));
    const Result<void> closed = f.close();
    std::printf("close %d\t%s\n", closed.ok() ? 1 : 0,
                closed.ok() ? "" : qPrintable(closed.error().message));
    std::fflush(stdout);
    return 0;
#else
    Q_UNUSED(path);
    return fail(u"fsize needs RLIMIT_FSIZE"_s);
#endif
}

int fixture(const QString &path, int version)
{
    ProjectFile::OpenOptions options;
    options.migrations.clear();
    for (const Schema::Migration &m : Schema::migrations()) {
        if (m.toVersion <= version)
            options.migrations.append(m);
    }
    QTemporaryDir dir;
    auto project = ProjectFile::create(dir.filePath(u"fixture.cutover"_s), options);
    if (!project)
        return fail(project.error().message);
    if (auto r = PlanStore::save(project.value()->database(), TestPlans::full()); !r)
        return fail(r.error().message);
    QFile::remove(path);
    if (auto r = project.value()->saveAs(path); !r)
        return fail(r.error().message);
    return project.value()->close() ? 0 : 1;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() == 5 && args.at(1) == u"write"_s)
        return write(args.at(2), args.at(3).toLongLong(), args.at(4).toLongLong());
    if (args.size() == 3 && args.at(1) == u"hold"_s)
        return hold(args.at(2));
    if (args.size() == 3 && args.at(1) == u"fsize"_s)
        return fileSizeLimit(args.at(2));
    if (args.size() == 4 && args.at(1) == u"fixture"_s)
        return fixture(QDir::current().absoluteFilePath(args.at(2)), args.at(3).toInt());
    return fail(u"usage: project_writer_child write <project> <first> <last> | hold <project> | "
                "fixture <project> <version>"_s);
}
