#include "core/prompts/promptjson.h"

#include "core/util/jsonobjectparser.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Cutover::PromptJson {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cutover::PromptJson)
};

QString child(const QString &path, const QString &key)
{
    return path.isEmpty() ? key : path + u'.' + key;
}

QString index(const QString &path, qsizetype i)
{
    return path + u'[' + QString::number(i) + u']';
}

// Collects the first error, with its JSON path.
class Checker
{
public:
    bool failed() const { return !m_error.isEmpty(); }
    QString error() const { return m_error; }

    void fail(const QString &path, const QString &problem)
    {
        if (m_error.isEmpty())
            m_error = Tr::tr("%1 %2").arg(path, problem);
    }

    void onlyKeys(const QJsonObject &o, const QString &path, const QStringList &allowed)
    {
        for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
            if (!allowed.contains(it.key())) {
                fail(child(path, it.key()), Tr::tr("is not a known key"));
                return;
            }
        }
    }

    QString string(const QJsonObject &o, const QString &path, const QString &key, bool required)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() || v.isNull()) {
            if (required)
                fail(child(path, key), Tr::tr("is required"));
            return QString();
        }
        if (!v.isString()) {
            fail(child(path, key), Tr::tr("must be a string"));
            return QString();
        }
        return v.toString();
    }

    QJsonArray array(const QJsonObject &o, const QString &path, const QString &key)
    {
        const QJsonValue v = o.value(key);
        if (!v.isArray()) {
            fail(child(path, key),
                 v.isUndefined() ? Tr::tr("is required") : Tr::tr("must be an array"));
            return QJsonArray();
        }
        return v.toArray();
    }

private:
    QString m_error;
};

QJsonArray versionsToJson(const QList<PromptVersion> &versions)
{
    QJsonArray out;
    for (const PromptVersion &v : versions) {
        QJsonObject o;
        o.insert(u"number"_s, v.number);
        o.insert(u"note"_s, v.note);
        o.insert(u"created_at"_s, v.createdAt.toUTC().toString(Qt::ISODateWithMs));
        o.insert(u"messages"_s, messagesToJson(v.messages));
        out.append(o);
    }
    return out;
}

QList<TemplateMessage> readMessages(Checker &c, const QJsonValue &value, const QString &path)
{
    QList<TemplateMessage> out;
    if (!value.isArray()) {
        c.fail(path, value.isUndefined() ? Tr::tr("is required") : Tr::tr("must be an array"));
        return out;
    }
    const QJsonArray items = value.toArray();
    if (items.isEmpty())
        c.fail(path, Tr::tr("must hold at least one message"));
    for (qsizetype i = 0; i < items.size() && !c.failed(); ++i) {
        const QString p = index(path, i);
        if (!items.at(i).isObject()) {
            c.fail(p, Tr::tr("must be an object"));
            break;
        }
        const QJsonObject o = items.at(i).toObject();
        c.onlyKeys(o, p, {u"role"_s, u"text"_s});
        TemplateMessage m;
        const QString role = c.string(o, p, u"role"_s, true);
        if (c.failed())
            break;
        const std::optional<ChatRole> parsed = templateRoleFromKey(role);
        if (!parsed) {
            c.fail(child(p, u"role"_s),
                   Tr::tr("has the unknown value \"%1\" (expected system, user or assistant)")
                           .arg(role));
            break;
        }
        m.role = *parsed;
        m.text = c.string(o, p, u"text"_s, true);
        out.append(m);
    }
    return out;
}

QList<PromptVersion> readVersions(Checker &c, const QJsonArray &items, const QString &path)
{
    QList<PromptVersion> out;
    if (items.isEmpty() && !c.failed())
        c.fail(path, Tr::tr("must hold at least one version"));
    int previous = 0;
    for (qsizetype i = 0; i < items.size() && !c.failed(); ++i) {
        const QString p = index(path, i);
        if (!items.at(i).isObject()) {
            c.fail(p, Tr::tr("must be an object"));
            break;
        }
        const QJsonObject o = items.at(i).toObject();
        c.onlyKeys(o, p, {u"number"_s, u"note"_s, u"created_at"_s, u"messages"_s});
        PromptVersion v;
        const QJsonValue number = o.value(u"number"_s);
        const double d = number.toDouble(-1);
        if (number.isUndefined()) {
            c.fail(child(p, u"number"_s), Tr::tr("is required"));
        } else if (!number.isDouble() || d != std::floor(d) || d < 1 || d > 1e9) {
            c.fail(child(p, u"number"_s), Tr::tr("must be a whole number from 1"));
        } else if (int(d) <= previous) {
            c.fail(child(p, u"number"_s),
                   Tr::tr("must be greater than the previous version's number (%1)").arg(previous));
        }
        if (c.failed())
            break;
        v.number = int(d);
        previous = v.number;
        v.note = c.string(o, p, u"note"_s, false);
        const QString created = c.string(o, p, u"created_at"_s, true);
        if (c.failed())
            break;
        v.createdAt = QDateTime::fromString(created, Qt::ISODateWithMs);
        if (!v.createdAt.isValid()) {
            c.fail(child(p, u"created_at"_s),
                   Tr::tr("must be a date and time such as 2026-01-31T12:00:00.000Z"));
            break;
        }
        v.createdAt = v.createdAt.toUTC();
        v.messages = readMessages(c, o.value(u"messages"_s), child(p, u"messages"_s));
        out.append(v);
    }
    return out;
}

} // namespace

