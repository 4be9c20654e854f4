#include "ui/prompts/promptspane.h"

#include "core/endpoints/endpointstore.h"
#include "core/project/project.h"
#include "core/project/projectfile.h"
#include "core/prompts/promptdraft.h"
#include "core/prompts/promptfile.h"
#include "core/prompts/promptstore.h"
#include "core/runs/casestore.h"
#include "ui/prompts/prompteditor.h"
#include "ui/prompts/promptlibraryview.h"
#include "ui/prompts/promptlistmodel.h"
#include "ui/prompts/promptnamedialog.h"
#include "ui/prompts/promptpreview.h"
#include "ui/prompts/versionhistory.h"

#include <QAction>
#include <QComboBox>
#include <QDataStream>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QIODevice>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Cutover {
namespace {

constexpr quint32 kStateMagic = 0x50525031; // 'PRP1'
constexpr qint64 kSampleCases = 200;        // cases offered in the preview

const QList<PromptVersion> kNoHistory;

QString nativePath(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

} // namespace

PromptsPane::PromptsPane(Project *project, QWidget *parent)
    : QWidget(parent)
    , m_project(project)
    , m_readOnly(project->isReadOnly())
    , m_draft(new PromptDraft(this))
    , m_banner(new QFrame(this))
    , m_status(new QLabel(this))
    , m_library(new PromptLibraryView(this))
    , m_new(new QPushButton(tr("&New…"), this))
    , m_rename(new QPushButton(tr("Rena&me…"), this))
    , m_delete(new QPushButton(tr("De&lete…"), this))
    , m_import(new QPushButton(tr("&Import…"), this))
    , m_export(new QToolButton(this))
    , m_right(new QStackedWidget(this))
    , m_title(new QLabel(this))
    , m_description(new QLineEdit(this))
    , m_wordingCombo(new QComboBox(this))
    , m_createVariant(new QToolButton(this))
    , m_compare(new QPushButton(tr("&Compare…"), this))
    , m_tabs(new QTabWidget(this))
    , m_editor(new PromptEditor(m_draft, this))
    , m_preview(new PromptPreview(this))
    , m_history(new VersionHistory(this))
    , m_note(new QLineEdit(this))
    , m_save(new QPushButton(tr("&Save as New Version"), this))
    , m_draftState(new QLabel(this))
    , m_saveAction(new QAction(tr("Save as New Version"), this))
    , m_mainSplitter(new QSplitter(Qt::Horizontal, this))
    , m_editSplitter(new QSplitter(Qt::Horizontal, this))
{
    setObjectName(u"PromptsPane"_s);

    // Read-only banner, as in the Plan pane.
    m_banner->setObjectName(u"readOnlyBanner"_s);
    m_banner->setStyleSheet(
            u"QFrame#readOnlyBanner { background: #fff4d1; border: 1px solid #e4c66c;"
            " border-radius: 4px; } QFrame#readOnlyBanner QLabel { color: #4d3b00; }"_s);
    auto *bannerText = new QLabel(m_banner);
    bannerText->setWordWrap(true);
    bannerText->setTextFormat(Qt::PlainText);
    bannerText->setText(
            //: %1 = why the project is read-only (full sentences)
            tr("%1 You can browse, preview, compare and export prompts, but not change them.")
                    .arg(project->readOnlyReason()));
    auto *bannerLayout = new QHBoxLayout(m_banner);
    bannerLayout->addWidget(bannerText, 1);
    m_banner->setVisible(m_readOnly);

    m_status->setObjectName(u"promptsStatus"_s);
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->hide();

    // Library: the list and its buttons.
    m_export->setText(tr("E&xport"));
    m_export->setPopupMode(QToolButton::InstantPopup);
    m_export->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto *exportMenu = new QMenu(m_export);
    QAction *exportOne = exportMenu->addAction(tr("Selected Prompt…"));
    exportOne->setObjectName(u"exportSelected"_s);
    QAction *exportAll = exportMenu->addAction(tr("All Prompts…"));
    exportAll->setObjectName(u"exportAll"_s);
    m_export->setMenu(exportMenu);
    m_export->setToolTip(tr("Write the selected prompt or the whole library to a JSON file, "
                            "with every version and variant"));
    m_import->setToolTip(tr("Add the prompts of a JSON file (one prompt or a library). A prompt "
                            "whose name is taken is imported under a new name such as "
                            "\"triage (2)\"; nothing is overwritten."));
    m_new->setToolTip(tr("Create a prompt with a system and a user message"));
    m_rename->setToolTip(tr("Rename the selected prompt (refused while stored runs use it)"));
    m_delete->setToolTip(tr("Delete the selected prompt with all its versions and variants"));

    auto *libraryButtons = new QHBoxLayout;
    libraryButtons->addWidget(m_new);
    libraryButtons->addWidget(m_rename);
    libraryButtons->addWidget(m_delete);
    auto *fileButtons = new QHBoxLayout;
    fileButtons->addWidget(m_import);
    fileButtons->addWidget(m_export);
    fileButtons->addStretch(1);
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_library, 1);
    leftLayout->addLayout(libraryButtons);
    leftLayout->addLayout(fileButtons);

