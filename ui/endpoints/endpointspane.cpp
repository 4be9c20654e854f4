#include "ui/endpoints/endpointspane.h"

#include "core/endpoints/endpointstore.h"
#include "core/endpoints/redact.h"
#include "core/endpoints/secretstore.h"
#include "core/project/project.h"
#include "core/project/projectfile.h"
#include "core/providers/connectiontest.h"
#include "core/providers/providerclient.h"
#include "ui/endpoints/endpointform.h"
#include "ui/endpoints/endpointsmodel.h"

#include <QComboBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTableView>
#include <QToolButton>
#include <QUndoCommand>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Cutover {
namespace {

// One stored edit: the first redo() is the edit already made by apply().
class StepCommand final : public QUndoCommand
{
public:
    using Step = std::function<Result<void>()>;
    using After = std::function<void(const Result<void> &, const QString &select)>;

    StepCommand(const QString &text, Step redo, Step undo, After after, QString selectAfter,
                QString selectAfterUndo)
        : QUndoCommand(text)
        , m_redo(std::move(redo))
        , m_undo(std::move(undo))
        , m_after(std::move(after))
        , m_selectAfter(std::move(selectAfter))
        , m_selectAfterUndo(std::move(selectAfterUndo))
    {}

    void redo() override
    {
        if (m_first) {
            m_first = false;
            return;
        }
        m_after(m_redo(), m_selectAfter);
    }
    void undo() override { m_after(m_undo(), m_selectAfterUndo); }

private:
    Step m_redo;
    Step m_undo;
    After m_after;
    QString m_selectAfter;
    QString m_selectAfterUndo;
    bool m_first = true;
};

QSqlDatabase databaseOf(Project *project)
{
    return project->file()->database();
}

} // namespace

EndpointsPane::EndpointsPane(Project *project, SecretStore *secrets, QNetworkAccessManager *network,
                             QWidget *parent)
    : QWidget(parent)
    , m_project(project)
    , m_secrets(secrets)
    , m_client(new ProviderClient(network, this))
    , m_undo(new QUndoStack(this))
    , m_model(new EndpointsModel(this))
    , m_table(new QTableView(this))
    , m_form(new EndpointForm(this))
    , m_add(new QToolButton(this))
    , m_duplicate(new QPushButton(tr("&Duplicate"), this))
    , m_delete(new QPushButton(tr("De&lete…"), this))
    , m_baseline(new QPushButton(tr("Mark as &Baseline"), this))
    , m_candidate(new QPushButton(tr("Mark as &Candidate"), this))
    , m_test(new QPushButton(tr("&Test Connection"), this))
    , m_cancelTest(new QPushButton(tr("Cancel"), this))
    , m_testResult(new QLabel(this))
    , m_status(new QLabel(this))
    , m_empty(new QLabel(this))
    , m_editor(new QWidget(this))
    , m_readOnly(project->isReadOnly())
{
    setObjectName(u"EndpointsPane"_s);

    m_add->setText(tr("&Add"));
    m_add->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_add->setPopupMode(QToolButton::InstantPopup);
    auto *presetMenu = new QMenu(m_add);
    const QList<EndpointPreset> presets = endpointPresets();
    for (const EndpointPreset &p : presets) {
        QAction *a = presetMenu->addAction(p.displayName);
        a->setData(p.id);
        connect(a, &QAction::triggered, this, [this, id = p.id] { addFromPreset(id); });
    }
    m_add->setMenu(presetMenu);
    m_add->setToolTip(tr("Add an endpoint from a preset"));

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_add);
    bar->addWidget(m_duplicate);
    bar->addWidget(m_delete);
    bar->addStretch(1);
    bar->addWidget(m_baseline);
    bar->addWidget(m_candidate);

    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->setWordWrap(false);
    m_table->setAccessibleName(tr("Endpoints"));
    m_table->setMinimumWidth(260);

    auto *testBox = new QGroupBox(tr("Connection Test"), m_editor);
    auto *testLayout = new QVBoxLayout(testBox);
    auto *testButtons = new QHBoxLayout;
    testButtons->addWidget(m_test);
    testButtons->addWidget(m_cancelTest);
    testButtons->addStretch(1);
    testLayout->addLayout(testButtons);
    m_testResult->setObjectName(u"testResult"_s);
    m_testResult->setWordWrap(true);
    m_testResult->setTextFormat(Qt::PlainText);
    m_testResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    testLayout->addWidget(m_testResult);
    m_test->setToolTip(tr("Send a tiny request to the stored endpoint and show whether it "
                          "answers."));
    m_cancelTest->setEnabled(false);

    auto *editorLayout = new QVBoxLayout(m_editor);
    editorLayout->addWidget(testBox);
    editorLayout->addWidget(m_form, 1);

    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_editor);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setText(tr("No endpoints yet. Use Add to start from a preset: OpenAI, Anthropic, "
                        "Qwen, DeepSeek, or a local server such as Ollama."));

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_empty);
    rightLayout->addWidget(scroll, 1);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this, scroll] {
        const bool any = m_model->rowCount() > 0;
        m_empty->setVisible(!any);
        scroll->setVisible(any);
    });

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_table);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setChildrenCollapsible(false);

    m_status->setObjectName(u"endpointsStatus"_s);
    m_status->setWordWrap(true);
    m_status->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_status);
    layout->addWidget(splitter, 1);

    connect(m_duplicate, &QPushButton::clicked, this, &EndpointsPane::duplicateCurrent);
    connect(m_delete, &QPushButton::clicked, this, [this] { deleteCurrent(); });
    connect(m_baseline, &QPushButton::clicked, this,
            [this] { setCurrentRole(EndpointRole::Baseline); });
    connect(m_candidate, &QPushButton::clicked, this,
            [this] { setCurrentRole(EndpointRole::Candidate); });
    connect(m_test, &QPushButton::clicked, this, &EndpointsPane::testConnection);
    connect(m_cancelTest, &QPushButton::clicked, this, &EndpointsPane::cancelTest);
    connect(m_form, &EndpointForm::edited, this, &EndpointsPane::commitForm);
    connect(m_form, &EndpointForm::roleChosen, this, &EndpointsPane::setCurrentRole);
    connect(m_form, &EndpointForm::keyEntered, this, &EndpointsPane::storeKey);
    connect(m_undo, &QUndoStack::indexChanged, this, &EndpointsPane::updateActions);

    reload(QString());
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this] { showCurrent(); });
    showCurrent();
}

