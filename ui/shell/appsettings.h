#pragma once

#include <QByteArray>
#include <QSettings>
#include <QString>
#include <QStringList>

#include <memory>

namespace Cutover {

// Typed access to the GUI's persistent settings, with the defaults in one
// place. Tests construct one over a throwaway INI file.
class AppSettings final
{
public:
    // The user's settings (QSettings with the application's organisation and name).
    AppSettings();
    // Settings stored in the INI file at `path` (tests).
    explicit AppSettings(const QString &path);

    static constexpr int kMaxRecentFiles = 10;

    QStringList recentFiles() const;
    void setRecentFiles(const QStringList &files);
    // Moves `path` to the front of the recent files, dropping the oldest.
    void addRecentFile(const QString &path);
    void removeRecentFile(const QString &path);

    // "" follows the system locale; otherwise a locale name such as "zh_CN".
    QString language() const;
    void setLanguage(const QString &language);

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);
    QByteArray windowState() const;
    void setWindowState(const QByteArray &state);

    QString lastDirectory() const;
    void setLastDirectory(const QString &directory);

    // A pane's own state (splitters, chosen section) by pane id ("plan", ...).
    QByteArray paneState(const QString &paneId) const;
    void setPaneState(const QString &paneId, const QByteArray &state);

    QString lastPane() const;
    void setLastPane(const QString &pane);

    void sync();

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace Cutover
