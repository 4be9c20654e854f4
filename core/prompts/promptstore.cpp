#include "core/prompts/promptstore.h"

#include "core/project/writetransaction.h"
#include "core/prompts/promptjson.h"
#include "core/util/tr.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Cutover::PromptStore {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cutover::PromptStore)
};

QString headerKey(const QString &name)
{
    return u"p/"_s + name;
}

QString versionKey(const QString &name, const QString &endpoint, int number)
{
    return headerKey(name) + u'\n' + endpoint + u'\n' + u"%1"_s.arg(number, 6, 10, QChar(u'0'));
}

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

Result<void> put(QSqlDatabase db, const QString &key, const QJsonObject &value)
{
    return execSql(db, u"INSERT INTO kv(k, v) VALUES (?, ?)"_s,
                   {key, QString::fromUtf8(compact(value))});
}

QJsonObject versionJson(const PromptVersion &v)
{
    return QJsonObject{{u"note"_s, v.note},
                       {u"created_at"_s, v.createdAt.toUTC().toString(Qt::ISODateWithMs)},
                       {u"messages"_s, PromptJson::messagesToJson(v.messages)}};
}

Result<bool> exists(QSqlDatabase db, const QString &name)
{
    QSqlQuery q(db);
    if (auto r = execSql(q, u"SELECT 1 FROM kv WHERE k = ?"_s, {headerKey(name)}); !r)
        return r.error();
    return q.next();
}

Error unknown(const QString &name)
{
    return makeError(ErrorKind::BadInput,
                     Tr::tr("The project has no prompt named \"%1\".").arg(name));
}

} // namespace

bool isValidName(const QString &name)
{
    if (name.trimmed().isEmpty() || name.contains(u'@'))
        return false;
    // Control characters would sort between a prompt's header and its versions.
    return std::none_of(name.cbegin(), name.cend(), [](QChar c) { return c.unicode() < 0x20; });
}

Result<PromptRef> parseRef(const QString &text)
{
    PromptRef ref;
    const qsizetype at = text.lastIndexOf(u'@');
    ref.name = at < 0 ? text : text.left(at);
    if (at >= 0) {
        bool ok = false;
        ref.version = text.mid(at + 1).toInt(&ok);
        if (!ok || ref.version < 1)
            return makeError(ErrorKind::BadInput,
                             Tr::tr("\"%1\" is not a prompt version: write NAME@NUMBER with a "
                                    "number from 1.")
                                     .arg(text));
    }
    if (!isValidName(ref.name))
        return makeError(ErrorKind::BadInput, Tr::tr("\"%1\" is not a prompt name.").arg(text));
    return ref;
}

Result<void> add(QSqlDatabase db, const Prompt &prompt)
{
    if (!isValidName(prompt.name))
        return makeError(ErrorKind::BadInput,
                         Tr::tr("\"%1\" cannot be a prompt name: it must not be empty or hold a "
                                "line break or \"@\".")
                                 .arg(prompt.name));
    if (prompt.versions.isEmpty())
        return makeError(ErrorKind::BadInput,
                         Tr::tr("The prompt \"%1\" has no version.").arg(prompt.name));
    WriteTransaction tx(db);
    if (!tx.begun())
        return tx.begun().error();
    auto found = exists(db, prompt.name);
    if (!found)
        return found.error();
    if (found.value())
        return makeError(ErrorKind::BadInput,
                         Tr::tr("The project already has a prompt named \"%1\"; add a version "
                                "to it instead.")
                                 .arg(prompt.name));
    if (auto r
        = put(db, headerKey(prompt.name), QJsonObject{{u"description"_s, prompt.description}});
        !r)
        return r;
    for (const PromptVersion &v : prompt.versions) {
        if (auto r = put(db, versionKey(prompt.name, QString(), v.number), versionJson(v)); !r)
            return r;
    }
    for (const PromptVariant &variant : prompt.variants) {
        if (variant.endpointName.isEmpty() || variant.endpointName.contains(u'\n'))
            return makeError(
                    ErrorKind::BadInput,
                    Tr::tr("A variant of \"%1\" has no valid endpoint name.").arg(prompt.name));
        for (const PromptVersion &v : variant.versions) {
            if (auto r
                = put(db, versionKey(prompt.name, variant.endpointName, v.number), versionJson(v));
                !r)
                return r;
        }
    }
    return tx.commit();
}

