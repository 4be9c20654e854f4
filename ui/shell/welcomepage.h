#pragma once

#include <QWidget>

class QListWidget;
class QPushButton;

namespace Cutover {

// What the window shows with no project open: start a new project, open one,
// open the demo, or pick a recent file.
class WelcomePage final : public QWidget
{
    Q_OBJECT

public:
    explicit WelcomePage(QWidget *parent = nullptr);

    void setRecentFiles(const QStringList &files);
    void setDemoAvailable(bool available);

Q_SIGNALS:
    void newProjectRequested();
    void openProjectRequested();
    void openDemoRequested();
    void openRecentRequested(const QString &path);

private:
    QListWidget *m_recent;
    QPushButton *m_demo;
};

} // namespace Cutover
