#pragma once

#include <QIcon>
#include <QWidget>

class QListWidget;
class QStackedWidget;

namespace Cutover {

// The main window's body: a list of panes on the left, the current pane on
// the right. Panes are owned by the host once added.
class PaneHost final : public QWidget
{
    Q_OBJECT

public:
    explicit PaneHost(QWidget *parent = nullptr);

    void addPane(const QString &id, const QIcon &icon, const QString &title, QWidget *pane);
    void removeAllPanes();

    QString currentPaneId() const;
    bool setCurrentPane(const QString &id);
    QStringList paneIds() const { return m_ids; }
    QWidget *pane(const QString &id) const;

Q_SIGNALS:
    void currentPaneChanged(const QString &id);

private:
    QListWidget *m_list;
    QStackedWidget *m_stack;
    QStringList m_ids;
};

} // namespace Cutover
