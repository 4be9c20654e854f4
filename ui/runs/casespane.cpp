#include "ui/runs/casespane.h"

#include "core/project/project.h"
#include "core/project/projectfile.h"
#include "core/runs/caseimport.h"
#include "core/runs/casestore.h"
#include "core/runs/conversationcases.h"
#include "ui/runs/assertioneditor.h"
#include "ui/runs/casesmodel.h"

#include <QAction>
#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QUndoCommand>
#include <QUndoStack>
#include <QVBoxLayout>
#include <QtConcurrent>

#include <atomic>
#include <memory>

using namespace Qt::StringLiterals;

namespace Cutover {
namespace {

// One stored change: the first redo() is the change already made.
class StepCommand final : public QUndoCommand
{
public:
    using Step = std::function<Result<void>()>;
    using Report = std::function<void(const Result<void> &)>;

    StepCommand(const QString &text, Step redo, Step undo, Report report)
        : QUndoCommand(text)
        , m_redo(std::move(redo))
        , m_undo(std::move(undo))
        , m_report(std::move(report))
    {}

    void redo() override
    {
        if (m_first) {
            m_first = false;
            return;
        }
        m_report(m_redo());
    }
    void undo() override { m_report(m_undo()); }

private:
    Step m_redo;
    Step m_undo;
    Report m_report;
    bool m_first = true;
};

QList<qint64> idsOf(const QList<TestCase> &cases)
{
    QList<qint64> ids;
    ids.reserve(cases.size());
    for (const TestCase &c : cases)
        ids.append(c.id);
    return ids;
}

} // namespace

struct CasesPane::Import
{
    // Shared with the reading thread.
    struct Reading
    {
        std::atomic_bool cancel{false};
        std::atomic<qint64> done{0};
        std::atomic<qint64> total{0};
    };
    std::shared_ptr<Reading> reading = std::make_shared<Reading>();
    QString path;
    QString fileName;
    QList<TestCase> cases;
    QStringList warnings;
    qsizetype stored = 0;
    QList<qint64> ids;
};

CasesPane::CasesPane(Project *project, QWidget *parent)
    : QWidget(parent)
    , m_project(project)
    , m_readOnly(project->isReadOnly())
    , m_undo(new QUndoStack(this))
    , m_model(new CasesModel(this))
    , m_table(new QTableView(this))
    , m_filter(new QLineEdit(this))
    , m_tag(new QComboBox(this))
    , m_filterDelay(new QTimer(this))
    , m_readPoll(new QTimer(this))
    , m_add(new QPushButton(tr("&Add Case"), this))
    , m_addVariable(new QPushButton(tr("Add &Variable…"), this))
    , m_delete(new QPushButton(tr("De&lete…"), this))
    , m_assertions(new QPushButton(tr("A&ssertions…"), this))
    , m_import(new QPushButton(tr("&Import…"), this))
    , m_importConversations(new QPushButton(tr("Import Co&nversations…"), this))
    , m_cancelImport(new QPushButton(tr("Cancel"), this))
    , m_progress(new QProgressBar(this))
    , m_message(new QLabel(this))
    , m_count(new QLabel(this))
    , m_importBar(new QWidget(this))
    , m_importLabel(new QLabel(m_importBar))
{
    setObjectName(u"CasesPane"_s);
    m_model->setReadOnly(m_readOnly);
    m_model->setEditHandler([this](const TestCase &before, const TestCase &after) {
        return storeEdit(before, after, tr("Edit Case %1").arg(after.id));
    });

    m_filter->setPlaceholderText(tr("Filter by text in variables, reference or tags"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter cases"));
    m_tag->addItem(tr("All tags"), QString());
    m_tag->setAccessibleName(tr("Filter by tag"));
    m_tag->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_filterDelay->setSingleShot(true);
    m_filterDelay->setInterval(250);
    // The reading thread reports how far it got; shown ten times a second.
    m_readPoll->setInterval(100);
    connect(m_readPoll, &QTimer::timeout, this, [this] {
        if (!m_importing)
            return;
        const qint64 total = m_importing->reading->total;
        if (total <= 0)
            return;
        m_progress->setRange(0, 1000);
        m_progress->setValue(int(1000 * m_importing->reading->done / total));
    });

    m_add->setToolTip(tr("Add an empty case (Ctrl+Shift+N)"));
    m_delete->setToolTip(tr("Delete the selected cases (Del)"));
    m_assertions->setToolTip(tr("Edit the current case's assertions and pass threshold "
                                "(Ctrl+Shift+E)"));
    m_import->setToolTip(tr("Import cases from a CSV or JSONL file (Ctrl+Shift+I)"));
    m_importConversations->setToolTip(
            tr("One case per stored conversation (OpenAI, Anthropic, ShareGPT, Alpaca or Gemini "
               "format): variables system, input and history; the last answer is the "
               "reference"));

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_add);
    bar->addWidget(m_addVariable);
    bar->addWidget(m_delete);
    bar->addWidget(m_assertions);
    bar->addWidget(m_import);
    bar->addWidget(m_importConversations);
    bar->addSpacing(12);
    bar->addWidget(m_filter, 1);
    bar->addWidget(m_tag);

    m_progress->setTextVisible(true);
    m_progress->setMinimumWidth(240);
    auto *importLayout = new QHBoxLayout(m_importBar);
    importLayout->setContentsMargins(0, 0, 0, 0);
    importLayout->addWidget(m_importLabel);
    importLayout->addWidget(m_progress, 1);
    importLayout->addWidget(m_cancelImport);
    m_importBar->hide();

    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();

    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                             | QAbstractItemView::AnyKeyPressed);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    // Fixed row heights: the view never measures rows, so 100,000 cases scroll smoothly.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setDefaultSectionSize(160);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAccessibleName(tr("Test cases"));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_importBar);
    layout->addWidget(m_message);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_count);

