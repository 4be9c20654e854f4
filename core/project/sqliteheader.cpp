#include "core/project/sqliteheader.h"

#include "core/util/tr.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QtEndian>

using namespace Qt::StringLiterals;

namespace Cutover::SqliteHeaderReader {
namespace {

constexpr qint64 kHeaderSize = 100;
constexpr char kMagic[] = "SQLite format 3"; // followed by a NUL: 16 bytes

quint32 be32(const QByteArray &b, int offset)
{
    return qFromBigEndian<quint32>(b.constData() + offset);
}

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

bool hasRecoveryFile(const QString &path)
{
    for (const QString &suffix : {u"-wal"_s, u"-journal"_s}) {
        const QFileInfo side(path + suffix);
        if (side.exists() && side.size() > 0)
            return true;
    }
    return false;
}

} // namespace

Result<SqliteHeader> read(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return makeError(ErrorKind::Io,
                         CoreTr::tr("The file \"%1\" does not exist.").arg(shown(path)));
    if (!info.isFile())
        return makeError(ErrorKind::NotCutover,
                         CoreTr::tr("\"%1\" is not a file and cannot be a Cutover project.")
                                 .arg(shown(path)));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorKind::Io, CoreTr::tr("The file \"%1\" could not be read: %2")
                                                .arg(shown(path), file.errorString()));
    SqliteHeader h;
    h.fileSize = file.size();
    if (h.fileSize == 0)
        return makeError(ErrorKind::NotCutover,
                         CoreTr::tr("The file \"%1\" is empty; it is not a Cutover project.")
                                 .arg(shown(path)));
    const QByteArray b = file.read(kHeaderSize);
    const QByteArray magic(kMagic, sizeof(kMagic)); // with the trailing NUL: 16 bytes
    const bool isSqlite = b.startsWith(magic);
    if (!isSqlite && !magic.startsWith(b))
        return makeError(ErrorKind::NotCutover,
                         CoreTr::tr("The file \"%1\" is not a Cutover project: it is not an "
                                    "SQLite database.")
                                 .arg(shown(path)));
    if (b.size() < kHeaderSize)
        return makeError(ErrorKind::Corrupt,
                         CoreTr::tr("The project \"%1\" is truncated: it ends after %n byte(s), "
                                    "inside the database header.",
                                    nullptr, int(b.size()))
                                 .arg(shown(path)));

    const quint32 rawPageSize = qFromBigEndian<quint16>(b.constData() + 16);
    h.pageSize = rawPageSize == 1 ? 65536u : rawPageSize;
    if (h.pageSize < 512 || h.pageSize > 65536 || (h.pageSize & (h.pageSize - 1)) != 0)
        return makeError(ErrorKind::Corrupt,
                         CoreTr::tr("The project \"%1\" is damaged: its header gives an "
                                    "impossible page size (%2 bytes).")
                                 .arg(shown(path))
                                 .arg(rawPageSize));
    h.writeVersion = quint8(b.at(18));
    h.readVersion = quint8(b.at(19));
    h.changeCounter = be32(b, 24);
    h.pageCount = be32(b, 28);
    h.pageCountValid = h.pageCount != 0 && h.changeCounter == be32(b, 92);
    h.userVersion = be32(b, 60);
    h.applicationId = be32(b, 68);
    h.sqliteVersion = be32(b, 96);
    return h;
}

Result<SqliteHeader> inspectProject(const QString &path, quint32 expectedApplicationId)
{
    Result<SqliteHeader> r = read(path);
    if (!r)
        return r;
    const SqliteHeader &h = r.value();
    if (h.applicationId != expectedApplicationId)
        return makeError(ErrorKind::NotCutover,
                         CoreTr::tr("The file \"%1\" is not a Cutover project: it is an SQLite "
                                    "database of another application (application id 0x%2).")
                                 .arg(shown(path))
                                 .arg(h.applicationId, 8, 16, QLatin1Char('0')));
    if (hasRecoveryFile(path))
        return r;
    if (h.fileSize % h.pageSize != 0)
        return makeError(ErrorKind::Corrupt,
                         CoreTr::tr("The project \"%1\" is truncated or damaged: its size (%2 "
                                    "bytes) is not a whole number of %3-byte pages.")
                                 .arg(shown(path))
                                 .arg(h.fileSize)
                                 .arg(h.pageSize));
    const qint64 expected = qint64(h.pageCount) * h.pageSize;
    if (h.pageCountValid && h.fileSize < expected)
        return makeError(ErrorKind::Corrupt,
                         CoreTr::tr("The project \"%1\" is truncated: it holds %2 bytes but its "
                                    "header says %3 pages (%4 bytes).")
                                 .arg(shown(path))
                                 .arg(h.fileSize)
                                 .arg(h.pageCount)
                                 .arg(expected));
    return r;
}

} // namespace Cutover::SqliteHeaderReader