EndpointsPane::~EndpointsPane()
{
    if (m_call)
        m_call->cancel();
}

void EndpointsPane::reload(const QString &select)
{
    Result<QList<Endpoint>> loaded = EndpointStore::load(databaseOf(m_project));
    if (!loaded) {
        showError(loaded.error().message);
        return;
    }
    const QString keep = select.isEmpty() ? currentName() : select;
    m_model->setEndpoints(loaded.value());
    m_table->resizeColumnsToContents();
    const int row = qMax(0, m_model->rowOf(keep));
    if (m_model->rowCount() > 0)
        m_table->setCurrentIndex(m_model->index(row, 0));
    showCurrent();
}

bool EndpointsPane::selectEndpoint(const QString &name)
{
    const int row = m_model->rowOf(name);
    if (row < 0)
        return false;
    m_table->setCurrentIndex(m_model->index(row, 0));
    return true;
}

QString EndpointsPane::currentName() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? m_model->endpoint(current.row()).name : QString();
}

void EndpointsPane::showCurrent()
{
    const QModelIndex current = m_table->currentIndex();
    if (current.isValid()) {
        const Endpoint e = m_model->endpoint(current.row());
        m_form->setEndpoint(e);
        m_form->setProblems(validateEndpoint(e));
    } else {
        m_form->setEndpoint(Endpoint{});
        m_form->setProblems({});
    }
    m_form->setKeyMessage(QString());
    if (!m_call)
        m_testResult->clear();
    updateActions();
}

void EndpointsPane::updateActions()
{
    const bool selected = m_table->currentIndex().isValid();
    const bool editable = !m_readOnly;
    m_add->setEnabled(editable);
    m_duplicate->setEnabled(editable && selected);
    m_delete->setEnabled(editable && selected);
    const EndpointRole role = selected ? m_model->endpoint(m_table->currentIndex().row()).role
                                       : EndpointRole::Other;
    m_baseline->setEnabled(editable && selected && role != EndpointRole::Baseline);
    m_candidate->setEnabled(editable && selected && role != EndpointRole::Candidate);
    m_form->setEditable(editable && selected);
    m_test->setEnabled(selected && !m_call);
    m_cancelTest->setEnabled(m_call != nullptr);
    if (m_readOnly) {
        m_status->setText(tr("This project is read-only: endpoints cannot be changed. %1")
                                  .arg(m_project->readOnlyReason()));
        m_status->show();
    }
}

void EndpointsPane::showError(const QString &message)
{
    m_status->setText(message);
    m_status->setVisible(!message.isEmpty());
}

Result<qint64> EndpointsPane::idOf(const QString &name) const
{
    Result<QList<Endpoint>> loaded = EndpointStore::load(databaseOf(m_project));
    if (!loaded)
        return loaded.error();
    for (const Endpoint &e : std::as_const(loaded.value())) {
        if (e.name == name)
            return e.id;
    }
    return makeError(ErrorKind::BadInput,
                     tr("The project has no endpoint named \"%1\".").arg(name));
}