    // The selected prompt.
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    m_title->setFont(titleFont);
    m_title->setTextFormat(Qt::PlainText);
    m_compare->setToolTip(tr("Open this prompt in the Compare pane to run it on a case with the "
                             "baseline and the candidate"));
    m_description->setPlaceholderText(tr("What the prompt is for"));
    m_description->setAccessibleName(tr("Description"));
    m_wordingCombo->setAccessibleName(tr("Wording"));
    m_wordingCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_createVariant->setText(tr("Create &Variant for Endpoint"));
    m_createVariant->setPopupMode(QToolButton::InstantPopup);
    m_createVariant->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_createVariant->setMenu(new QMenu(m_createVariant));
    m_createVariant->setToolTip(tr("Give an endpoint its own wording of this prompt, starting "
                                   "from the default wording's latest version"));

    auto *titleRow = new QHBoxLayout;
    titleRow->addWidget(m_title, 1);
    titleRow->addWidget(m_compare);
    auto *fields = new QFormLayout;
    fields->addRow(tr("&Description:"), m_description);
    auto *wordingRow = new QHBoxLayout;
    wordingRow->addWidget(m_wordingCombo);
    wordingRow->addWidget(m_createVariant);
    wordingRow->addStretch(1);
    auto *wordingLabel = new QLabel(tr("&Wording:"), this);
    wordingLabel->setBuddy(m_wordingCombo);
    fields->addRow(wordingLabel, wordingRow);