Result<int> addVersion(QSqlDatabase db, const QString &name, const QString &endpointName,
                       const QList<TemplateMessage> &messages, const QString &note,
                       const QDateTime &createdAt)
{
    if (endpointName.contains(u'\n'))
        return makeError(ErrorKind::BadInput, Tr::tr("The endpoint name holds a line break."));
    WriteTransaction tx(db);
    if (!tx.begun())
        return tx.begun().error();
    auto found = exists(db, name);
    if (!found)
        return found.error();
    if (!found.value())
        return unknown(name);
    const QString prefix = headerKey(name) + u'\n' + endpointName + u'\n';
    QSqlQuery q(db);
    if (auto r = execSql(q, u"SELECT max(k) FROM kv WHERE k >= ? AND k < ?"_s,
                         {prefix, QString(prefix + QChar(0x7f))});
        !r)
        return r.error();
    int number = 1;
    if (q.next() && !q.value(0).isNull())
        number = q.value(0).toString().mid(prefix.size()).toInt() + 1;
    PromptVersion v{number, note, createdAt, messages};
    if (auto r = put(db, versionKey(name, endpointName, number), versionJson(v)); !r)
        return r.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    return number;
}

Result<void> setDescription(QSqlDatabase db, const QString &name, const QString &description)
{
    WriteTransaction tx(db);
    if (!tx.begun())
        return tx.begun().error();
    QSqlQuery q(db);
    if (auto r = execSql(q, u"SELECT v FROM kv WHERE k = ?"_s, {headerKey(name)}); !r)
        return r;
    if (!q.next())
        return unknown(name);
    // Other keys a newer header may hold are kept.
    QJsonObject header = QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
    q.finish();
    header.insert(u"description"_s, description);
    if (auto r = execSql(db, u"UPDATE kv SET v = ? WHERE k = ?"_s,
                         {QString::fromUtf8(compact(header)), headerKey(name)});
        !r)
        return r;
    return tx.commit();
}

Result<QList<qint64>> runsUsing(QSqlDatabase db, const QString &name)
{
    // Runs are "r/<zero-padded id>" documents naming their prompt (runstore.cpp).
    QSqlQuery q(db);
    if (auto r = execSql(q, u"SELECT k, v FROM kv WHERE k >= 'r/' AND k < 'r0' ORDER BY k"_s); !r)
        return r.error();
    QList<qint64> ids;
    while (q.next()) {
        const QJsonObject o = QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object();
        if (o.value(u"prompt"_s).toString() == name)
            ids.append(q.value(0).toString().mid(2).toLongLong());
    }
    return ids;
}

namespace {

enum class Change { Rename, Delete };

Result<void> refuseIfUsed(QSqlDatabase db, const QString &name, Change change)
{
    auto runs = runsUsing(db, name);
    if (!runs)
        return runs.error();
    if (runs->isEmpty())
        return {};
    QStringList ids;
    for (qint64 id : std::as_const(runs.value()))
        ids.append(QString::number(id));
    const QString message
            = change == Change::Rename
                      //: %1 = prompt name, %2 = run ids ("3, 7")
                      ? Tr::tr("Cannot rename the prompt \"%1\": stored runs refer to it by name "
                               "(run %2). Their results would lose their prompt.")
                      : Tr::tr("Cannot delete the prompt \"%1\": stored runs refer to it by name "
                               "(run %2). Their results would lose their prompt.");
    return makeError(ErrorKind::BadInput, message.arg(name, ids.join(u", "_s)));
}

// A prompt's rows of table kv are its header and every version (keys
// "p/<name>\n…", so up to the next character, \v): this condition with
// promptRowBounds(name) selects them.
constexpr auto kPromptRows = u"(k = ? OR (k >= ? AND k < ?))";

QVariantList promptRowBounds(const QString &name)
{
    const QString head = headerKey(name);
    return {head, QString(head + u'\n'), QString(head + QChar(0x0b))};
}

Result<QStringList> keysOf(QSqlDatabase db, const QString &name)
{
    QSqlQuery q(db);
    if (auto r = execSql(q, u"SELECT k FROM kv WHERE %1 ORDER BY k"_s.arg(kPromptRows),
                         promptRowBounds(name));
        !r)
        return r.error();
    QStringList keys;
    while (q.next())
        keys.append(q.value(0).toString());
    return keys;
}

} // namespace