    const auto shortcut = [this](const QKeySequence &keys, auto slot) {
        auto *a = new QAction(this);
        a->setShortcut(keys);
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(a, &QAction::triggered, this, slot);
        addAction(a);
    };
    shortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N), [this] { addCase(); });
    shortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E), [this] { editAssertions(); });
    shortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I), [this] { chooseImportFile(); });
    shortcut(QKeySequence::Find, [this] {
        m_filter->setFocus();
        m_filter->selectAll();
    });
    auto *del = new QAction(m_table);
    del->setShortcut(QKeySequence::Delete);
    del->setShortcutContext(Qt::WidgetShortcut);
    connect(del, &QAction::triggered, this, [this] { deleteSelected(); });
    m_table->addAction(del);

    connect(m_add, &QPushButton::clicked, this, [this] { addCase(); });
    connect(m_addVariable, &QPushButton::clicked, this, [this] {
        bool ok = false;
        const QString name = QInputDialog::getText(
                this, tr("Add Variable"),
                tr("Name of the variable, as written in prompts as {{name}}:"), QLineEdit::Normal,
                QString(), &ok);
        if (ok)
            addVariable(name.trimmed());
    });
    connect(m_delete, &QPushButton::clicked, this, [this] { deleteSelected(); });
    connect(m_assertions, &QPushButton::clicked, this, &CasesPane::editAssertions);
    connect(m_import, &QPushButton::clicked, this, &CasesPane::chooseImportFile);
    connect(m_importConversations, &QPushButton::clicked, this,
            &CasesPane::chooseConversationsFile);
    connect(m_cancelImport, &QPushButton::clicked, this, &CasesPane::cancelImport);
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        if (index.column() == m_model->assertionsColumn())
            editAssertions();
    });
    connect(m_filter, &QLineEdit::textChanged, m_filterDelay, qOverload<>(&QTimer::start));
    const auto applyFilter = [this] {
        m_filterDelay->stop();
        m_model->setFilter(CaseStore::Filter{m_filter->text(), m_tag->currentData().toString()});
    };
    connect(m_filterDelay, &QTimer::timeout, this, applyFilter);
    connect(m_filter, &QLineEdit::returnPressed, this, applyFilter);
    connect(m_tag, &QComboBox::activated, this, applyFilter);
    connect(m_model, &CasesModel::reloaded, this, [this] {
        const QString current = m_tag->currentData().toString();
        m_tag->clear();
        m_tag->addItem(tr("All tags"), QString());
        for (const QString &t : m_model->tags())
            m_tag->addItem(t, t);
        m_tag->setCurrentIndex(std::max(0, m_tag->findData(current)));
        // Narrow columns for the numbers; the text columns share the rest.
        QHeaderView *header = m_table->horizontalHeader();
        const QFontMetrics metrics = m_table->fontMetrics();
        header->resizeSection(0, metrics.horizontalAdvance(u"0000000"_s) + 16);
        header->resizeSection(m_model->thresholdColumn(),
                              metrics.horizontalAdvance(tr("Pass Threshold")) + 24);
        header->resizeSection(m_model->tagsColumn(), 120);
        header->resizeSection(m_model->assertionsColumn(), 200);
        updateCount();
        updateActions();
    });
    connect(m_model, &CasesModel::loadFailed, this,
            [this](const QString &message) { showMessage(message, true); });
    connect(m_model, &CasesModel::writeFailed, this,
            [this](const QString &message) { showMessage(message, true); });
    connect(m_model, &CasesModel::rowsInserted, this, &CasesPane::updateCount);
    connect(m_model, &CasesModel::rowsRemoved, this, &CasesPane::updateCount);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &CasesPane::updateActions);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &CasesPane::updateActions);
    connect(project, &Project::casesChanged, this, [this] {
        if (!m_notifying)
            m_model->reload();
    });
    updateCount();
    updateActions();
    // Last: the first read may end at once (a small project), and the
    // connections above must be there to see it.
    m_model->setDatabase(project->file()->database(), project->path());
}

