#pragma once

#include "core/runs/testcase.h"

#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableView;
class QTimer;
class QUndoStack;

namespace Cutover {

class CasesModel;
class Project;

// The Test Cases pane: the project's cases in a lazy table (CasesModel) with
// one column per variable; edit in place, add, delete, edit a case's
// assertions, filter by text and tag, and import CSV/JSONL files (read off
// the GUI thread, stored in chunks, with progress and cancel; a bad file is
// reported with its file name and line). Every change is stored at once,
// announced with Project::casesChanged() and can be undone (undoStack()).
class CasesPane final : public QWidget
{
    Q_OBJECT

public:
    static constexpr int kImportChunk = 1000; // cases per write transaction

    explicit CasesPane(Project *project, QWidget *parent = nullptr);
    ~CasesPane() override;

    QUndoStack *undoStack() const { return m_undo; }
    CasesModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QLineEdit *filterEdit() const { return m_filter; }
    QComboBox *tagCombo() const { return m_tag; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *deleteButton() const { return m_delete; }
    QPushButton *assertionsButton() const { return m_assertions; }
    QPushButton *importButton() const { return m_import; }
    QPushButton *importConversationsButton() const { return m_importConversations; }
    QPushButton *cancelImportButton() const { return m_cancelImport; }
    QProgressBar *importProgress() const { return m_progress; }
    QLabel *messageLabel() const { return m_message; }
    QLabel *countLabel() const { return m_count; }

    // Adds an empty case (every variable column present) and starts editing it.
    void addCase();
    // Deletes the selected cases; asks first unless `confirmed`.
    void deleteSelected(bool confirmed = false);
    // Opens the assertion editor for the current case.
    void editAssertions();
    // Stores new assertions and threshold for the case with this id (undoable).
    bool setAssertions(qint64 caseId, const QList<Assertion> &assertions, double threshold);
    // Asks for a file, then importFile().
    void chooseImportFile();
    // Asks for a file of stored conversations, then importFile(path, Conversations).
    void chooseConversationsFile();
    // What a file holds: test cases (CSV or JSONL, CaseImport) or stored
    // conversations in any of the five formats, one case each (ConversationCases).
    enum class Source { Cases, Conversations };
    // Reads the file off the GUI thread, then stores its cases; importFinished() follows.
    void importFile(const QString &path, Source source = Source::Cases);
    void cancelImport();
    bool isImporting() const;
    // Adds a variable column (the first value typed into it creates the variable).
    void addVariable(const QString &name);

    // Column widths and order, for the shell's settings.
    QByteArray saveState() const;
    void restoreState(const QByteArray &state);

Q_SIGNALS:
    // ok: the cases are stored; otherwise `message` says why not (or that it was cancelled).
    void importFinished(bool ok, const QString &message);

private:
    bool storeEdit(const TestCase &before, const TestCase &after, const QString &text);
    void storeNextChunk();
    void finishImport(bool ok, const QString &message);
    void showMessage(const QString &message, bool error);
    void notifyChanged();
    void updateActions();
    void updateCount();
    QList<qint64> selectedIds() const;

    QPointer<Project> m_project;
    bool m_readOnly;
    QUndoStack *m_undo;
    CasesModel *m_model;
    QTableView *m_table;
    QLineEdit *m_filter;
    QComboBox *m_tag;
    QTimer *m_filterDelay;
    QTimer *m_readPoll; // progress of the file being read
    QPushButton *m_add;
    QPushButton *m_addVariable;
    QPushButton *m_delete;
    QPushButton *m_assertions;
    QPushButton *m_import;
    QPushButton *m_importConversations;
    QPushButton *m_cancelImport;
    QProgressBar *m_progress;
    QLabel *m_message;
    QLabel *m_count;
    QWidget *m_importBar;
    QLabel *m_importLabel;

    // The import in progress.
    struct Import;
    std::unique_ptr<Import> m_importing;
    int m_importGeneration = 0;
    bool m_notifying = false;
};

} // namespace Cutover
