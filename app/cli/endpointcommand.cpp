// cutover-cli endpoint list|add|remove: the project's model endpoints.

#include "cliapp.h"
#include "core/endpoints/endpointstore.h"
#include "core/project/projectfile.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Cutover::Cli {
namespace {

QJsonValue orNull(const std::optional<double> &v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

QJsonObject endpointJson(const Endpoint &e)
{
    return QJsonObject{
            {u"name"_s, e.name},
            {u"role"_s, endpointRoleKey(e.role)},
            {u"protocol"_s, endpointProtocolKey(e.protocol)},
            {u"base_url"_s, e.baseUrl},
            {u"model"_s, e.model},
            {u"key_ref"_s, e.keyRef.toString()},
            {u"price_input"_s, orNull(e.prices.input)},
            {u"price_cached_input"_s, orNull(e.prices.cachedInput)},
            {u"price_output"_s, orNull(e.prices.output)},
            {u"max_concurrent"_s, e.limits.maxConcurrent},
            {u"requests_per_minute"_s, e.limits.requestsPerMinute},
    };
}

Result<std::unique_ptr<ProjectFile>> openProject(const QString &path, bool write)
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

int endpointList(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"path"_s, Tr::tr("The project file (*.cutover)."),
                                 u"endpoint list <path>"_s);
    const QCommandLineOption json(u"json"_s, Tr::tr("Print a JSON array instead of text."));
    parser.addOption(json);
    if (int code
        = parse(parser, u"endpoint list"_s,
                Tr::tr("List the project's model endpoints. Never writes."), arguments, 1, 1);
        code >= 0)
        return code;
    auto project = openProject(parser.positionalArguments().constFirst(), false);
    if (!project)
        return fail(project.error());
    auto endpoints = EndpointStore::load(project.value()->database());
    if (!endpoints)
        return fail(endpoints.error());
    if (parser.isSet(json)) {
        QJsonArray all;
        for (const Endpoint &e : std::as_const(endpoints.value()))
            all.append(endpointJson(e));
        outBytes(QJsonDocument(all).toJson(QJsonDocument::Indented));
        return Success;
    }
    QString text;
    for (const Endpoint &e : std::as_const(endpoints.value())) {
        //: endpoint list: name, role, protocol, model, base URL
        text += Tr::tr("%1\t%2\t%3\t%4\t%5\n")
                        .arg(e.name, endpointRoleKey(e.role), endpointProtocolKey(e.protocol),
                             e.model, e.baseUrl);
    }
    out(text);
    return Success;
}

int endpointAdd(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"path"_s, Tr::tr("The project file (*.cutover)."),
                                 u"endpoint add <path>"_s);
    QStringList presetIds;
    const QList<EndpointPreset> presets = endpointPresets();
    for (const EndpointPreset &p : presets)
        presetIds << p.id;
    const QCommandLineOption preset(
            u"preset"_s,
            Tr::tr("Start from a preset: %1 (default: custom).").arg(presetIds.join(u", "_s)),
            u"id"_s);
    const QCommandLineOption name(u"name"_s, Tr::tr("The endpoint's name (unique in the project)."),
                                  u"name"_s);
    const QCommandLineOption protocol(u"protocol"_s, Tr::tr("openai or anthropic."), u"name"_s);
    const QCommandLineOption baseUrl(u"base-url"_s, Tr::tr("Base URL."), u"url"_s);
    const QCommandLineOption model(u"model"_s, Tr::tr("Model name."), u"model"_s);
    const QCommandLineOption keyEnv(
            u"key-env"_s, Tr::tr("Environment variable that holds the API key."), u"var"_s);
    const QCommandLineOption role(u"role"_s, Tr::tr("baseline, candidate or other."), u"role"_s);
    const QCommandLineOption priceIn(u"price-in"_s, Tr::tr("Input price per million tokens."),
                                     u"price"_s);
    const QCommandLineOption priceOut(u"price-out"_s, Tr::tr("Output price per million tokens."),
                                      u"price"_s);
    parser.addOptions({preset, name, protocol, baseUrl, model, keyEnv, role, priceIn, priceOut});
    if (int code = parse(parser, u"endpoint add"_s,
                         Tr::tr("Add a model endpoint to the project. Keys are never stored: "
                                "--key-env names the environment variable that holds one."),
                         arguments, 1, 1);
        code >= 0)
        return code;