CasesPane::~CasesPane()
{
    ++m_importGeneration; // a file still being read is dropped
    if (m_importing)
        m_importing->reading->cancel = true;
}

void CasesPane::notifyChanged()
{
    if (!m_project)
        return;
    m_notifying = true;
    Q_EMIT m_project->casesChanged();
    m_notifying = false;
    updateCount();
}

void CasesPane::showMessage(const QString &message, bool error)
{
    m_message->setText(message);
    m_message->setStyleSheet(error ? u"color: #b00020;"_s : QString());
    m_message->setVisible(!message.isEmpty());
}

void CasesPane::updateCount()
{
    const int shown = m_model->rowCount();
    const bool filtered = !m_model->filter().text.isEmpty() || !m_model->filter().tag.isEmpty();
    m_count->setText(filtered ? tr("%n case(s) match the filter", nullptr, shown)
                              : tr("%n case(s)", nullptr, shown));
}

void CasesPane::updateActions()
{
    const bool busy = isImporting();
    const bool writable = !m_readOnly && m_project;
    const bool hasSelection = m_table->selectionModel()->hasSelection();
    m_add->setEnabled(writable && !busy);
    m_addVariable->setEnabled(writable && !busy);
    m_delete->setEnabled(writable && !busy && hasSelection);
    m_assertions->setEnabled(writable && m_table->currentIndex().isValid());
    m_import->setEnabled(writable && !busy);
    m_importConversations->setEnabled(writable && !busy);
}

QList<qint64> CasesPane::selectedIds() const
{
    QList<qint64> ids;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    for (const QModelIndex &i : rows)
        ids.append(m_model->idAt(i.row()));
    std::sort(ids.begin(), ids.end());
    return ids;
}

bool CasesPane::storeEdit(const TestCase &before, const TestCase &after, const QString &text)
{
    if (m_readOnly)
        return false;
    if (const Result<void> stored = m_model->storeCase(after); !stored) {
        showMessage(stored.error().message, true);
        return false;
    }
    const auto report = [this](const Result<void> &r) {
        if (!r)
            showMessage(r.error().message, true);
        notifyChanged();
    };
    m_undo->push(new StepCommand(
            text, [this, after] { return m_model->storeCase(after); },
            [this, before] { return m_model->storeCase(before); }, report));
    notifyChanged();
    return true;
}

void CasesPane::addCase()
{
    if (m_readOnly || isImporting())
        return;
    TestCase c;
    for (const QString &name : m_model->variableNames())
        c.variables.insert(name, QString());
    const auto added = m_model->addCases({c});
    if (!added) {
        showMessage(added.error().message, true);
        return;
    }
    c.id = added->constFirst();
    const QList<TestCase> stash{c};
    const auto report = [this](const Result<void> &r) {
        if (!r)
            showMessage(r.error().message, true);
        notifyChanged();
    };
    m_undo->push(new StepCommand(
            tr("Add Case %1").arg(c.id), [this, stash] { return m_model->restoreCases(stash); },
            [this, stash] { return m_model->removeCases(idsOf(stash)); }, report));
    notifyChanged();
    const int row = m_model->rowOf(c.id);
    if (row >= 0) {
        const QModelIndex first = m_model->index(
                row, m_model->variableNames().isEmpty() ? m_model->referenceColumn() : 1);
        m_table->setCurrentIndex(first);
        m_table->scrollTo(first);
        m_table->setFocus();
        m_table->edit(first);
    }
}

