#include "ui/shell/appsettings.h"

#include <QDir>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace Cutover {
namespace {

const QString kRecentFiles = u"files/recent"_s;
const QString kLastDirectory = u"files/lastDirectory"_s;
const QString kLanguage = u"ui/language"_s;
const QString kGeometry = u"window/geometry"_s;
const QString kState = u"window/state"_s;
const QString kLastPane = u"window/lastPane"_s;
// "window/planPaneState" for the Plan pane, as before there were more panes.
QString paneStateKey(const QString &paneId)
{
    return u"window/"_s + paneId + u"PaneState"_s;
}

} // namespace

AppSettings::AppSettings()
    : m_settings(std::make_unique<QSettings>())
{}

AppSettings::AppSettings(const QString &path)
    : m_settings(std::make_unique<QSettings>(path, QSettings::IniFormat))
{}

QStringList AppSettings::recentFiles() const
{
    return m_settings->value(kRecentFiles).toStringList();
}

void AppSettings::setRecentFiles(const QStringList &files)
{
    m_settings->setValue(kRecentFiles, files.mid(0, kMaxRecentFiles));
}

void AppSettings::addRecentFile(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList files = recentFiles();
    files.removeAll(absolute);
    files.prepend(absolute);
    setRecentFiles(files);
}

void AppSettings::removeRecentFile(const QString &path)
{
    QStringList files = recentFiles();
    files.removeAll(QFileInfo(path).absoluteFilePath());
    setRecentFiles(files);
}

QString AppSettings::language() const
{
    return m_settings->value(kLanguage).toString();
}

void AppSettings::setLanguage(const QString &language)
{
    m_settings->setValue(kLanguage, language);
}

QByteArray AppSettings::windowGeometry() const
{
    return m_settings->value(kGeometry).toByteArray();
}

void AppSettings::setWindowGeometry(const QByteArray &geometry)
{
    m_settings->setValue(kGeometry, geometry);
}

QByteArray AppSettings::windowState() const
{
    return m_settings->value(kState).toByteArray();
}

void AppSettings::setWindowState(const QByteArray &state)
{
    m_settings->setValue(kState, state);
}

QString AppSettings::lastDirectory() const
{
    const QString dir = m_settings->value(kLastDirectory).toString();
    return dir.isEmpty() || !QDir(dir).exists() ? QDir::homePath() : dir;
}

void AppSettings::setLastDirectory(const QString &directory)
{
    m_settings->setValue(kLastDirectory, directory);
}

QByteArray AppSettings::paneState(const QString &paneId) const
{
    return m_settings->value(paneStateKey(paneId)).toByteArray();
}

void AppSettings::setPaneState(const QString &paneId, const QByteArray &state)
{
    m_settings->setValue(paneStateKey(paneId), state);
}

QString AppSettings::lastPane() const
{
    return m_settings->value(kLastPane).toString();
}

void AppSettings::setLastPane(const QString &pane)
{
    m_settings->setValue(kLastPane, pane);
}

void AppSettings::sync()
{
    m_settings->sync();
}

} // namespace Cutover
