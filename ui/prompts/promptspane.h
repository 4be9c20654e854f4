#pragma once

#include "core/prompts/prompt.h"

#include <QPointer>
#include <QWidget>

class QAction;
class QComboBox;
class QFrame;
class QLabel;
class QLineEdit;
class QPushButton;
class QSplitter;
class QStackedWidget;
class QTabWidget;
class QToolButton;
class QUndoStack;

namespace Cutover {

class Project;
class PromptDraft;
class PromptEditor;
class PromptLibraryView;
class PromptPreview;
class VersionHistory;

// The Prompts pane (issue 4, "Prompt library"): the project's prompts in a
// filterable list; for the selected prompt its wording (the default one or
// an endpoint's variant), edited as a draft with undo/redo and saved as a new
// immutable version with a note (Ctrl+S); the wording's history with any
// version read-only, differences between any two versions and "Restore as
// Newest"; a preview with sample values; JSON import and export.
//
// Every write goes through PromptStore and is followed by
// Project::promptsChanged(); the pane refreshes on that notice from anyone.
// A read-only project can be browsed, previewed, compared and exported.
class PromptsPane final : public QWidget
{
    Q_OBJECT

public:
    explicit PromptsPane(Project *project, QWidget *parent = nullptr);
    ~PromptsPane() override;

    // The draft's undo stack; the same object for the pane's whole life.
    QUndoStack *undoStack() const;
    PromptDraft *draft() const { return m_draft; }

    QString currentPrompt() const;
    QString currentWording() const { return m_wording; } // endpoint name, empty = default
    // Selects a prompt / wording, asking about unsaved changes first; false
    // if absent or the user kept the draft.
    bool selectPrompt(const QString &name);
    bool selectWording(const QString &endpointName);
    const Prompt &prompt() const { return m_prompt; }

    bool hasUnsavedChanges() const;
    // If the draft has unsaved changes: asks Save / Discard / Cancel. True
    // when the caller may go on (saved or discarded). For the shell before
    // closing the project.
    bool confirmLeavingDraft();

    // Actions, also behind the buttons (no dialogs unless said).
    bool createPrompt(const QString &name);
    bool renameCurrent(const QString &newName);
    bool deleteCurrent(bool confirmed = false); // asks unless confirmed
    bool setDescription(const QString &description);
    bool saveDraft(); // as a new version with the note field's text
    bool createVariant(const QString &endpointName);
    bool restoreVersion(int number);
    bool importFrom(const QString &path);
    bool exportTo(const QString &path, bool allPrompts);
    void requestCompare();

    // Splitter positions, for the main window's settings; restoreState()
    // ignores data it cannot read.
    QByteArray saveState() const;
    bool restoreState(const QByteArray &state);

    PromptLibraryView *library() const { return m_library; }
    PromptEditor *editor() const { return m_editor; }
    PromptPreview *preview() const { return m_preview; }
    VersionHistory *history() const { return m_history; }
    QTabWidget *tabs() const { return m_tabs; }
    QComboBox *wordingCombo() const { return m_wordingCombo; }
    QToolButton *createVariantButton() const { return m_createVariant; }
    QLineEdit *descriptionEdit() const { return m_description; }
    QLineEdit *noteEdit() const { return m_note; }
    QPushButton *saveButton() const { return m_save; }
    QAction *saveAction() const { return m_saveAction; }
    QPushButton *newButton() const { return m_new; }
    QPushButton *renameButton() const { return m_rename; }
    QPushButton *deleteButton() const { return m_delete; }
    QPushButton *importButton() const { return m_import; }
    QToolButton *exportButton() const { return m_export; }
    QPushButton *compareButton() const { return m_compare; }
    QLabel *statusLabel() const { return m_status; }
    QLabel *draftStateLabel() const { return m_draftState; }
    QFrame *readOnlyBanner() const { return m_banner; }

Q_SIGNALS:
    // "Compare…": the lead shows the Compare pane with this prompt version
    // (of the default wording; the Compare pane picks each side's variant).
    void compareRequested(const QString &promptName, int version);

private:
    void reload();
    void reloadCases();
    void showPrompt(const QString &name);
    bool loadPrompt(const QString &name);
    void fillWordings();
    void loadWording(const QString &endpointName);
    const QList<PromptVersion> &wordingHistory() const;
    void onLibraryChanged(const QString &name, const QString &previous);
    void onWordingChosen(int index);
    void fillVariantMenu();
    void askNewPrompt();
    void askRename();
    void askImport();
    void askExport(bool allPrompts);
    void updateDraftState();
    void updateActions();
    void showError(const QString &message);
    void showInfo(const QString &message);
    void notify();
    QStringList endpointNames() const;

    QPointer<Project> m_project; // the shell may close it before removing the pane
    bool m_readOnly;
    PromptDraft *m_draft;
    Prompt m_prompt;
    QString m_wording;
    int m_baseVersion = 0;
    bool m_switching = false;

    QFrame *m_banner;
    QLabel *m_status;
    PromptLibraryView *m_library;
    QPushButton *m_new;
    QPushButton *m_rename;
    QPushButton *m_delete;
    QPushButton *m_import;
    QToolButton *m_export;
    QStackedWidget *m_right;
    QLabel *m_title;
    QLineEdit *m_description;
    QComboBox *m_wordingCombo;
    QToolButton *m_createVariant;
    QPushButton *m_compare;
    QTabWidget *m_tabs;
    PromptEditor *m_editor;
    PromptPreview *m_preview;
    VersionHistory *m_history;
    QLineEdit *m_note;
    QPushButton *m_save;
    QLabel *m_draftState;
    QAction *m_saveAction;
    QSplitter *m_mainSplitter;
    QSplitter *m_editSplitter;
};

} // namespace Cutover