void CasesPane::deleteSelected(bool confirmed)
{
    const QList<qint64> ids = selectedIds();
    if (m_readOnly || ids.isEmpty() || isImporting())
        return;
    if (!confirmed
        && QMessageBox::question(
                   this, tr("Delete Cases"),
                   tr("Delete %n case(s)? You can undo this.", nullptr, int(ids.size())),
                   QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Yes)
                   != QMessageBox::Yes)
        return;
    auto stash = CaseStore::load(m_project->file()->database(), ids);
    if (!stash) {
        showMessage(stash.error().message, true);
        return;
    }
    if (auto r = m_model->removeCases(ids); !r) {
        showMessage(r.error().message, true);
        return;
    }
    const auto report = [this](const Result<void> &r) {
        if (!r)
            showMessage(r.error().message, true);
        notifyChanged();
    };
    const QList<TestCase> cases = stash.value();
    m_undo->push(new StepCommand(
            tr("Delete %n Case(s)", nullptr, int(ids.size())),
            [this, ids] { return m_model->removeCases(ids); },
            [this, cases] { return m_model->restoreCases(cases); }, report));
    notifyChanged();
    updateActions();
}

void CasesPane::editAssertions()
{
    const QModelIndex current = m_table->currentIndex();
    if (m_readOnly || !current.isValid())
        return;
    const auto c = m_model->caseAt(current.row());
    if (!c) {
        showMessage(c.error().message, true);
        return;
    }
    AssertionEditor editor(c->assertions, c->passThreshold, this);
    editor.setWindowTitle(tr("Assertions of Case %1").arg(c->id));
    if (editor.exec() != QDialog::Accepted)
        return;
    setAssertions(c->id, editor.assertions(), editor.passThreshold());
}

bool CasesPane::setAssertions(qint64 caseId, const QList<Assertion> &assertions, double threshold)
{
    const int row = m_model->rowOf(caseId);
    if (row < 0)
        return false;
    const auto before = m_model->caseAt(row);
    if (!before)
        return false;
    TestCase after = before.value();
    after.assertions = assertions;
    after.passThreshold = threshold;
    if (after == before.value())
        return true;
    return storeEdit(before.value(), after, tr("Edit Assertions of Case %1").arg(caseId));
}

void CasesPane::addVariable(const QString &name)
{
    if (name.isEmpty())
        return;
    m_model->addVariableColumn(name);
    const int column = m_model->variableColumn(name);
    if (column >= 0 && m_table->currentIndex().isValid())
        m_table->setCurrentIndex(m_model->index(m_table->currentIndex().row(), column));
}

void CasesPane::chooseImportFile()
{
    if (m_readOnly || isImporting())
        return;
    const QString path = QFileDialog::getOpenFileName(
            this, tr("Import Test Cases"), QString(),
            tr("Test cases (*.csv *.jsonl *.ndjson);;CSV (*.csv);;JSON Lines (*.jsonl *.ndjson)"));
    if (!path.isEmpty())
        importFile(path);
}

void CasesPane::chooseConversationsFile()
{
    if (m_readOnly || isImporting())
        return;
    const QString path = QFileDialog::getOpenFileName(
            this, tr("Import Test Cases from Conversations"), QString(),
            tr("Conversations (*.jsonl *.ndjson *.json);;All files (*)"));
    if (!path.isEmpty())
        importFile(path, Source::Conversations);
}

bool CasesPane::isImporting() const
{
    return m_importBar->isVisible() || m_importing != nullptr;
}

