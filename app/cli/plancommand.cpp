#include "cliapp.h"
#include "core/plan/planjson.h"
#include "core/plan/planstore.h"
#include "core/project/projectfile.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace Cutover::Cli {
namespace {

int planExport(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"path"_s, Tr::tr("The project file (*.cutover)."),
                                 u"plan export <path>"_s);
    const QCommandLineOption output({u"o"_s, u"output"_s},
                                    Tr::tr("Write the JSON to <file> instead of stdout."),
                                    u"file"_s);
    parser.addOption(output);
    if (int code = parse(parser, u"plan export"_s,
                         Tr::tr("Print the project's migration plan as JSON."), arguments, 1, 1);
        code >= 0)
        return code;

    ProjectOpenOptions options;
    options.readOnly = true;
    auto project = ProjectFile::open(parser.positionalArguments().constFirst(), options);
    if (!project)
        return fail(project.error());
    auto plan = PlanStore::load(project.value()->database());
    if (!plan)
        return fail(plan.error());
    const QByteArray json = PlanJson::toBytes(plan.value());

    if (!parser.isSet(output)) {
        outBytes(json);
        return Success;
    }
    const QString target = parser.value(output);
    QSaveFile file(target);
    if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size() || !file.commit()) {
        return fail(BadInput, Tr::tr("%1: could not write: %2")
                                      .arg(QDir::toNativeSeparators(target), file.errorString()));
    }
    return Success;
}

int planImport(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"path"_s, Tr::tr("The project file (*.cutover)."),
                                 u"plan import <path>"_s);
    parser.addPositionalArgument(u"file"_s,
                                 Tr::tr("The plan as JSON, as written by \"plan export\"."),
                                 u"<file.json>"_s);
    if (int code = parse(parser, u"plan import"_s,
                         Tr::tr("Replace the project's migration plan with the one in a JSON "
                                "file."),
                         arguments, 2, 2);
        code >= 0)
        return code;

    const QString projectPath = parser.positionalArguments().at(0);
    const QString jsonPath = parser.positionalArguments().at(1);
    QFile file(jsonPath);
    if (!file.open(QIODevice::ReadOnly))
        return fail(BadInput, Tr::tr("%1: cannot read: %2")
                                      .arg(QDir::toNativeSeparators(jsonPath), file.errorString()));
    auto plan = PlanJson::fromBytes(file.readAll());
    if (!plan) {
        return fail(BadInput,
                    Tr::tr("%1: %2").arg(QDir::toNativeSeparators(jsonPath), plan.error().message));
    }

    auto project = ProjectFile::open(projectPath);
    if (!project)
        return fail(project.error());
    if (project.value()->isReadOnly())
        return fail(BadInput, project.value()->readOnlyMessage());
    if (Result<void> saved = PlanStore::save(project.value()->database(), plan.value()); !saved)
        return fail(saved.error());
    if (Result<void> closed = project.value()->close(); !closed)
        return fail(closed.error());
    return Success;
}

} // namespace

int runPlan(const QStringList &arguments)
{
    const QString sub = arguments.value(0);
    if (sub == u"export")
        return planExport(arguments.mid(1));
    if (sub == u"import")
        return planImport(arguments.mid(1));
    const QString help = Tr::tr("Usage: cutover-cli plan export <path> [-o <file>]\n"
                                "       cutover-cli plan import <path> <file.json>\n");
    if (sub == u"--help" || sub == u"-h") {
        out(help);
        return Success;
    }
    return fail(UsageError,
                sub.isEmpty()
                        ? Tr::tr("plan: missing subcommand, export or import (see: cutover-cli "
                                 "plan --help)")
                        : Tr::tr("plan: unknown subcommand \"%1\" (see: cutover-cli plan --help)")
                                  .arg(sub));
}

} // namespace Cutover::Cli
