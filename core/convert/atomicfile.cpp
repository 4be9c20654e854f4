#include "core/convert/atomicfile.h"

#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstring>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace Cutover::Convert {

AtomicFile::AtomicFile(const QString &path, bool syncToDisk)
    : m_path(path)
    , m_sync(syncToDisk)
{
    const QFileInfo info(path);
    m_tmp.setFileTemplate(info.absolutePath() + u"/."_s + info.fileName() + u".XXXXXX.part"_s);
    m_tmp.setAutoRemove(true);
}

bool AtomicFile::open()
{
    if (!m_tmp.open()) {
        m_error = m_tmp.errorString();
        return false;
    }
    return true;
}

bool AtomicFile::write(std::string_view data)
{
    if (m_failed)
        return false;
    if (data.empty())
        return true;
    if (m_tmp.write(data.data(), qint64(data.size())) != qint64(data.size())) {
        m_error = m_tmp.errorString();
        m_failed = true;
        return false;
    }
    return true;
}

void AtomicFile::cancelWriting()
{
    m_failed = true;
    m_tmp.close();
    m_tmp.remove();
}

bool AtomicFile::commit()
{
    if (m_failed)
        return false;
    if (!m_tmp.flush()) {
        m_error = m_tmp.errorString();
        return false;
    }
#ifdef Q_OS_UNIX
    if (m_sync && ::fdatasync(m_tmp.handle()) != 0) {
        m_error = QString::fromLocal8Bit(std::strerror(errno));
        return false;
    }
#endif
    m_tmp.close();
#ifdef Q_OS_UNIX
    // rename(2) replaces the target atomically
    if (::rename(QFile::encodeName(m_tmp.fileName()).constData(),
                 QFile::encodeName(m_path).constData())
        != 0) {
        m_error = QString::fromLocal8Bit(std::strerror(errno));
        return false;
    }
    m_tmp.setAutoRemove(false);
    return true;
#else
    QFile::remove(m_path);
    if (!m_tmp.rename(m_path)) {
        m_error = m_tmp.errorString();
        return false;
    }
    m_tmp.setAutoRemove(false);
    return true;
#endif
}

} // namespace Cutover::Convert
