#include "core/runs/caseimport.h"

#include "core/prompts/promptrender.h"
#include "core/runs/assertionjson.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Cutover::CaseImport {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cutover::CaseImport)
};

const QString kExpected = u"expected"_s;
const QString kTags = u"tags"_s;
const QString kAssertions = u"assertions"_s;
const QString kThreshold = u"pass_threshold"_s;

bool isReserved(const QString &name)
{
    return name == kExpected || name == kTags || name == kAssertions || name == kThreshold;
}

Error lineError(const QString &file, qsizetype line, const QString &problem)
{
    return makeError(ErrorKind::BadInput, Tr::tr("%1:%2: %3").arg(file).arg(line).arg(problem));
}

// Finds the first byte that is not valid UTF-8 (overlong forms, surrogates
// and code points above U+10FFFF included). Returns -1 when all is valid.
qsizetype invalidUtf8(const QByteArray &data)
{
    const auto *p = reinterpret_cast<const unsigned char *>(data.constData());
    const qsizetype n = data.size();
    qsizetype i = 0;
    while (i < n) {
        const unsigned char c = p[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int extra = 0;
        char32_t cp = 0;
        char32_t min = 0;
        if ((c & 0xE0) == 0xC0) {
            extra = 1;
            cp = c & 0x1F;
            min = 0x80;
        } else if ((c & 0xF0) == 0xE0) {
            extra = 2;
            cp = c & 0x0F;
            min = 0x800;
        } else if ((c & 0xF8) == 0xF0) {
            extra = 3;
            cp = c & 0x07;
            min = 0x10000;
        } else {
            return i;
        }
        for (int k = 1; k <= extra; ++k) {
            if (i + k >= n || (p[i + k] & 0xC0) != 0x80)
                return i;
            cp = (cp << 6) | (p[i + k] & 0x3F);
        }
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return i;
        i += extra + 1;
    }
    return -1;
}

Result<QString> decode(const QByteArray &data, const QString &file)
{
    const qsizetype bad = invalidUtf8(data);
    if (bad >= 0) {
        const qsizetype line = data.left(bad).count('\n') + 1;
        const qsizetype lineStart = data.lastIndexOf('\n', bad - 1) + 1;
        return lineError(file, line,
                         Tr::tr("invalid UTF-8 at byte %1 of the line (byte %2 of the file)")
                                 .arg(bad - lineStart + 1)
                                 .arg(bad + 1));
    }
    QString text = QString::fromUtf8(data);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    return text;
}

struct Record
{
    qsizetype line = 0;
    QStringList fields;
};

constexpr qint64 kProgressStep = 1 << 16; // characters between progress calls

Error cancelled(const QString &file)
{
    return makeError(ErrorKind::Cancelled, Tr::tr("%1: the import was cancelled.").arg(file));
}

Result<QList<Record>> parseCsv(const QString &text, const QString &file, const Progress &progress)
{
    qint64 nextReport = kProgressStep;
    QList<Record> records;
    const qsizetype n = text.size();
    qsizetype i = 0;
    qsizetype line = 1;
    while (i < n) {
        if (progress && i >= nextReport) {
            nextReport = i + kProgressStep;
            if (!progress(i, n))
                return cancelled(file);
        }
        Record record;
        record.line = line;
        QString field;
        bool recordDone = false;
        while (!recordDone) {
            field.clear();
            if (i < n && text.at(i) == u'"') {
                const qsizetype quoteLine = line;
                ++i;
                bool closed = false;
                while (i < n) {
                    const QChar c = text.at(i);
                    if (c == u'"') {
                        if (i + 1 < n && text.at(i + 1) == u'"') {
                            field += u'"';
                            i += 2;
                            continue;
                        }
                        ++i;
                        closed = true;
                        break;
                    }
                    if (c == u'\n')
                        ++line;
                    field += c;
                    ++i;
                }
                if (!closed)
                    return lineError(file, quoteLine,
                                     Tr::tr("the quoted field in column %1 is never closed")
                                             .arg(record.fields.size() + 1));
                if (i < n && text.at(i) != u',' && text.at(i) != u'\n' && text.at(i) != u'\r')
                    return lineError(file, line,
                                     Tr::tr("text after the closing quote in column %1")
                                             .arg(record.fields.size() + 1));
            } else {
                while (i < n && text.at(i) != u',' && text.at(i) != u'\n'
                       && !(text.at(i) == u'\r' && (i + 1 >= n || text.at(i + 1) == u'\n')))
                    field += text.at(i++);
            }
            record.fields.append(field);
            if (i >= n) {
                recordDone = true;
            } else if (text.at(i) == u',') {
                ++i;
            } else {
                if (text.at(i) == u'\r')
                    ++i;
                if (i < n && text.at(i) == u'\n')
                    ++i;
                ++line;
                recordDone = true;
            }
        }
        const bool blank = record.fields.size() == 1 && record.fields.at(0).trimmed().isEmpty();
        if (!blank)
            records.append(record);
    }
    return records;
}

QStringList splitTags(const QString &text)
{
    static const QRegularExpression separators(u"[,;]"_s);
    QStringList tags;
    for (const QString &t : text.split(separators)) {
        const QString tag = t.trimmed();
        if (!tag.isEmpty() && !tags.contains(tag))
            tags.append(tag);
    }
    return tags;
}

void noteVariable(CaseImportResult &result, QSet<QString> &seen, const QString &name)
{
    if (seen.contains(name))
        return;
    seen.insert(name);
    result.variables.append(name);
    if (!PromptRender::isValidName(name))
        result.warnings.append(Tr::tr("\"%1\" cannot be written as a {{placeholder}} (names "
                                      "start with a letter or _ and use letters, digits, _ . -); "
                                      "its values are imported but no prompt can use them.")
                                       .arg(name));
}

QString compactJson(const QJsonValue &v)
{
    if (v.isObject())
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    if (v.isArray())
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    const QString text
            = QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact));
    return text.mid(1, text.size() - 2);
}

} // namespace