void CasesPane::importFile(const QString &path, Source source)
{
    if (m_readOnly || isImporting() || !m_project)
        return;
    showMessage(QString(), false);
    const int generation = ++m_importGeneration;
    m_importing = std::make_unique<Import>();
    m_importing->path = path;
    m_importing->fileName = QFileInfo(path).fileName();
    m_importLabel->setText(tr("Reading %1…").arg(m_importing->fileName));
    m_progress->setRange(0, 0); // busy until the reader reports its first step
    m_progress->setFormat(QStringLiteral("%p%"));
    m_importBar->show();
    m_readPoll->start();
    updateActions();
    std::shared_ptr<Import::Reading> reading = m_importing->reading;
    QtConcurrent::run([path, reading, source]() -> Result<CaseImportResult> {
        if (source == Source::Conversations) {
            auto read = ConversationCases::fromFile(
                    path, {},
                    [reading](const Convert::Progress &p) {
                        reading->done = qint64(p.bytesRead);
                        reading->total = qint64(p.bytesTotal);
                    },
                    &reading->cancel);
            if (!read)
                return read.error();
            return read->result;
        }
        return CaseImport::fromFile(path, [reading](qint64 done, qint64 total) {
            reading->done = done;
            reading->total = total;
            return !reading->cancel.load();
        });
    }).then(this, [this, generation](const Result<CaseImportResult> &read) {
        if (generation != m_importGeneration || !m_importing)
            return; // cancelled
        m_readPoll->stop();
        if (!read) {
            finishImport(false, read.error().message);
            return;
        }
        if (read->cases.isEmpty()) {
            finishImport(false, tr("%1 holds no test cases.").arg(m_importing->fileName));
            return;
        }
        m_importing->cases = read->cases;
        m_importing->warnings = read->warnings;
        m_importLabel->setText(tr("Storing cases from %1…").arg(m_importing->fileName));
        m_progress->setRange(0, int(m_importing->cases.size()));
        m_progress->setValue(0);
        m_progress->setFormat(tr("%v of %m"));
        QTimer::singleShot(0, this, &CasesPane::storeNextChunk);
    });
}

void CasesPane::storeNextChunk()
{
    if (!m_importing || !m_project)
        return;
    Import &im = *m_importing;
    const qsizetype n = std::min<qsizetype>(kImportChunk, im.cases.size() - im.stored);
    auto ids = CaseStore::add(m_project->file()->database(), im.cases.mid(im.stored, n));
    if (!ids) {
        // All or nothing: take back the chunks already stored.
        (void) CaseStore::remove(m_project->file()->database(), im.ids);
        finishImport(false, ids.error().message);
        return;
    }
    im.ids.append(ids.value());
    im.stored += n;
    const int generation = m_importGeneration;
    m_progress->setValue(int(im.stored));
    if (generation != m_importGeneration || !m_importing)
        return; // cancelled from a progress notice
    if (im.stored < im.cases.size()) {
        QTimer::singleShot(0, this, &CasesPane::storeNextChunk);
        return;
    }
    // Stored: one undo step takes the whole import back.
    const QList<qint64> added = im.ids;
    auto stash = std::make_shared<QList<TestCase>>();
    const auto report = [this](const Result<void> &r) {
        if (!r)
            showMessage(r.error().message, true);
        notifyChanged();
    };
    m_undo->push(new StepCommand(
            tr("Import %n Case(s)", nullptr, int(added.size())),
            [this, stash] {
                Result<void> r = m_model->restoreCases(*stash);
                stash->clear();
                return r;
            },
            [this, added, stash] {
                auto cases = CaseStore::load(m_project->file()->database(), added);
                if (!cases)
                    return Result<void>(cases.error());
                *stash = cases.value();
                return m_model->removeCases(added);
            },
            report));
    QString message
            = tr("Imported %n case(s) from %1.", nullptr, int(added.size())).arg(im.fileName);
    if (!im.warnings.isEmpty())
        message += u'\n' + im.warnings.join(u'\n');
    finishImport(true, message);
    m_model->reload();
    notifyChanged();
}

void CasesPane::cancelImport()
{
    if (!m_importing)
        return;
    m_importing->reading->cancel = true; // the reader stops at its next step
    ++m_importGeneration;
    if (!m_importing->ids.isEmpty() && m_project)
        (void) CaseStore::remove(m_project->file()->database(), m_importing->ids);
    finishImport(
            false,
            tr("The import of %1 was cancelled; no case was added.").arg(m_importing->fileName));
}

void CasesPane::finishImport(bool ok, const QString &message)
{
    m_readPoll->stop();
    m_importing.reset();
    m_importBar->hide();
    m_progress->setFormat(QStringLiteral("%p%"));
    showMessage(message, !ok);
    updateActions();
    Q_EMIT importFinished(ok, message);
}

QByteArray CasesPane::saveState() const
{
    return m_table->horizontalHeader()->saveState();
}

void CasesPane::restoreState(const QByteArray &state)
{
    m_table->horizontalHeader()->restoreState(state);
}

} // namespace Cutover
