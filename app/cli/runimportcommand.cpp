// cutover-cli run import: results recorded elsewhere (production logs of the
// current model, another tool's run, sample data) stored as a run of the
// project, to review, rate and compare offline.

#include "cliapp.h"
#include "core/project/projectfile.h"
#include "core/prompts/promptstore.h"
#include "core/runs/resultimport.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Cutover::Cli {

int runRunImport(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"path"_s, Tr::tr("The project file (*.cutover)."),
                                 u"run import <path>"_s);
    parser.addPositionalArgument(u"results"_s,
                                 Tr::tr("The recorded results, JSON Lines (one result per "
                                        "line; see README)."),
                                 u"<results.jsonl>"_s);
    const QCommandLineOption prompt(u"prompt"_s,
                                    Tr::tr("The prompt the results answer, NAME or NAME@VERSION "
                                           "(default: latest)."),
                                    u"name"_s);
    const QCommandLineOption endpoints(u"endpoints"_s,
                                       Tr::tr("Comma-separated endpoint names; the first is the "
                                              "baseline."),
                                       u"names"_s);
    const QCommandLineOption note(u"note"_s,
                                  Tr::tr("A note shown with the run, e.g. where the results come "
                                         "from."),
                                  u"text"_s);
    const QCommandLineOption json(u"json"_s, Tr::tr("Print the summary as one JSON object."));
    parser.addOptions({prompt, endpoints, note, json});
    if (int code = parse(parser, u"run import"_s,
                         Tr::tr("Store results recorded elsewhere as a run of the project, with "
                                "their assertions evaluated. Nothing is stored unless the whole "
                                "file is valid. Exit code 0: imported; 2: bad input."),
                         arguments, 2, 2);
        code >= 0)
        return code;
    if (!parser.isSet(prompt) || !parser.isSet(endpoints))
        return fail(UsageError, Tr::tr("missing --prompt or --endpoints (see: cutover-cli run "
                                       "import --help)"));
    auto ref = PromptStore::parseRef(parser.value(prompt));
    if (!ref)
        return fail(UsageError, ref.error().message);
    ResultImport::Options options;
    options.spec.promptName = ref->name;
    options.spec.promptVersion = ref->version;
    for (const QString &name : parser.value(endpoints).split(u',', Qt::SkipEmptyParts))
        options.spec.endpoints.append(name.trimmed());
    if (options.spec.endpoints.isEmpty())
        return fail(UsageError, Tr::tr("--endpoints names no endpoint"));
    options.note = parser.value(note);

    auto project = ProjectFile::open(parser.positionalArguments().constFirst());
    if (!project)
        return fail(project.error());
    if (project.value()->isReadOnly())
        return fail(BadInput, project.value()->readOnlyMessage());
    auto summary = ResultImport::importJsonl(project.value()->database(),
                                             parser.positionalArguments().at(1), options);
    if (!summary)
        return fail(summary.error());
    if (auto closed = project.value()->close(); !closed)
        return fail(closed.error());
    if (parser.isSet(json)) {
        const QJsonObject o{{u"run_id"_s, summary->runId},
                            {u"results"_s, summary->results},
                            {u"repeats"_s, summary->repeats}};
        outBytes(QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n');
    } else {
        out(Tr::tr("Imported %n result(s) as run %1.", nullptr, int(summary->results))
                    .arg(summary->runId)
            + u'\n');
    }
    return Success;
}

} // namespace Cutover::Cli