Result<CaseImportResult> fromCsv(const QByteArray &data, const QString &fileName,
                                 const Progress &progress)
{
    Result<QString> text = decode(data, fileName);
    if (!text)
        return text.error();
    Result<QList<Record>> parsed = parseCsv(text.value(), fileName, progress);
    if (!parsed)
        return parsed.error();
    const QList<Record> &records = parsed.value();
    if (records.isEmpty())
        return makeError(ErrorKind::BadInput,
                         Tr::tr("%1: the file is empty; the first line must name the columns.")
                                 .arg(fileName));

    const Record &header = records.first();
    QStringList columns;
    for (qsizetype c = 0; c < header.fields.size(); ++c) {
        const QString name = header.fields.at(c).trimmed();
        if (name.isEmpty())
            return lineError(fileName, header.line, Tr::tr("column %1 has no name").arg(c + 1));
        if (columns.contains(name))
            return lineError(fileName, header.line,
                             Tr::tr("the column \"%1\" appears twice").arg(name));
        columns.append(name);
    }

    CaseImportResult result;
    QSet<QString> seen;
    for (const QString &name : std::as_const(columns)) {
        if (!isReserved(name))
            noteVariable(result, seen, name);
    }
    for (qsizetype r = 1; r < records.size(); ++r) {
        const Record &record = records.at(r);
        if (record.fields.size() != columns.size())
            return lineError(
                    fileName, record.line,
                    Tr::tr("%n field(s), but the header has %1", nullptr, int(record.fields.size()))
                            .arg(columns.size()));
        TestCase tc;
        for (qsizetype c = 0; c < columns.size(); ++c) {
            const QString &name = columns.at(c);
            const QString &value = record.fields.at(c);
            if (name == kExpected) {
                if (!value.isEmpty())
                    tc.reference = value;
            } else if (name == kTags) {
                tc.tags = splitTags(value);
            } else if (name == kAssertions) {
                if (value.trimmed().isEmpty())
                    continue;
                Result<QList<Assertion>> list
                        = AssertionJson::listFromBytes(value.toUtf8(), kAssertions);
                if (!list)
                    return lineError(fileName, record.line, list.error().message);
                tc.assertions = std::move(list).value();
            } else if (name == kThreshold) {
                if (value.trimmed().isEmpty())
                    continue;
                bool ok = false;
                const double t = value.trimmed().toDouble(&ok);
                if (!ok || !(t >= 0.0 && t <= 1.0))
                    return lineError(fileName, record.line,
                                     Tr::tr("pass_threshold must be a number from 0 to 1, not "
                                            "\"%1\"")
                                             .arg(value));
                tc.passThreshold = t;
            } else {
                tc.variables.insert(name, value);
            }
        }
        result.cases.append(std::move(tc));
    }
    return result;
}

