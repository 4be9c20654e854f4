// Helper process for tst_batchrunner.
//
//   batchrun_child <project> <run id>
//       opens the project and runs the stored batch run, printing
//       "stored <n>" after each result is committed; the test kills it with
//       SIGKILL part-way. Exits 0 when the run is done.

#include "core/endpoints/secretstore.h"
#include "core/project/projectfile.h"
#include "core/providers/providerclient.h"
#include "core/runs/batchrunner.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>

#include <cstdio>

using namespace Cutover;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 3) {
        std::fprintf(stderr, "usage: batchrun_child <project> <run id>\n");
        return 1;
    }
    auto project = ProjectFile::open(args.at(1));
    if (!project || project.value()->isReadOnly()) {
        std::fprintf(stderr, "cannot open the project\n");
        return 1;
    }
    QNetworkAccessManager nam;
    ProviderClient client(&nam);
    SecretStore secrets(QProcessEnvironment::systemEnvironment());
    BatchRunner runner(project.value()->database(), &client, &secrets);
    qint64 stored = 0;
    QObject::connect(&runner, &BatchRunner::resultStored, &app, [&stored] {
        std::printf("stored %lld\n", static_cast<long long>(++stored));
        std::fflush(stdout);
    });
    QObject::connect(&runner, &BatchRunner::finished, &app,
                     [&app](RunStatus status, const QString &) {
                         app.exit(status == RunStatus::Done ? 0 : 2);
                     });
    if (auto r = runner.start(args.at(2).toLongLong()); !r) {
        std::fprintf(stderr, "%s\n", qPrintable(r.error().message));
        return 1;
    }
    const int code = app.exec();
    return project.value()->close() ? code : 1;
}