    const auto chosen = endpointPreset(parser.isSet(preset) ? parser.value(preset) : u"custom"_s);
    if (!chosen)
        return fail(UsageError, Tr::tr("unknown preset \"%1\"; one of: %2")
                                        .arg(parser.value(preset), presetIds.join(u", "_s)));
    Endpoint e = chosen->endpoint;
    if (parser.isSet(name))
        e.name = parser.value(name);
    if (parser.isSet(protocol)) {
        const auto p = endpointProtocolFromKey(parser.value(protocol));
        if (!p)
            return fail(UsageError, Tr::tr("--protocol must be openai or anthropic, not \"%1\"")
                                            .arg(parser.value(protocol)));
        e.protocol = *p;
    }
    if (parser.isSet(baseUrl))
        e.baseUrl = parser.value(baseUrl);
    if (parser.isSet(model))
        e.model = parser.value(model);
    if (parser.isSet(keyEnv)) {
        const auto ref = KeyRef::fromString(QString(u"env:"_s + parser.value(keyEnv)));
        if (!ref)
            return fail(
                    UsageError,
                    Tr::tr("--key-env: \"%1\" is not a variable name").arg(parser.value(keyEnv)));
        e.keyRef = *ref;
    }
    std::optional<EndpointRole> newRole;
    if (parser.isSet(role)) {
        newRole = endpointRoleFromKey(parser.value(role));
        if (!newRole)
            return fail(UsageError, Tr::tr("--role must be baseline, candidate or other, not "
                                           "\"%1\"")
                                            .arg(parser.value(role)));
    }
    for (const auto &[option, target] :
         {std::pair{&priceIn, &e.prices.input}, std::pair{&priceOut, &e.prices.output}}) {
        if (!parser.isSet(*option))
            continue;
        bool ok = false;
        const double v = parser.value(*option).toDouble(&ok);
        if (!ok || v < 0)
            return fail(UsageError,
                        Tr::tr("--%1 must be a number of at least 0, not \"%2\"")
                                .arg(option->names().constFirst(), parser.value(*option)));
        *target = v;
    }

    auto project = openProject(parser.positionalArguments().constFirst(), true);
    if (!project)
        return fail(project.error());
    QSqlDatabase db = project.value()->database();
    if (auto saved = EndpointStore::save(db, e); !saved)
        return fail(saved.error());
    if (newRole && *newRole != EndpointRole::Other) {
        if (auto set = EndpointStore::setRole(db, e.name, *newRole); !set)
            return fail(set.error());
    }
    if (Result<void> closed = project.value()->close(); !closed)
        return fail(closed.error());
    return Success;
}

int endpointRemove(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"path"_s, Tr::tr("The project file (*.cutover)."),
                                 u"endpoint remove <path>"_s);
    parser.addPositionalArgument(u"name"_s, Tr::tr("The endpoint to remove."), u"<name>"_s);
    if (int code = parse(parser, u"endpoint remove"_s,
                         Tr::tr("Remove a model endpoint from the project."), arguments, 2, 2);
        code >= 0)
        return code;
    auto project = openProject(parser.positionalArguments().at(0), true);
    if (!project)
        return fail(project.error());
    if (auto removed
        = EndpointStore::remove(project.value()->database(), parser.positionalArguments().at(1));
        !removed)
        return fail(removed.error());
    if (Result<void> closed = project.value()->close(); !closed)
        return fail(closed.error());
    return Success;
}

} // namespace

int runEndpoint(const QStringList &arguments)
{
    const QString sub = arguments.value(0);
    if (sub == u"list")
        return endpointList(arguments.mid(1));
    if (sub == u"add")
        return endpointAdd(arguments.mid(1));
    if (sub == u"remove")
        return endpointRemove(arguments.mid(1));
    const QString help = Tr::tr("Usage: cutover-cli endpoint list <path> [--json]\n"
                                "       cutover-cli endpoint add <path> [--preset ID] [--name N] "
                                "[--protocol P] [--base-url URL] [--model M] [--key-env VAR] "
                                "[--role R] [--price-in X] [--price-out Y]\n"
                                "       cutover-cli endpoint remove <path> <name>\n");
    if (sub == u"--help" || sub == u"-h") {
        out(help);
        return Success;
    }
    return fail(UsageError,
                sub.isEmpty() ? Tr::tr("endpoint: missing subcommand, list, add or remove (see: "
                                       "cutover-cli endpoint --help)")
                              : Tr::tr("endpoint: unknown subcommand \"%1\" (see: cutover-cli "
                                       "endpoint --help)")
                                        .arg(sub));
}

} // namespace Cutover::Cli