Result<CaseImportResult> fromJsonl(const QByteArray &data, const QString &fileName,
                                   const Progress &progress)
{
    Result<QString> decoded = decode(data, fileName);
    if (!decoded)
        return decoded.error();
    const qint64 total = decoded->size();
    const QStringList lines = decoded.value().split(u'\n');
    CaseImportResult result;
    QSet<QString> seen;
    qint64 done = 0;
    qint64 nextReport = kProgressStep;
    for (qsizetype l = 0; l < lines.size(); ++l) {
        const qsizetype lineNo = l + 1;
        const QString &line = lines.at(l);
        done += line.size() + 1;
        if (progress && done >= nextReport) {
            nextReport = done + kProgressStep;
            if (!progress(std::min(done, total), total))
                return cancelled(fileName);
        }
        if (line.trimmed().isEmpty())
            continue;
        const QByteArray bytes = line.toUtf8();
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
        if (parseError.error != QJsonParseError::NoError)
            return lineError(fileName, lineNo,
                             Tr::tr("invalid JSON at byte %1: %2")
                                     .arg(parseError.offset + 1)
                                     .arg(parseError.errorString()));
        if (!doc.isObject())
            return lineError(fileName, lineNo, Tr::tr("each line must be a JSON object"));
        const QJsonObject o = doc.object();
        TestCase tc;
        for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
            const QString &key = it.key();
            const QJsonValue v = it.value();
            if (key == kExpected) {
                if (v.isString())
                    tc.reference = v.toString();
                else if (!v.isNull())
                    return lineError(fileName, lineNo, Tr::tr("expected must be a string or null"));
            } else if (key == kTags) {
                if (v.isString()) {
                    tc.tags = splitTags(v.toString());
                } else if (v.isArray()) {
                    const QJsonArray tags = v.toArray();
                    for (const QJsonValue &t : tags) {
                        if (!t.isString())
                            return lineError(fileName, lineNo, Tr::tr("tags must be strings"));
                        const QString tag = t.toString().trimmed();
                        if (!tag.isEmpty() && !tc.tags.contains(tag))
                            tc.tags.append(tag);
                    }
                } else if (!v.isNull()) {
                    return lineError(fileName, lineNo,
                                     Tr::tr("tags must be an array of strings or a string"));
                }
            } else if (key == kAssertions) {
                if (v.isNull())
                    continue;
                Result<QList<Assertion>> list = AssertionJson::listFromJson(v, kAssertions);
                if (!list)
                    return lineError(fileName, lineNo, list.error().message);
                tc.assertions = std::move(list).value();
            } else if (key == kThreshold) {
                const double t = v.toDouble(-1);
                if (!v.isDouble() || !(t >= 0.0 && t <= 1.0))
                    return lineError(fileName, lineNo,
                                     Tr::tr("pass_threshold must be a number from 0 to 1"));
                tc.passThreshold = t;
            } else if (!v.isNull()) {
                noteVariable(result, seen, key);
                tc.variables.insert(key, v.isString() ? v.toString() : compactJson(v));
            }
        }
        result.cases.append(std::move(tc));
    }
    return result;
}

Result<CaseImportResult> fromFile(const QString &path, const Progress &progress)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    const bool csv = suffix == u"csv";
    const bool jsonl = suffix == u"jsonl" || suffix == u"ndjson";
    if (!csv && !jsonl)
        return makeError(ErrorKind::BadInput,
                         Tr::tr("%1: unknown file type; cases are read from .csv or .jsonl files.")
                                 .arg(path));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorKind::Io, Tr::tr("Cannot read %1: %2").arg(path, file.errorString()));
    const QByteArray data = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return makeError(ErrorKind::Io, Tr::tr("Cannot read %1: %2").arg(path, file.errorString()));
    const QString name = QFileInfo(path).fileName();
    return csv ? fromCsv(data, name, progress) : fromJsonl(data, name, progress);
}

} // namespace Cutover::CaseImport
