#pragma once

#include "core/prompts/prompt.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTreeWidget;

namespace Cutover {

class PromptDiffView;

// The history of one wording: its versions newest first (number, time in
// local time, note); the selected version read-only; the differences between
// any two versions; "Restore as Newest" asks the owner to store a copy of
// the selected version as a new one.
class VersionHistory final : public QWidget
{
    Q_OBJECT

public:
    explicit VersionHistory(QWidget *parent = nullptr);

    // Keeps the selected version when it is still there, else selects the newest.
    void setHistory(const QList<PromptVersion> &history);
    void setReadOnly(bool readOnly);

    int selectedVersion() const; // 0 when none
    bool selectVersion(int number);
    // Shows the differences from `older` to `newer` (version numbers).
    void showDiff(int older, int newer);

    QTreeWidget *versionList() const { return m_list; }
    QPlainTextEdit *versionView() const { return m_view; }
    QComboBox *fromCombo() const { return m_from; }
    QComboBox *toCombo() const { return m_to; }
    PromptDiffView *diffView() const { return m_diff; }
    QTabWidget *tabs() const { return m_tabs; }
    QPushButton *restoreButton() const { return m_restore; }

    static QString timeText(const QDateTime &utc);

Q_SIGNALS:
    void restoreRequested(int number);

private:
    void showSelected();
    void updateDiff();
    void updateActions();

    QList<PromptVersion> m_history;
    QTreeWidget *m_list;
    QTabWidget *m_tabs;
    QPlainTextEdit *m_view;
    QLabel *m_viewTitle;
    QComboBox *m_from;
    QComboBox *m_to;
    PromptDiffView *m_diff;
    QPushButton *m_restore;
    bool m_readOnly = false;
};

} // namespace Cutover
