// cutover-cli cases import: test cases from CSV or JSONL, or from stored
// conversations in any of the five conversion formats, into the project.

#include "cliapp.h"
#include "core/project/projectfile.h"
#include "core/runs/caseimport.h"
#include "core/runs/casestore.h"
#include "core/runs/conversationcases.h"

#include <QFileInfo>
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
    parser.addPositionalArgument(u"file"_s,
                                 Tr::tr("A .csv or .jsonl file of cases, or a file of "
                                        "conversations (see --conversations)."),
                                 u"<file>"_s);
    const QCommandLineOption json(u"json"_s, Tr::tr("Print the counts as JSON."));
    const QCommandLineOption conversations(
            u"conversations"_s,
            Tr::tr("The file holds conversations (OpenAI chat, Anthropic Messages, ShareGPT, "
                   "Alpaca or Gemini; JSON Lines or one JSON array): each becomes a case with "
                   "the variables system, input (the last user turn) and history (earlier turns "
                   "as JSON); the last assistant answer is the reference; metadata tags become "
                   "tags. Implied by --format and by a .json file."));
    const QCommandLineOption format(u"format"_s,
                                    Tr::tr("The conversations' format: auto (the default), "
                                           "openai, anthropic, sharegpt, alpaca or gemini."),
                                    u"format"_s, u"auto"_s);
    parser.addOptions({json, conversations, format});
    if (int code = parse(parser, u"cases import"_s,
                         Tr::tr("Import test cases: every column or key becomes a variable; "
                                "\"expected\" is the reference answer; \"tags\", "
                                "\"assertions\" and \"pass_threshold\" are read as such. All or "
                                "nothing: a problem names the file and line. From conversations "
                                "(--conversations): one case per conversation; those without a "
                                "user turn are counted and listed, not imported."),
                         arguments, 2, 2);
        code >= 0)
        return code;
    const QString file = parser.positionalArguments().at(1);
    const bool fromConversations
            = parser.isSet(conversations) || parser.isSet(format)
              || QFileInfo(file).suffix().compare(u"json"_s, Qt::CaseInsensitive) == 0;
    std::optional<ConversationCases::Import> conversationImport;
    Result<CaseImportResult> imported = CaseImportResult{};
    if (fromConversations) {
        ConversationCases::Options options;
        const QString name = parser.value(format);
        if (name != u"auto") {
            const auto spec = Convert::formatSpecFromName(name.toStdString());
            if (!spec)
                return fail(BadInput,
                            Tr::tr("unknown format \"%1\" for --format; use auto, openai, "
                                   "anthropic, sharegpt, alpaca or gemini (add -array for one "
                                   "JSON array)")
                                    .arg(name));
            options.format = spec->format;
            if (name.endsWith(u"-array") || name.endsWith(u"-jsonl"))
                options.container = spec->container;
        }
        auto read = ConversationCases::fromFile(file, options);
        if (!read)
            return fail(BadInput, read.error().message);
        imported = read->result;
        conversationImport = std::move(read.value());
    } else {
        imported = CaseImport::fromFile(file);
    }
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
        QJsonObject o{{u"imported"_s, qint64(ids->size())},
                      {u"total"_s, total.value()},
                      {u"variables"_s, QJsonArray::fromStringList(imported->variables)}};
        if (conversationImport) {
            const ConversationCases::Import &c = *conversationImport;
            QJsonArray skipped;
            for (const ConversationCases::Skipped &k : std::as_const(c.skipped))
                skipped.append(QJsonObject{{u"line"_s, qint64(k.line)}, {u"reason"_s, k.reason}});
            o.insert(u"conversations"_s,
                     QJsonObject{{u"format"_s, QString::fromLatin1(Convert::formatName(c.format))},
                                 {u"container"_s, c.container == Convert::Container::Array
                                                          ? u"array"_s
                                                          : u"jsonl"_s},
                                 {u"detected"_s, c.detected},
                                 {u"records"_s, qint64(c.records)},
                                 {u"skipped"_s, qint64(c.skippedCount)},
                                 {u"first_skipped"_s, skipped},
                                 {u"with_dropped_parts"_s, qint64(c.withDroppedParts)}});
        }
        outBytes(QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n');
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
        out(Tr::tr("Usage: cutover-cli cases import <path> <file.csv|file.jsonl> [--json]\n"
                   "       cutover-cli cases import <path> <conversations> --conversations "
                   "[--format auto|openai|anthropic|sharegpt|alpaca|gemini] [--json]\n"));
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