    m_note->setPlaceholderText(tr("What changed (optional)"));
    m_note->setAccessibleName(tr("Version note"));
    m_saveAction->setShortcut(QKeySequence::Save);
    m_saveAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_saveAction);
    m_save->setToolTip(tr("Store the draft as a new, immutable version (%1)")
                               .arg(m_saveAction->shortcut().toString(QKeySequence::NativeText)));
    m_draftState->setObjectName(u"draftState"_s);
    m_draftState->setTextFormat(Qt::PlainText);
    auto *saveRow = new QHBoxLayout;
    auto *noteLabel = new QLabel(tr("N&ote:"), this);
    noteLabel->setBuddy(m_note);
    saveRow->addWidget(noteLabel);
    saveRow->addWidget(m_note, 1);
    saveRow->addWidget(m_save);
    saveRow->addWidget(m_draftState);

    m_editSplitter->addWidget(m_editor);
    m_editSplitter->addWidget(m_preview);
    m_editSplitter->setStretchFactor(0, 3);
    m_editSplitter->setStretchFactor(1, 2);
    m_editSplitter->setChildrenCollapsible(false);
    auto *editPage = new QWidget(this);
    auto *editLayout = new QVBoxLayout(editPage);
    editLayout->addWidget(m_editSplitter, 1);
    editLayout->addLayout(saveRow);
    m_tabs->addTab(editPage, tr("&Edit"));
    m_tabs->addTab(m_history, tr("&Versions"));

    auto *details = new QWidget(this);
    auto *detailsLayout = new QVBoxLayout(details);
    detailsLayout->setContentsMargins(0, 0, 0, 0);
    detailsLayout->addLayout(titleRow);
    detailsLayout->addLayout(fields);
    detailsLayout->addWidget(m_tabs, 1);

    auto *nothing = new QLabel(tr("Select a prompt on the left, or create one with New."), this);
    nothing->setAlignment(Qt::AlignCenter);
    nothing->setWordWrap(true);
    m_right->addWidget(nothing);
    m_right->addWidget(details);

    m_mainSplitter->addWidget(left);
    m_mainSplitter->addWidget(m_right);
    m_mainSplitter->setStretchFactor(0, 1);
    m_mainSplitter->setStretchFactor(1, 3);
    m_mainSplitter->setChildrenCollapsible(false);
    m_mainSplitter->setSizes({340, 940});
    m_editSplitter->setSizes({600, 340});

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(m_status);
    layout->addWidget(m_mainSplitter, 1);

    // Keyboard: Ctrl+F filters the library; in the list F2 renames, Delete deletes.
    auto *findAction = new QAction(tr("Filter Prompts"), this);
    findAction->setShortcut(QKeySequence::Find);
    findAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(findAction);
    connect(findAction, &QAction::triggered, this, [this] {
        m_library->filterEdit()->setFocus(Qt::ShortcutFocusReason);
        m_library->filterEdit()->selectAll();
    });
    auto *renameAction = new QAction(tr("Rename Prompt"), m_library->table());
    renameAction->setShortcut(Qt::Key_F2);
    renameAction->setShortcutContext(Qt::WidgetShortcut);
    m_library->table()->addAction(renameAction);
    connect(renameAction, &QAction::triggered, this, [this] {
        if (m_rename->isEnabled())
            askRename();
    });
    auto *deleteAction = new QAction(tr("Delete Prompt"), m_library->table());
    deleteAction->setShortcut(QKeySequence::Delete);
    deleteAction->setShortcutContext(Qt::WidgetShortcut);
    m_library->table()->addAction(deleteAction);
    connect(deleteAction, &QAction::triggered, this, [this] {
        if (m_delete->isEnabled())
            deleteCurrent();
    });

    connect(m_library, &PromptLibraryView::currentChanged, this, &PromptsPane::onLibraryChanged);
    connect(m_new, &QPushButton::clicked, this, &PromptsPane::askNewPrompt);
    connect(m_rename, &QPushButton::clicked, this, &PromptsPane::askRename);
    connect(m_delete, &QPushButton::clicked, this, [this] { deleteCurrent(); });
    connect(m_import, &QPushButton::clicked, this, &PromptsPane::askImport);
    connect(exportOne, &QAction::triggered, this, [this] { askExport(false); });
    connect(exportAll, &QAction::triggered, this, [this] { askExport(true); });
    connect(m_compare, &QPushButton::clicked, this, &PromptsPane::requestCompare);
    connect(m_description, &QLineEdit::editingFinished, this,
            [this] { setDescription(m_description->text()); });
    connect(m_wordingCombo, &QComboBox::activated, this, &PromptsPane::onWordingChosen);
    connect(m_createVariant->menu(), &QMenu::aboutToShow, this, &PromptsPane::fillVariantMenu);
    connect(m_save, &QPushButton::clicked, this, &PromptsPane::saveDraft);
    connect(m_saveAction, &QAction::triggered, this, &PromptsPane::saveDraft);
    connect(m_note, &QLineEdit::returnPressed, this, &PromptsPane::saveDraft);
    connect(m_history, &VersionHistory::restoreRequested, this, &PromptsPane::restoreVersion);
    connect(m_draft, &PromptDraft::changed, this, [this] {
        m_preview->setTemplate(m_draft->messages());
        updateDraftState();
        updateActions();
    });
    connect(project, &Project::promptsChanged, this, &PromptsPane::reload);
    connect(project, &Project::casesChanged, this, &PromptsPane::reloadCases);

    m_editor->setReadOnly(true);
    reloadCases();
    reload();
    updateActions();
}

PromptsPane::~PromptsPane() = default;

QUndoStack *PromptsPane::undoStack() const
{
    return m_draft->undoStack();
}

QString PromptsPane::currentPrompt() const
{
    return m_prompt.name;
}

bool PromptsPane::hasUnsavedChanges() const
{
    return !m_prompt.name.isEmpty() && !m_readOnly && m_draft->isModified();
}

// --- loading ---------------------------------------------------------------