Result<void> rename(QSqlDatabase db, const QString &name, const QString &newName)
{
    if (!isValidName(newName))
        return makeError(ErrorKind::BadInput,
                         Tr::tr("\"%1\" cannot be a prompt name: it must not be empty or hold a "
                                "line break or \"@\".")
                                 .arg(newName));
    if (newName == name)
        return {};
    WriteTransaction tx(db);
    if (!tx.begun())
        return tx.begun().error();
    auto found = exists(db, name);
    if (!found)
        return found.error();
    if (!found.value())
        return unknown(name);
    auto taken = exists(db, newName);
    if (!taken)
        return taken.error();
    if (taken.value())
        return makeError(ErrorKind::BadInput,
                         Tr::tr("The project already has a prompt named \"%1\".").arg(newName));
    if (auto r = refuseIfUsed(db, name, Change::Rename); !r)
        return r;
    const Result<QStringList> keys = keysOf(db, name);
    if (!keys)
        return keys.error();
    const QString oldHead = headerKey(name);
    const QString newHead = headerKey(newName);
    for (const QString &key : keys.value()) {
        if (auto r = execSql(db, u"UPDATE kv SET k = ? WHERE k = ?"_s,
                             {QString(newHead + key.mid(oldHead.size())), key});
            !r)
            return r;
    }
    return tx.commit();
}

Result<void> remove(QSqlDatabase db, const QString &name)
{
    WriteTransaction tx(db);
    if (!tx.begun())
        return tx.begun().error();
    auto found = exists(db, name);
    if (!found)
        return found.error();
    if (!found.value())
        return unknown(name);
    if (auto r = refuseIfUsed(db, name, Change::Delete); !r)
        return r;
    if (auto r = execSql(db, u"DELETE FROM kv WHERE %1"_s.arg(kPromptRows), promptRowBounds(name));
        !r)
        return r;
    return tx.commit();
}

Result<Prompt> load(QSqlDatabase db, const QString &name)
{
    QSqlQuery q(db);
    if (auto r = execSql(q, u"SELECT k, v FROM kv WHERE %1 ORDER BY k"_s.arg(kPromptRows),
                         promptRowBounds(name));
        !r)
        return r.error();
    const QString head = headerKey(name);
    Prompt prompt;
    prompt.name = name;
    bool haveHeader = false;
    while (q.next()) {
        const QString key = q.value(0).toString();
        const QJsonObject o = QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object();
        if (key == head) {
            haveHeader = true;
            prompt.description = o.value(u"description"_s).toString();
            continue;
        }
        const QStringList parts = key.mid(head.size() + 1).split(u'\n');
        if (parts.size() != 2)
            continue;
        PromptVersion v;
        v.number = parts.at(1).toInt();
        v.note = o.value(u"note"_s).toString();
        v.createdAt = QDateTime::fromString(o.value(u"created_at"_s).toString(), Qt::ISODateWithMs);
        auto messages = PromptJson::messagesFromJson(o.value(u"messages"_s), key);
        if (!messages)
            return makeError(ErrorKind::Corrupt, messages.error().message);
        v.messages = messages.value();
        if (parts.at(0).isEmpty()) {
            prompt.versions.append(v);
        } else {
            PromptVariant *variant = prompt.variant(parts.at(0));
            if (!variant) {
                prompt.variants.append(PromptVariant{parts.at(0), 0, {}});
                variant = &prompt.variants.last();
            }
            variant->versions.append(v);
        }
    }
    if (!haveHeader)
        return unknown(name);
    return prompt;
}

Result<QList<PromptSummary>> list(QSqlDatabase db)
{
    QSqlQuery q(db);
    if (auto r = execSql(q, u"SELECT k, v FROM kv WHERE k >= 'p/' AND k < 'p0' ORDER BY k"_s); !r)
        return r.error();
    QList<PromptSummary> all;
    while (q.next()) {
        const QString key = q.value(0).toString().mid(2);
        const QJsonObject o = QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object();
        const QStringList parts = key.split(u'\n');
        if (parts.size() == 1) {
            all.append(PromptSummary{key, o.value(u"description"_s).toString(), 0, {}, {}});
            continue;
        }
        if (parts.size() != 3 || all.isEmpty() || all.last().name != parts.at(0))
            continue;
        PromptSummary &s = all.last();
        const QDateTime at
                = QDateTime::fromString(o.value(u"created_at"_s).toString(), Qt::ISODateWithMs);
        if (!s.updatedAt.isValid() || at > s.updatedAt)
            s.updatedAt = at;
        if (parts.at(1).isEmpty())
            s.latestVersion = std::max(s.latestVersion, parts.at(2).toInt());
        else if (!s.variants.contains(parts.at(1)))
            s.variants.append(parts.at(1));
    }
    return all;
}

} // namespace Cutover::PromptStore
