// cutover-cli cases import: test cases from CSV or JSONL into the project.

#include "cliapp.h"
#include "core/project/projectfile.h"
#include "core/runs/caseimport.h"
#include "core/runs/casestore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Cutover::Cli {
namespace {

int casesImport(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"path"_s, Tr::tr("The project file (*.cutover)."),
                                 u"cases import <path>"_s);
    parser.addPositionalArgument(u"file"_s, Tr::tr("A .csv or .jsonl file of cases."), u"<file>"_s);
    const QCommandLineOption json(u"json"_s, Tr::tr("Print the counts as JSON."));
    parser.addOption(json);
    if (int code = parse(parser, u"cases import"_s,
                         Tr::tr("Import test cases: every column or key becomes a variable; "
                                "\"expected\" is the reference answer; \"tags\", "
                                "\"assertions\" and \"pass_threshold\" are read as such. All or "
                                "nothing: a problem names the file and line."),
                         arguments, 2, 2);
        code >= 0)
        return code;
    auto imported = CaseImport::fromFile(parser.positionalArguments().at(1));
    if (!imported)
        return fail(BadInput, imported.error().message);
    for (const QString &warning : std::as_const(imported->warnings))
        err(u"cutover-cli: "_s + warning + u'\n');
    ProjectOpenOptions options;
    auto project = ProjectFile::open(parser.positionalArguments().at(0), options);
    if (!project)
        return fail(project.error());
    if (project.value()->isReadOnly())
        return fail(BadInput, project.value()->readOnlyMessage());
    auto ids = CaseStore::add(project.value()->database(), imported->cases);
    if (!ids)
        return fail(ids.error());
    auto total = CaseStore::count(project.value()->database());
    if (!total)
        return fail(total.error());
    if (Result<void> closed = project.value()->close(); !closed)
        return fail(closed.error());
    if (parser.isSet(json)) {
        outBytes(QJsonDocument(QJsonObject{{u"imported"_s, qint64(ids->size())},
                                           {u"total"_s, total.value()},
                                           {u"variables"_s,
                                            QJsonArray::fromStringList(imported->variables)}})
                         .toJson(QJsonDocument::Compact)
                 + '\n');
    } else {
        out(Tr::tr("%n case(s) imported", nullptr, int(ids->size()))
            + Tr::tr("; the project has %1 in all (variables: %2)\n")
                      .arg(total.value())
                      .arg(imported->variables.join(u", "_s)));
    }
    return Success;
}

} // namespace

int runCases(const QStringList &arguments)
{
    const QString sub = arguments.value(0);
    if (sub == u"import")
        return casesImport(arguments.mid(1));
    if (sub == u"--help" || sub == u"-h") {
        out(Tr::tr("Usage: cutover-cli cases import <path> <file.csv|file.jsonl> [--json]\n"));
        return Success;
    }
    return fail(UsageError,
                sub.isEmpty() ? Tr::tr("cases: missing subcommand import (see: cutover-cli cases "
                                       "--help)")
                              : Tr::tr("cases: unknown subcommand \"%1\" (see: cutover-cli cases "
                                       "--help)")
                                        .arg(sub));
}

} // namespace Cutover::Cli