void PromptsPane::reload()
{
    if (!m_project)
        return;
    auto list = PromptStore::list(m_project->file()->database());
    if (!list) {
        showError(list.error().message);
        return;
    }
    m_library->setPrompts(list.value());
    if (!m_prompt.name.isEmpty() && m_library->model()->rowOf(m_prompt.name) >= 0) {
        // Someone stored a version (this pane, the Compare pane, the CLI on
        // another connection): refresh, keeping the user's draft.
        if (!loadPrompt(m_prompt.name))
            return;
        fillWordings();
        if (!m_description->hasFocus())
            m_description->setText(m_prompt.description);
        m_history->setHistory(wordingHistory());
        const PromptVersion *latest = PromptVersions::latest(wordingHistory());
        if (latest && !m_draft->isModified() && latest->number != m_baseVersion) {
            m_draft->reset(latest->messages);
            m_baseVersion = latest->number;
        }
        updateDraftState();
    } else if (m_library->currentName().isEmpty() && !list->isEmpty()) {
        m_library->selectPrompt(
                m_library->proxy()->index(0, 0).data(PromptListModel::NameRole).toString());
    }
    updateActions();
}

void PromptsPane::reloadCases()
{
    if (!m_project)
        return;
    const QSqlDatabase db = m_project->file()->database();
    auto total = CaseStore::count(db);
    auto cases = CaseStore::list(db, 0, kSampleCases);
    if (!total || !cases) {
        m_preview->setCases({}, 0); // the preview works without them
        return;
    }
    QList<PromptPreview::SampleCase> samples;
    samples.reserve(cases->size());
    for (const TestCase &c : std::as_const(cases.value()))
        samples.append(PromptPreview::SampleCase{c.id, c.variables});
    m_preview->setCases(samples, total.value());
}

bool PromptsPane::loadPrompt(const QString &name)
{
    auto loaded = PromptStore::load(m_project->file()->database(), name);
    if (!loaded) {
        showError(loaded.error().message);
        return false;
    }
    m_prompt = std::move(loaded).value();
    return true;
}

void PromptsPane::showPrompt(const QString &name)
{
    if (name.isEmpty() || !m_project || !loadPrompt(name)) {
        m_prompt = Prompt();
        m_wording.clear();
        m_baseVersion = 0;
        m_draft->reset({});
        m_history->setHistory({});
        m_right->setCurrentIndex(0);
        updateActions();
        return;
    }
    m_title->setText(m_prompt.name);
    m_description->setText(m_prompt.description);
    m_description->setCursorPosition(0);
    m_right->setCurrentIndex(1);
    m_wording.clear();
    fillWordings();
    loadWording(QString());
}

void PromptsPane::fillWordings()
{
    const QStringList endpoints = endpointNames();
    const QSignalBlocker blocker(m_wordingCombo);
    m_wordingCombo->clear();
    m_wordingCombo->addItem(tr("Default wording"), QString());
    for (const PromptVariant &v : std::as_const(m_prompt.variants)) {
        if (endpoints.contains(v.endpointName)) {
            m_wordingCombo->addItem(tr("Variant for %1").arg(v.endpointName), v.endpointName);
        } else {
            m_wordingCombo->addItem(tr("Variant for %1 (no such endpoint)").arg(v.endpointName),
                                    v.endpointName);
            m_wordingCombo->setItemData(m_wordingCombo->count() - 1,
                                        tr("The project has no endpoint named \"%1\"; runs "
                                           "use this wording only for an endpoint of that name.")
                                                .arg(v.endpointName),
                                        Qt::ToolTipRole);
        }
    }
    m_wordingCombo->setCurrentIndex(qMax(0, m_wordingCombo->findData(m_wording)));
}

const QList<PromptVersion> &PromptsPane::wordingHistory() const
{
    if (m_wording.isEmpty())
        return m_prompt.versions;
    const PromptVariant *v = m_prompt.variant(m_wording);
    return v ? v->versions : kNoHistory;
}

void PromptsPane::loadWording(const QString &endpointName)
{
    m_wording = endpointName;
    {
        const QSignalBlocker blocker(m_wordingCombo);
        m_wordingCombo->setCurrentIndex(qMax(0, m_wordingCombo->findData(m_wording)));
    }
    const PromptVersion *latest = PromptVersions::latest(wordingHistory());
    m_baseVersion = latest ? latest->number : 0;
    m_draft->reset(latest ? latest->messages : QList<TemplateMessage>());
    m_history->setHistory(wordingHistory());
    m_editor->setCurrentMessage(m_draft->messages().isEmpty() ? -1 : 0);
    updateDraftState();
    updateActions();
}

