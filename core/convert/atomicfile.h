#pragma once

#include <QString>
#include <QTemporaryFile>

#include <string_view>

namespace Cutover::Convert {

// Writes to a hidden temporary file next to the target and renames it into
// place on commit(), so readers see the old file or the complete new one,
// never a partial one. Destroyed or cancelled without commit(): the
// temporary file is removed. Unlike QSaveFile, flushing to disk before the
// rename (fdatasync) is optional, for callers that measure or do not need
// durability against power loss.
class AtomicFile
{
public:
    AtomicFile(const QString &path, bool syncToDisk);

    bool open();
    bool write(std::string_view data);
    void cancelWriting();
    bool commit();
    QString errorString() const { return m_error; }

private:
    QString m_path;
    QTemporaryFile m_tmp;
    QString m_error;
    bool m_sync;
    bool m_failed = false;
};

} // namespace Cutover::Convert
