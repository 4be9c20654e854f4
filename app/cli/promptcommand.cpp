// cutover-cli prompt add|list: the project's prompt library.

#include "cliapp.h"
#include "core/project/projectfile.h"
#include "core/prompts/promptjson.h"
#include "core/prompts/promptstore.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Cutover::Cli {
namespace {

Result<std::unique_ptr<ProjectFile>> openPromptProject(const QString &path, bool write)
{
    ProjectOpenOptions options;
    options.readOnly = !write;
    auto project = ProjectFile::open(path, options);
    if (!project)
        return project.error();
    if (write && project.value()->isReadOnly())
        return makeError(ErrorKind::ReadOnly, project.value()->readOnlyMessage());
    return project;
}

// The messages of TEMPLATE.json: a bare array of {role, text}, an object
// {"messages": [...]}, or a whole exported prompt (cutover-prompt).
Result<std::variant<Prompt, QList<TemplateMessage>>> readTemplate(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorKind::BadInput,
                         Tr::tr("%1: cannot read the file: %2")
                                 .arg(QDir::toNativeSeparators(path), file.errorString()));
    const QByteArray bytes = file.readAll();
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError)
        return makeError(ErrorKind::BadInput, Tr::tr("%1: not JSON at byte %2: %3")
                                                      .arg(QDir::toNativeSeparators(path))
                                                      .arg(error.offset)
                                                      .arg(error.errorString()));
    const QString name = QFileInfo(path).fileName();
    if (doc.isObject() && doc.object().contains(u"format"_s)) {
        auto prompt = PromptJson::fromBytes(bytes);
        if (!prompt)
            return makeError(ErrorKind::BadInput, name + u": "_s + prompt.error().message);
        return std::variant<Prompt, QList<TemplateMessage>>(prompt.value());
    }
    const QJsonValue messages
            = doc.isArray() ? QJsonValue(doc.array()) : doc.object().value(u"messages"_s);
    auto parsed = PromptJson::messagesFromJson(messages, doc.isArray() ? QString() : u"messages"_s);
    if (!parsed)
        return makeError(ErrorKind::BadInput, name + u": "_s + parsed.error().message);
    return std::variant<Prompt, QList<TemplateMessage>>(parsed.value());
}

int promptAdd(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"path"_s, Tr::tr("The project file (*.cutover)."),
                                 u"prompt add <path>"_s);
    const QCommandLineOption name(u"name"_s, Tr::tr("The prompt's name."), u"name"_s);
    const QCommandLineOption file(u"file"_s,
                                  Tr::tr("A JSON template: [{\"role\": ..., \"text\": ...}] or an "
                                         "exported prompt."),
                                  u"file"_s);
    const QCommandLineOption user(u"user"_s, Tr::tr("The user message, with {{placeholders}}."),
                                  u"text"_s);
    const QCommandLineOption system(u"system"_s, Tr::tr("A system message."), u"text"_s);
    const QCommandLineOption endpoint(
            u"endpoint"_s, Tr::tr("Add the version to this endpoint's own variant."), u"name"_s);
    const QCommandLineOption note(u"note"_s, Tr::tr("A note for the new version."), u"text"_s);
    const QCommandLineOption json(u"json"_s, Tr::tr("Print the name and version as JSON."));
    parser.addOptions({name, file, user, system, endpoint, note, json});
    if (int code = parse(parser, u"prompt add"_s,
                         Tr::tr("Add a prompt to the project, or a new version of it if the "
                                "name exists."),
                         arguments, 1, 1);
        code >= 0)
        return code;
    if (!parser.isSet(name) && !parser.isSet(file))
        return fail(UsageError, Tr::tr("missing --name (see: cutover-cli prompt add --help)"));
    if (parser.isSet(file) == parser.isSet(user))
        return fail(UsageError, Tr::tr("give either --file or --user (see: cutover-cli prompt "
                                       "add --help)"));
    if (parser.isSet(system) && !parser.isSet(user))
        return fail(UsageError, Tr::tr("--system goes with --user"));

    std::optional<Prompt> whole;
    QList<TemplateMessage> messages;
    if (parser.isSet(file)) {
        auto t = readTemplate(parser.value(file));
        if (!t)
            return fail(t.error());
        if (std::holds_alternative<Prompt>(t.value()))
            whole = std::get<Prompt>(t.value());
        else
            messages = std::get<QList<TemplateMessage>>(t.value());
    } else {
        if (parser.isSet(system))
            messages.append(TemplateMessage{ChatRole::System, parser.value(system)});
        messages.append(TemplateMessage{ChatRole::User, parser.value(user)});
    }
    if (whole && parser.isSet(name))
        whole->name = parser.value(name);
    const QString promptName = whole ? whole->name : parser.value(name);
    if (!PromptStore::isValidName(promptName))
        return fail(UsageError, Tr::tr("\"%1\" cannot be a prompt name").arg(promptName));
    if (!whole && messages.isEmpty())
        return fail(BadInput, Tr::tr("the template has no messages"));

    auto project = openPromptProject(parser.positionalArguments().constFirst(), true);
    if (!project)
        return fail(project.error());
    QSqlDatabase db = project.value()->database();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    int number = 0;
    auto existing = PromptStore::load(db, promptName);
    if (whole) {
        if (existing)
            return fail(BadInput,
                        Tr::tr("the project already has a prompt named \"%1\"").arg(promptName));
        if (auto r = PromptStore::add(db, *whole); !r)
            return fail(r.error());
        number = PromptVersions::latest(whole->versions)->number;
    } else if (!existing) {
        if (parser.isSet(endpoint))
            return fail(BadInput,
                        Tr::tr("add the prompt \"%1\" before a variant of it").arg(promptName));
        Prompt p;
        p.name = promptName;
        PromptVersions::append(p.versions, messages, parser.value(note), now);
        if (auto r = PromptStore::add(db, p); !r)
            return fail(r.error());
        number = 1;
    } else {
        auto added = PromptStore::addVersion(db, promptName, parser.value(endpoint), messages,
                                             parser.value(note), now);
        if (!added)
            return fail(added.error());
        number = added.value();
    }
    if (Result<void> closed = project.value()->close(); !closed)
        return fail(closed.error());
    if (parser.isSet(json))
        outBytes(QJsonDocument(QJsonObject{{u"name"_s, promptName}, {u"version"_s, number}})
                         .toJson(QJsonDocument::Compact)
                 + '\n');
    else
        out(Tr::tr("%1@%2\n").arg(promptName).arg(number));
    return Success;
}