QStringList PromptsPane::endpointNames() const
{
    QStringList names;
    if (!m_project)
        return names;
    auto endpoints = EndpointStore::load(m_project->file()->database());
    if (!endpoints)
        return names;
    for (const Endpoint &e : std::as_const(endpoints.value()))
        names.append(e.name);
    return names;
}

// --- switching -------------------------------------------------------------

bool PromptsPane::confirmLeavingDraft()
{
    if (!hasUnsavedChanges())
        return true;
    QMessageBox box(QMessageBox::Question, tr("Unsaved Changes"),
                    tr("The draft of \"%1\" has changes that are not saved as a version.")
                            .arg(m_prompt.name),
                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
    box.setInformativeText(tr("Save stores them as a new version with the note you wrote."));
    box.setDefaultButton(QMessageBox::Save);
    switch (box.exec()) {
    case QMessageBox::Save:
        return saveDraft();
    case QMessageBox::Discard:
        m_draft->reset(m_draft->base());
        return true;
    default:
        return false;
    }
}

void PromptsPane::onLibraryChanged(const QString &name, const QString &previous)
{
    if (m_switching || name == m_prompt.name)
        return;
    const bool previousGone = m_library->model()->rowOf(previous) < 0;
    if (!previousGone && !confirmLeavingDraft()) {
        m_switching = true;
        m_library->selectPrompt(previous);
        m_switching = false;
        return;
    }
    showPrompt(name);
}

bool PromptsPane::selectPrompt(const QString &name)
{
    if (name == m_prompt.name)
        return true;
    if (m_library->model()->rowOf(name) < 0)
        return false;
    m_library->selectPrompt(name);
    return m_prompt.name == name;
}

bool PromptsPane::selectWording(const QString &endpointName)
{
    if (endpointName == m_wording)
        return true;
    if (!endpointName.isEmpty() && !m_prompt.variant(endpointName))
        return false;
    if (!confirmLeavingDraft())
        return false;
    loadWording(endpointName);
    return true;
}

void PromptsPane::onWordingChosen(int index)
{
    if (!selectWording(m_wordingCombo->itemData(index).toString())) {
        const QSignalBlocker blocker(m_wordingCombo);
        m_wordingCombo->setCurrentIndex(qMax(0, m_wordingCombo->findData(m_wording)));
    }
}

// --- writes ----------------------------------------------------------------

void PromptsPane::notify()
{
    if (m_project)
        Q_EMIT m_project->promptsChanged();
}

bool PromptsPane::createPrompt(const QString &name)
{
    if (m_readOnly || !m_project)
        return false;
    if (!confirmLeavingDraft())
        return false;
    Prompt prompt;
    prompt.name = name.trimmed();
    PromptVersions::append(prompt.versions,
                           {TemplateMessage{ChatRole::System, QString()},
                            TemplateMessage{ChatRole::User, QString()}},
                           tr("Created"), QDateTime::currentDateTimeUtc());
    if (auto r = PromptStore::add(m_project->file()->database(), prompt); !r) {
        showError(r.error().message);
        return false;
    }
    m_status->hide();
    notify();
    m_library->selectPrompt(prompt.name);
    m_tabs->setCurrentIndex(0);
    m_editor->setCurrentMessage(0);
    return true;
}

bool PromptsPane::renameCurrent(const QString &newName)
{
    if (m_readOnly || !m_project || m_prompt.name.isEmpty())
        return false;
    const QString name = newName.trimmed();
    if (auto r = PromptStore::rename(m_project->file()->database(), m_prompt.name, name); !r) {
        showError(r.error().message);
        return false;
    }
    m_prompt.name = name;
    m_title->setText(name);
    m_switching = true; // the draft stays; only the name changed
    notify();
    m_library->selectPrompt(name);
    m_switching = false;
    showInfo(tr("Renamed to \"%1\".").arg(name));
    return true;
}

bool PromptsPane::deleteCurrent(bool confirmed)
{
    if (m_readOnly || !m_project || m_prompt.name.isEmpty())
        return false;
    if (!confirmed) {
        const auto answer = QMessageBox::question(
                this, tr("Delete Prompt"),
                tr("Delete the prompt \"%1\" with all its versions and variants? This cannot be "
                   "undone; export it first to keep a copy.")
                        .arg(m_prompt.name),
                QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Yes)
            return false;
    }
    const QString name = m_prompt.name;
    if (auto r = PromptStore::remove(m_project->file()->database(), name); !r) {
        showError(r.error().message);
        return false;
    }
    m_draft->reset({});
    notify(); // the library drops it and shows no prompt
    showInfo(tr("Deleted \"%1\".").arg(name));
    return true;
}

bool PromptsPane::setDescription(const QString &description)
{
    if (m_readOnly || !m_project || m_prompt.name.isEmpty() || description == m_prompt.description)
        return false;
    if (auto r
        = PromptStore::setDescription(m_project->file()->database(), m_prompt.name, description);
        !r) {
        showError(r.error().message);
        return false;
    }
    m_prompt.description = description;
    notify();
    return true;
}

bool PromptsPane::saveDraft()
{
    if (m_readOnly || !m_project || m_prompt.name.isEmpty() || !m_draft->isModified())
        return false;
    if (m_draft->messages().isEmpty()) {
        showError(tr("A version needs at least one message. Add one, or undo the removal."));
        return false;
    }
    const QList<TemplateMessage> messages = m_draft->messages();
    auto number = PromptStore::addVersion(m_project->file()->database(), m_prompt.name, m_wording,
                                          messages, m_note->text().trimmed(),
                                          QDateTime::currentDateTimeUtc());
    if (!number) {
        showError(number.error().message);
        return false;
    }
    m_baseVersion = number.value();
    m_draft->reset(messages);
    m_note->clear();
    notify();
    m_history->selectVersion(number.value());
    showInfo(tr("Saved as version %1.").arg(number.value()));
    return true;
}

bool PromptsPane::createVariant(const QString &endpointName)
{
    if (m_readOnly || !m_project || m_prompt.name.isEmpty() || endpointName.isEmpty())
        return false;
    if (m_prompt.variant(endpointName))
        return selectWording(endpointName);
    const PromptVersion *base = PromptVersions::latest(m_prompt.versions);
    if (!base || !confirmLeavingDraft())
        return false;
    const QList<TemplateMessage> messages = base->messages;
    //: Note of a variant's first version; %1 = version number
    const QString note = tr("Created from the default wording v%1").arg(base->number);
    if (auto r = PromptStore::addVersion(m_project->file()->database(), m_prompt.name, endpointName,
                                         messages, note, QDateTime::currentDateTimeUtc());
        !r) {
        showError(r.error().message);
        return false;
    }
    notify();
    loadWording(endpointName);
    m_tabs->setCurrentIndex(0);
    showInfo(tr("%1 now has its own wording of \"%2\". Edit it and save a version; the default "
                "wording is unchanged.")
                     .arg(endpointName, m_prompt.name));
    return true;
}

bool PromptsPane::restoreVersion(int number)
{
    if (m_readOnly || !m_project || m_prompt.name.isEmpty())
        return false;
    if (!confirmLeavingDraft())
        return false;
    QList<PromptVersion> history = wordingHistory();
    const PromptVersion *restored
            = PromptVersions::restore(history, number, QDateTime::currentDateTimeUtc());
    if (!restored)
        return false;
    const PromptVersion copy = *restored;
    auto stored = PromptStore::addVersion(m_project->file()->database(), m_prompt.name, m_wording,
                                          copy.messages, copy.note, copy.createdAt);
    if (!stored) {
        showError(stored.error().message);
        return false;
    }
    m_baseVersion = stored.value();
    m_draft->reset(copy.messages);
    notify();
    m_history->selectVersion(stored.value());
    showInfo(tr("Version %1 is restored as version %2.").arg(number).arg(stored.value()));
    return true;
}

// --- files -----------------------------------------------------------------

bool PromptsPane::importFrom(const QString &path)
{
    if (m_readOnly || !m_project)
        return false;
    auto read = PromptFile::read(path);
    if (!read) {
        showError(tr("Nothing was imported. %1").arg(read.error().message));
        return false;
    }
    if (read->isEmpty()) {
        showError(tr("Nothing was imported: \"%1\" holds no prompts.").arg(nativePath(path)));
        return false;
    }
    // Check every name first, so that a bad one does not leave half an import.
    for (const Prompt &p : std::as_const(read.value())) {
        if (!PromptStore::isValidName(p.name)) {
            showError(tr("Nothing was imported. %1: the prompt name \"%2\" cannot be used: it "
                         "must not hold a line break or \"@\". Correct it in the file.")
                              .arg(nativePath(path), p.name));
            return false;
        }
    }
    QStringList taken = m_library->model()->names();
    const QStringList endpoints = endpointNames();
    QStringList renamed;
    QStringList imported;
    QStringList unknownEndpoints;
    for (Prompt p : std::as_const(read.value())) {
        const QString name = PromptFile::freeName(p.name, taken);
        if (name != p.name)
            //: An imported prompt renamed because the name was taken: old → new
            renamed.append(tr("\"%1\" → \"%2\"").arg(p.name, name));
        p.name = name;
        if (auto r = PromptStore::add(m_project->file()->database(), p); !r) {
            notify();
            showError(tr("Import from \"%1\" stopped at \"%2\": %3 Imported before that: %4.")
                              .arg(nativePath(path), p.name, r.error().message,
                                   imported.isEmpty() ? tr("none") : imported.join(u", "_s)));
            return false;
        }
        taken.append(name);
        imported.append(name);
        for (const PromptVariant &v : std::as_const(p.variants)) {
            if (!endpoints.contains(v.endpointName) && !unknownEndpoints.contains(v.endpointName))
                unknownEndpoints.append(v.endpointName);
        }
    }
    notify();
    QString message = tr("Imported %n prompt(s) from \"%1\".", nullptr, int(imported.size()))
                              .arg(nativePath(path));
    if (!renamed.isEmpty())
        message += u' ' + tr("Renamed because the name was taken: %1.").arg(renamed.join(u", "_s));
    if (!unknownEndpoints.isEmpty())
        message += u' '
                   + tr("Variants for endpoints this project does not have were kept: %1.")
                             .arg(unknownEndpoints.join(u", "_s));
    showInfo(message);
    selectPrompt(imported.constFirst());
    return true;
}

bool PromptsPane::exportTo(const QString &path, bool allPrompts)
{
    if (!m_project)
        return false;
    QList<Prompt> prompts;
    const QStringList names
            = allPrompts ? m_library->model()->names()
                         : (m_prompt.name.isEmpty() ? QStringList() : QStringList{m_prompt.name});
    if (names.isEmpty()) {
        showError(tr("There is no prompt to export."));
        return false;
    }
    for (const QString &name : names) {
        auto loaded = PromptStore::load(m_project->file()->database(), name);
        if (!loaded) {
            showError(loaded.error().message);
            return false;
        }
        prompts.append(std::move(loaded).value());
    }
    if (auto r = PromptFile::write(path, prompts, allPrompts); !r) {
        showError(r.error().message);
        return false;
    }
    QString message = tr("Exported %n prompt(s) to \"%1\".", nullptr, int(prompts.size()))
                              .arg(nativePath(path));
    if (hasUnsavedChanges())
        message += u' ' + tr("The unsaved draft is not in the file; only saved versions are.");
    showInfo(message);
    return true;
}

void PromptsPane::requestCompare()
{
    if (m_prompt.name.isEmpty())
        return;
    int version = 0;
    if (m_wording.isEmpty())
        version = m_history->selectedVersion();
    if (version <= 0) {
        const PromptVersion *latest = PromptVersions::latest(m_prompt.versions);
        version = latest ? latest->number : 0;
    }
    if (version > 0)
        Q_EMIT compareRequested(m_prompt.name, version);
}

// --- dialogs ---------------------------------------------------------------

void PromptsPane::askNewPrompt()
{
    PromptNameDialog dialog(tr("New Prompt"), QString(), m_library->model()->names(), this);
    if (dialog.exec() == QDialog::Accepted)
        createPrompt(dialog.name());
}

void PromptsPane::askRename()
{
    if (m_prompt.name.isEmpty())
        return;
    PromptNameDialog dialog(tr("Rename Prompt"), m_prompt.name, m_library->model()->names(), this);
    if (dialog.exec() == QDialog::Accepted)
        renameCurrent(dialog.name());
}

void PromptsPane::askImport()
{
    const QString dir = m_project ? QFileInfo(m_project->path()).absolutePath() : QString();
    const QString path = QFileDialog::getOpenFileName(this, tr("Import Prompts"), dir,
                                                      tr("Prompt JSON (*.json);;All Files (*)"));
    if (!path.isEmpty())
        importFrom(path);
}

void PromptsPane::askExport(bool allPrompts)
{
    if (!m_project)
        return;
    const QString base = allPrompts
                                 ? QFileInfo(m_project->path()).completeBaseName() + tr("-prompts")
                                 : m_prompt.name;
    QString fileName = base;
    for (QChar &c : fileName) {
        if (c == u'/' || c == u'\\' || c == u':')
            c = u'_';
    }
    const QString suggested
            = QDir(QFileInfo(m_project->path()).absolutePath()).filePath(fileName + u".json"_s);
    const QString path = QFileDialog::getSaveFileName(
            this, allPrompts ? tr("Export All Prompts") : tr("Export Prompt"), suggested,
            tr("Prompt JSON (*.json)"));
    if (!path.isEmpty())
        exportTo(path, allPrompts);
}

void PromptsPane::fillVariantMenu()
{
    QMenu *menu = m_createVariant->menu();
    menu->clear();
    const QStringList endpoints = endpointNames();
    if (endpoints.isEmpty()) {
        menu->addAction(tr("No endpoints yet: add them in the Endpoints pane"))->setEnabled(false);
        return;
    }
    for (const QString &name : endpoints) {
        const bool has = m_prompt.variant(name) != nullptr;
        QAction *a = menu->addAction(has ? tr("%1 (has a variant)").arg(name) : name);
        a->setData(name);
        a->setEnabled(!has);
        connect(a, &QAction::triggered, this, [this, name] { createVariant(name); });
    }
}

// --- state -----------------------------------------------------------------

void PromptsPane::updateDraftState()
{
    QString text;
    if (m_prompt.name.isEmpty())
        text.clear();
    else if (m_readOnly)
        text = tr("Read-only: v%1").arg(m_baseVersion);
    else if (m_draft->isModified())
        text = tr("Unsaved changes (based on v%1)").arg(m_baseVersion);
    else
        text = tr("No changes since v%1").arg(m_baseVersion);
    m_draftState->setText(text);
}

void PromptsPane::updateActions()
{
    const bool hasPrompt = !m_prompt.name.isEmpty();
    const bool writable = !m_readOnly && m_project;
    m_new->setEnabled(writable);
    m_import->setEnabled(writable);
    m_rename->setEnabled(writable && hasPrompt);
    m_delete->setEnabled(writable && hasPrompt);
    m_export->setEnabled(m_library->model()->rowCount() > 0);
    if (QAction *one = m_export->menu()->findChild<QAction *>(u"exportSelected"_s))
        one->setEnabled(hasPrompt);
    m_description->setReadOnly(!writable);
    m_createVariant->setEnabled(writable && hasPrompt && !m_prompt.versions.isEmpty());
    m_compare->setEnabled(hasPrompt && !m_prompt.versions.isEmpty());
    m_note->setEnabled(writable && hasPrompt);
    const bool canSave = writable && hasPrompt && m_draft->isModified();
    m_save->setEnabled(canSave);
    m_saveAction->setEnabled(canSave);
    m_editor->setReadOnly(!writable || !hasPrompt);
    m_history->setReadOnly(!writable);
}

void PromptsPane::showError(const QString &message)
{
    m_status->setStyleSheet(u"color: #b42318;"_s);
    m_status->setText(message);
    m_status->show();
}

void PromptsPane::showInfo(const QString &message)
{
    m_status->setStyleSheet(QString());
    m_status->setText(message);
    m_status->show();
}

QByteArray PromptsPane::saveState() const
{
    QByteArray data;
    QDataStream out(&data, QIODevice::WriteOnly);
    out << kStateMagic << m_mainSplitter->saveState() << m_editSplitter->saveState()
        << qint32(m_tabs->currentIndex());
    return data;
}

bool PromptsPane::restoreState(const QByteArray &state)
{
    QDataStream in(state);
    quint32 magic = 0;
    QByteArray main;
    QByteArray edit;
    qint32 tab = 0;
    in >> magic >> main >> edit >> tab;
    if (in.status() != QDataStream::Ok || magic != kStateMagic)
        return false;
    m_mainSplitter->restoreState(main);
    m_editSplitter->restoreState(edit);
    if (tab >= 0 && tab < m_tabs->count())
        m_tabs->setCurrentIndex(tab);
    return true;
}

} // namespace Cutover