bool EndpointsPane::apply(const QString &text, Step redo, Step undo, const QString &selectAfter,
                          const QString &selectAfterUndo)
{
    if (m_readOnly)
        return false;
    const Result<void> done = redo();
    if (!done) {
        showError(done.error().message);
        return false;
    }
    if (!m_readOnly)
        showError(QString());
    const auto after = [this](const Result<void> &r, const QString &select) {
        showError(r ? QString() : r.error().message);
        reload(select);
    };
    m_undo->push(new StepCommand(text, redo, undo, after, selectAfter, selectAfterUndo));
    reload(selectAfter);
    return true;
}

QString EndpointsPane::uniqueName(const QString &base) const
{
    if (m_model->rowOf(base) < 0)
        return base;
    for (int n = 2;; ++n) {
        //: a unique endpoint name: "OpenAI 2"
        const QString name = tr("%1 %2").arg(base).arg(n);
        if (m_model->rowOf(name) < 0)
            return name;
    }
}

void EndpointsPane::addFromPreset(const QString &presetId)
{
    const std::optional<EndpointPreset> preset = endpointPreset(presetId);
    if (!preset || m_readOnly)
        return;
    Endpoint e = preset->endpoint;
    e.id = 0;
    e.name = uniqueName(e.name);
    // Presets without a model (vLLM, llama.cpp, custom) cannot be saved as
    // they are: store a placeholder the user is asked to replace.
    if (e.model.isEmpty())
        e.model = u"model"_s;
    if (e.baseUrl.isEmpty())
        e.baseUrl = u"http://localhost:8000/v1"_s;
    // Commands resolve the connection when they run: holding a QSqlDatabase
    // would keep it open past Project::close().
    Project *project = m_project;
    apply(
            tr("Add Endpoint \"%1\"").arg(e.name),
            [project, e]() -> Result<void> {
                Result<qint64> saved = EndpointStore::save(databaseOf(project), e);
                if (!saved)
                    return saved.error();
                return {};
            },
            [project, name = e.name] { return EndpointStore::remove(databaseOf(project), name); },
            e.name, QString());
}

void EndpointsPane::duplicateCurrent()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid() || m_readOnly)
        return;
    Endpoint e = m_model->endpoint(current.row());
    e.id = 0;
    e.role = EndpointRole::Other;
    //: name of a duplicated endpoint
    e.name = uniqueName(tr("%1 (copy)").arg(e.name));
    Project *project = m_project;
    const QString from = currentName();
    apply(
            tr("Duplicate Endpoint \"%1\"").arg(from),
            [project, e]() -> Result<void> {
                Result<qint64> saved = EndpointStore::save(databaseOf(project), e);
                if (!saved)
                    return saved.error();
                return {};
            },
            [project, name = e.name] { return EndpointStore::remove(databaseOf(project), name); },
            e.name, from);
}

void EndpointsPane::deleteCurrent(bool confirmed)
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid() || m_readOnly)
        return;
    Endpoint e = m_model->endpoint(current.row());
    if (!confirmed) {
        QMessageBox box(QMessageBox::Question, tr("Delete Endpoint"),
                        tr("Delete endpoint \"%1\" from the project?").arg(e.name),
                        QMessageBox::Yes | QMessageBox::Cancel, this);
        box.setObjectName(u"confirmDelete"_s);
        box.setInformativeText(tr("You can undo this. A key in the keychain is kept."));
        box.button(QMessageBox::Yes)->setText(tr("Delete"));
        box.setDefaultButton(QMessageBox::Cancel);
        if (box.exec() != QMessageBox::Yes)
            return;
    }
    const QString neighbour = m_model->endpoint(current.row() > 0 ? current.row() - 1 : 1).name;
    Project *project = m_project;
    e.id = 0;
    apply(
            tr("Delete Endpoint \"%1\"").arg(e.name),
            [project, name = e.name] { return EndpointStore::remove(databaseOf(project), name); },
            [project, e]() -> Result<void> {
                Result<qint64> saved = EndpointStore::save(databaseOf(project), e);
                if (!saved)
                    return saved.error();
                return {};
            },
            neighbour, e.name);
}

