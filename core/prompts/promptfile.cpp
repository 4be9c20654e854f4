#include "core/prompts/promptfile.h"

#include "core/prompts/promptjson.h"
#include "core/util/jsonobjectparser.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSet>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Cutover::PromptFile {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cutover::PromptFile)
};

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

} // namespace

QByteArray libraryToBytes(const QList<Prompt> &prompts)
{
    QJsonArray all;
    for (const Prompt &p : prompts)
        all.append(PromptJson::toJson(p));
    QJsonObject root;
    root.insert(u"format"_s, u"cutover-prompts"_s);
    root.insert(u"format_version"_s, kFormatVersion);
    root.insert(u"prompts"_s, all);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Result<QList<Prompt>> fromBytes(const QByteArray &bytes)
{
    const Result<QJsonObject> parsed = parseJsonObject(
            bytes, Tr::tr("The file must hold a JSON object (a prompt or a prompt library)."));
    if (!parsed)
        return parsed.error();
    const QJsonObject &root = parsed.value();
    if (root.value(u"format"_s).toString() != u"cutover-prompts") {
        Result<Prompt> one = PromptJson::fromJson(root);
        if (!one)
            return one.error();
        return QList<Prompt>{std::move(one).value()};
    }

    const QJsonValue version = root.value(u"format_version"_s);
    if (!version.isDouble() || version.toDouble() != std::floor(version.toDouble())
        || version.toDouble() < 1)
        return makeError(ErrorKind::BadInput,
                         Tr::tr("format_version must be a whole number from 1"));
    if (version.toDouble() > kFormatVersion)
        return makeError(ErrorKind::NewerVersion,
                         Tr::tr("The prompt library was written by a newer Cutover (format "
                                "version %1; this version reads up to %2).")
                                 .arg(version.toInteger())
                                 .arg(kFormatVersion));
    for (auto it = root.begin(); it != root.end(); ++it) {
        if (it.key() != u"format" && it.key() != u"format_version" && it.key() != u"prompts")
            return makeError(ErrorKind::BadInput, Tr::tr("%1 is not a known key").arg(it.key()));
    }
    const QJsonValue promptsValue = root.value(u"prompts"_s);
    if (!promptsValue.isArray())
        return makeError(ErrorKind::BadInput, promptsValue.isUndefined()
                                                      ? Tr::tr("prompts is required")
                                                      : Tr::tr("prompts must be an array"));
    const QJsonArray array = promptsValue.toArray();
    QList<Prompt> prompts;
    QSet<QString> names;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString where = u"prompts[%1]"_s.arg(i);
        if (!array.at(i).isObject())
            return makeError(ErrorKind::BadInput, Tr::tr("%1 must be an object").arg(where));
        Result<Prompt> p = PromptJson::fromJson(array.at(i).toObject());
        if (!p)
            //: %1 = location in the file ("prompts[2]"), %2 = what is wrong there
            return makeError(p.error().kind, Tr::tr("%1: %2").arg(where, p.error().message));
        if (names.contains(p->name))
            return makeError(
                    ErrorKind::BadInput,
                    Tr::tr("%1.name: \"%2\" appears twice in the file").arg(where, p->name));
        names.insert(p->name);
        prompts.append(std::move(p).value());
    }
    return prompts;
}

Result<void> write(const QString &path, const QList<Prompt> &prompts, bool asLibrary)
{
    if (!asLibrary && prompts.size() != 1)
        return makeError(ErrorKind::Generic,
                         Tr::tr("Only a prompt library file can hold %n prompt(s).", nullptr,
                                int(prompts.size())));
    const QByteArray bytes
            = asLibrary ? libraryToBytes(prompts) : PromptJson::toBytes(prompts.constFirst());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(ErrorKind::Io,
                         Tr::tr("Cannot write \"%1\": %2").arg(native(path), file.errorString()));
    if (file.write(bytes) != bytes.size() || !file.commit())
        return makeError(ErrorKind::Io,
                         Tr::tr("Cannot write \"%1\": %2").arg(native(path), file.errorString()));
    return {};
}

Result<QList<Prompt>> read(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorKind::Io,
                         Tr::tr("Cannot read \"%1\": %2").arg(native(path), file.errorString()));
    if (file.size() > kMaxFileSize)
        return makeError(ErrorKind::BadInput,
                         Tr::tr("\"%1\" is %2 MB; a prompt file is at most %3 MB. Is it the "
                                "right file?")
                                 .arg(native(path))
                                 .arg(file.size() / (1024 * 1024))
                                 .arg(kMaxFileSize / (1024 * 1024)));
    const QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return makeError(ErrorKind::Io,
                         Tr::tr("Cannot read \"%1\": %2").arg(native(path), file.errorString()));
    Result<QList<Prompt>> prompts = fromBytes(bytes);
    if (!prompts)
        //: %1 = file, %2 = what is wrong in it
        return makeError(prompts.error().kind,
                         Tr::tr("%1: %2").arg(native(path), prompts.error().message));
    return prompts;
}

QString freeName(const QString &name, const QStringList &taken)
{
    if (!taken.contains(name))
        return name;
    for (int n = 2;; ++n) {
        const QString candidate = u"%1 (%2)"_s.arg(name).arg(n);
        if (!taken.contains(candidate))
            return candidate;
    }
}

} // namespace Cutover::PromptFile