int promptList(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"path"_s, Tr::tr("The project file (*.cutover)."),
                                 u"prompt list <path>"_s);
    const QCommandLineOption json(u"json"_s, Tr::tr("Print a JSON array instead of text."));
    parser.addOption(json);
    if (int code = parse(parser, u"prompt list"_s,
                         Tr::tr("List the project's prompts. Never writes."), arguments, 1, 1);
        code >= 0)
        return code;
    auto project = openPromptProject(parser.positionalArguments().constFirst(), false);
    if (!project)
        return fail(project.error());
    if (project.value()->schemaVersion() < 4) {
        if (parser.isSet(json))
            outBytes("[]\n");
        return Success;
    }
    auto prompts = PromptStore::list(project.value()->database());
    if (!prompts)
        return fail(prompts.error());
    if (parser.isSet(json)) {
        QJsonArray all;
        for (const PromptStore::PromptSummary &p : std::as_const(prompts.value()))
            all.append(QJsonObject{
                    {u"name"_s, p.name},
                    {u"description"_s, p.description},
                    {u"latest_version"_s, p.latestVersion},
                    {u"variants"_s, QJsonArray::fromStringList(p.variants)},
                    {u"updated_at"_s, p.updatedAt.toUTC().toString(Qt::ISODateWithMs)},
            });
        outBytes(QJsonDocument(all).toJson(QJsonDocument::Indented));
        return Success;
    }
    QString text;
    for (const PromptStore::PromptSummary &p : std::as_const(prompts.value())) {
        //: prompt list: name@latest version, variants
        text += Tr::tr("%1@%2\t%3\n")
                        .arg(p.name)
                        .arg(p.latestVersion)
                        .arg(p.variants.join(u", "_s));
    }
    out(text);
    return Success;
}

} // namespace

int runPrompt(const QStringList &arguments)
{
    const QString sub = arguments.value(0);
    if (sub == u"add")
        return promptAdd(arguments.mid(1));
    if (sub == u"list")
        return promptList(arguments.mid(1));
    if (sub == u"--help" || sub == u"-h") {
        out(Tr::tr("Usage: cutover-cli prompt add <path> --name N (--file TEMPLATE.json | --user "
                   "TEXT [--system TEXT]) [--endpoint E] [--note TEXT]\n"
                   "       cutover-cli prompt list <path> [--json]\n"));
        return Success;
    }
    return fail(UsageError,
                sub.isEmpty() ? Tr::tr("prompt: missing subcommand, add or list (see: cutover-cli "
                                       "prompt --help)")
                              : Tr::tr("prompt: unknown subcommand \"%1\" (see: cutover-cli "
                                       "prompt --help)")
                                        .arg(sub));
}

} // namespace Cutover::Cli