QJsonArray messagesToJson(const QList<TemplateMessage> &messages)
{
    QJsonArray out;
    for (const TemplateMessage &m : messages)
        out.append(QJsonObject{{u"role"_s, templateRoleKey(m.role)}, {u"text"_s, m.text}});
    return out;
}

Result<QList<TemplateMessage>> messagesFromJson(const QJsonValue &value, const QString &path)
{
    Checker c;
    QList<TemplateMessage> messages = readMessages(c, value, path);
    if (c.failed())
        return makeError(ErrorKind::BadInput, c.error());
    return messages;
}

QJsonObject toJson(const Prompt &prompt)
{
    QJsonObject root;
    root.insert(u"format"_s, u"cutover-prompt"_s);
    root.insert(u"format_version"_s, kFormatVersion);
    root.insert(u"name"_s, prompt.name);
    root.insert(u"description"_s, prompt.description);
    root.insert(u"versions"_s, versionsToJson(prompt.versions));
    QJsonArray variants;
    for (const PromptVariant &v : prompt.variants) {
        variants.append(QJsonObject{{u"endpoint"_s, v.endpointName},
                                    {u"versions"_s, versionsToJson(v.versions)}});
    }
    root.insert(u"variants"_s, variants);
    return root;
}

QByteArray toBytes(const Prompt &prompt)
{
    return QJsonDocument(toJson(prompt)).toJson(QJsonDocument::Indented);
}

Result<Prompt> fromJson(const QJsonObject &object)
{
    Checker c;
    const QString format = c.string(object, QString(), u"format"_s, false);
    if (!format.isEmpty() && format != u"cutover-prompt")
        return makeError(ErrorKind::BadInput,
                         Tr::tr("This is not a Cutover prompt (format \"%1\").").arg(format));
    const QJsonValue version = object.value(u"format_version"_s);
    if (!version.isUndefined()) {
        if (!version.isDouble() || version.toDouble() != std::floor(version.toDouble())
            || version.toDouble() < 1)
            return makeError(ErrorKind::BadInput,
                             Tr::tr("format_version must be a whole number from 1"));
        if (version.toDouble() > kFormatVersion)
            return makeError(ErrorKind::NewerVersion,
                             Tr::tr("The prompt was written by a newer Cutover (format version "
                                    "%1; this version reads up to %2).")
                                     .arg(version.toInteger())
                                     .arg(kFormatVersion));
    }
    c.onlyKeys(object, QString(),
               {u"format"_s, u"format_version"_s, u"name"_s, u"description"_s, u"versions"_s,
                u"variants"_s});

    Prompt prompt;
    prompt.name = c.string(object, QString(), u"name"_s, true);
    if (!c.failed() && prompt.name.trimmed().isEmpty())
        c.fail(u"name"_s, Tr::tr("must not be empty"));
    prompt.description = c.string(object, QString(), u"description"_s, false);
    const QJsonArray versions = c.array(object, QString(), u"versions"_s);
    if (!c.failed())
        prompt.versions = readVersions(c, versions, u"versions"_s);

    const QJsonValue variantsValue = object.value(u"variants"_s);
    if (!c.failed() && !variantsValue.isUndefined() && !variantsValue.isArray())
        c.fail(u"variants"_s, Tr::tr("must be an array"));
    const QJsonArray variants = variantsValue.toArray();
    QSet<QString> endpoints;
    for (qsizetype i = 0; i < variants.size() && !c.failed(); ++i) {
        const QString p = index(u"variants"_s, i);
        if (!variants.at(i).isObject()) {
            c.fail(p, Tr::tr("must be an object"));
            break;
        }
        const QJsonObject o = variants.at(i).toObject();
        c.onlyKeys(o, p, {u"endpoint"_s, u"versions"_s});
        PromptVariant v;
        v.endpointName = c.string(o, p, u"endpoint"_s, true);
        if (!c.failed() && v.endpointName.trimmed().isEmpty())
            c.fail(child(p, u"endpoint"_s), Tr::tr("must not be empty"));
        if (!c.failed() && endpoints.contains(v.endpointName))
            c.fail(child(p, u"endpoint"_s),
                   Tr::tr("names \"%1\", which already has a variant").arg(v.endpointName));
        endpoints.insert(v.endpointName);
        const QJsonArray vs = c.array(o, p, u"versions"_s);
        if (!c.failed())
            v.versions = readVersions(c, vs, child(p, u"versions"_s));
        prompt.variants.append(v);
    }

    if (c.failed())
        return makeError(ErrorKind::BadInput, c.error());
    return prompt;
}

Result<Prompt> fromBytes(const QByteArray &bytes)
{
    const Result<QJsonObject> object
            = parseJsonObject(bytes, Tr::tr("The prompt must be a JSON object."));
    if (!object)
        return object.error();
    return fromJson(object.value());
}

} // namespace Cutover::PromptJson