void EndpointsPane::setCurrentRole(EndpointRole role)
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid() || m_readOnly)
        return;
    const QString name = currentName();
    if (m_model->endpoint(current.row()).role == role)
        return;
    QList<QPair<QString, EndpointRole>> before;
    for (const Endpoint &e : m_model->endpoints())
        before.append({e.name, e.role});
    Project *project = m_project;
    const QString text = role == EndpointRole::Baseline ? tr("Mark \"%1\" as Baseline").arg(name)
                         : role == EndpointRole::Candidate
                                 ? tr("Mark \"%1\" as Candidate").arg(name)
                                 : tr("Clear the Role of \"%1\"").arg(name);
    apply(
            text,
            [project, name, role] {
                return EndpointStore::setRole(databaseOf(project), name, role);
            },
            [project, before]() -> Result<void> {
                // Roles as they were: first clear, then give the baseline and candidate back.
                for (const auto &[n, r] : before) {
                    if (r == EndpointRole::Other) {
                        if (Result<void> done = EndpointStore::setRole(databaseOf(project), n, r);
                            !done)
                            return done;
                    }
                }
                for (const auto &[n, r] : before) {
                    if (r != EndpointRole::Other) {
                        if (Result<void> done = EndpointStore::setRole(databaseOf(project), n, r);
                            !done)
                            return done;
                    }
                }
                return {};
            },
            name, name);
}

void EndpointsPane::commitForm()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid() || m_readOnly)
        return;
    const Endpoint before = m_model->endpoint(current.row());
    QStringList problems;
    Endpoint after = m_form->endpoint(&problems);
    after.role = before.role;
    after.id = before.id;
    problems += validateEndpoint(after);
    const int other = m_model->rowOf(after.name);
    if (other >= 0 && other != current.row())
        problems << tr("Another endpoint is already named \"%1\".").arg(after.name);
    m_form->setProblems(problems);
    if (!problems.isEmpty() || after == before)
        return;
    Project *project = m_project;
    const auto saveAs = [this, project](Endpoint e, const QString &currentName) -> Result<void> {
        Result<qint64> id = idOf(currentName);
        if (!id)
            return id.error();
        e.id = id.value();
        Result<qint64> saved = EndpointStore::save(databaseOf(project), e);
        if (!saved)
            return saved.error();
        return {};
    };
    apply(
            tr("Edit Endpoint \"%1\"").arg(after.name),
            [saveAs, after, name = before.name] { return saveAs(after, name); },
            [saveAs, before, name = after.name] { return saveAs(before, name); }, after.name,
            before.name);
}

void EndpointsPane::storeKey(const QString &key)
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid() || m_readOnly)
        return;
    Endpoint e = m_model->endpoint(current.row());
    if (e.keyRef.kind != KeyRef::Kind::Keychain) {
        // The key goes to the keychain (or this session): point the endpoint there.
        m_form->keyKindCombo()->setCurrentIndex(
                m_form->keyKindCombo()->findData(int(KeyRef::Kind::Keychain)));
        m_form->keyNameEdit()->setText(EndpointForm::keychainName(e.name));
        commitForm();
        e = m_model->endpoint(m_table->currentIndex().row());
        if (e.keyRef.kind != KeyRef::Kind::Keychain)
            return; // the form has a problem, shown inline
    }
    const QString name = e.keyRef.name;
    m_form->setKeyMessage(tr("Storing the key…"));
    m_secrets->storeInKeychain(name, key, this, [this, name, key](Result<void> stored) {
        if (stored) {
            m_secrets->forgetSessionKey(name);
            m_form->setKeyMessage(
                    tr("The key is stored in the system keychain as \"%1\".").arg(name));
            return;
        }
        m_secrets->setSessionKey(name, key);
        m_form->setKeyMessage(tr("No system keychain could take the key, so it is kept in memory "
                                 "for this session only: enter it again after restarting "
                                 "Cutover, or use an environment variable. (%1)")
                                      .arg(redactSecrets(stored.error().message, {key})));
    });
}

void EndpointsPane::testConnection()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid() || m_call)
        return;
    const Endpoint e = m_model->endpoint(current.row());
    if (const QStringList problems = validateEndpoint(e); !problems.isEmpty()) {
        m_testResult->setText(problems.join(u'\n'));
        return;
    }
    m_testResult->setText(tr("Testing %1 at %2…").arg(e.model, e.baseUrl));
    m_call = m_client->chat(e, m_secrets, connectionTestRequest());
    connect(m_call, &ChatCall::finished, this, [this, e](const ChatResult &result) {
        m_testResult->setText(
                redactSecrets(result.attempts == 0 && result.status == CallStatus::Error
                                      ? result.errorMessage // nothing was sent: the key is missing
                                      : describeConnectionTest(e, result),
                              m_secrets->knownSecrets()));
        if (m_call)
            m_call->deleteLater();
        m_call = nullptr;
        updateActions();
        Q_EMIT testFinished();
    });
    updateActions();
}

void EndpointsPane::cancelTest()
{
    if (m_call)
        m_call->cancel();
}

} // namespace Cutover
