#include "ui/runs/runspane.h"

#include "core/endpoints/endpointstore.h"
#include "core/endpoints/redact.h"
#include "core/endpoints/secretstore.h"
#include "core/project/project.h"
#include "core/project/projectfile.h"
#include "ui/runs/newrundialog.h"
#include "ui/runs/runsmodel.h"
#include "ui/runs/runthread.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <memory>

using namespace Qt::StringLiterals;

namespace Cutover {
namespace {

QString duration(qint64 ms)
{
    const qint64 s = (ms + 999) / 1000;
    if (s < 60)
        return RunsPane::tr("%n s", nullptr, int(s));
    if (s < 3600)
        return RunsPane::tr("%1 min %2 s").arg(s / 60).arg(s % 60);
    return RunsPane::tr("%1 h %2 min").arg(s / 3600).arg((s % 3600) / 60);
}

} // namespace

RunsPane::RunsPane(Project *project, SecretStore *secrets, QNetworkAccessManager *network,
                   QWidget *parent)
    : QWidget(parent)
    , m_project(project)
    , m_secrets(secrets)
    , m_runner(new RunThread(project->file(), this))
    , m_model(new RunsModel(this))
    , m_table(new QTableView(this))
    , m_newRun(new QPushButton(tr("&New Run…"), this))
    , m_pause(new QPushButton(tr("&Pause"), this))
    , m_resume(new QPushButton(tr("&Resume"), this))
    , m_cancel(new QPushButton(tr("&Cancel Run"), this))
    , m_progress(new QProgressBar(this))
    , m_progressText(new QLabel(this))
    , m_notice(new QLabel(this))
    , m_refresh(new QTimer(this))
    , m_listReload(new QTimer(this))
    , m_readOnly(project->isReadOnly())
{
    Q_UNUSED(network) // the run's thread has a network access manager of its own
    setObjectName(u"RunsPane"_s);
    m_newRun->setToolTip(tr("Run a prompt over the test cases on chosen endpoints "
                            "(Ctrl+Shift+R)"));
    m_resume->setToolTip(tr("Resume the paused run, or the interrupted run selected in the "
                            "list: only cells without a result are sent"));
    m_cancel->setToolTip(tr("Stop the run; the results stored so far stay, and it can be "
                            "resumed later"));

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_newRun);
    bar->addStretch(1);
    bar->addWidget(m_pause);
    bar->addWidget(m_resume);
    bar->addWidget(m_cancel);

    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_progress->setFormat(tr("%v of %m"));
    m_progress->setTextVisible(false); // until a run reports its cells
    m_progress->setAccessibleName(tr("Run progress"));
    m_progressText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_notice->setWordWrap(true);
    m_notice->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_notice->hide();

    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(RunsModel::Endpoints,
                                                      QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(RunsModel::Prompt,
                                                      QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(RunsModel::Created,
                                                      QHeaderView::ResizeToContents);
    m_table->setWordWrap(false);
    m_table->setAccessibleName(tr("Batch runs"));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_progress);
    layout->addWidget(m_progressText);
    layout->addWidget(m_notice);
    layout->addWidget(m_table, 1);

    auto *newRunAction = new QAction(this);
    newRunAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    newRunAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(newRunAction, &QAction::triggered, this, &RunsPane::newRun);
    addAction(newRunAction);

    m_refresh->setSingleShot(true);
    m_refresh->setInterval(100);
    connect(m_refresh, &QTimer::timeout, this, &RunsPane::showProgress);
    m_listReload->setSingleShot(true);
    m_listReload->setInterval(200);
    connect(m_listReload, &QTimer::timeout, this, &RunsPane::reload);

    connect(m_newRun, &QPushButton::clicked, this, &RunsPane::newRun);
    connect(m_pause, &QPushButton::clicked, this, [this] {
        m_runner->pause();
        showProgress();
        updateActions();
    });
    // Announced once the runner has stored the new status.
    connect(m_runner, &RunThread::statusChanged, this, [this] {
        if (m_project) {
            m_notifying = true;
            Q_EMIT m_project->runsChanged();
            m_notifying = false;
        }
    });
    connect(m_resume, &QPushButton::clicked, this, [this] {
        if (m_runner->isRunning()) {
            if (m_runner->isPaused()) {
                m_runner->resume();
                showNotice(QString(), false);
                showProgress();
                updateActions();
            }
            return;
        }
        if (const qint64 id = selectedRunId(); id > 0)
            startRun(id);
    });
    connect(m_cancel, &QPushButton::clicked, this, &RunsPane::cancelRun);

    connect(m_runner, &RunThread::progressChanged, this, &RunsPane::onProgress);
    connect(m_runner, &RunThread::started, this, [this](qint64 runId) {
        showProgress();
        updateActions();
        if (m_project) {
            m_notifying = true;
            Q_EMIT m_project->runsChanged();
            m_notifying = false;
        }
        Q_EMIT runStarted(runId);
    });
    connect(m_runner, &RunThread::startFailed, this, [this](qint64, const QString &message) {
        showNotice(message, true);
        showProgress();
        updateActions();
    });
    connect(m_runner, &RunThread::resultStored, this, [this](const RunResult &r) {
        if (m_project)
            Q_EMIT m_project->runResultsChanged(r.runId);
    });
    connect(m_runner, &RunThread::rateLimited, this,
            [this](const QString &endpoint, const QDateTime &until, const QString &message) {
                showNotice(
                        tr("“%1” is rate-limited until %2: %3\nThe run is paused; press "
                           "Resume after that time.")
                                .arg(endpoint,
                                     QLocale().toString(until.toLocalTime(), QLocale::ShortFormat),
                                     redactSecrets(message, m_secrets->knownSecrets())),
                        true);
                showProgress();
                updateActions();
                if (m_project) {
                    m_notifying = true;
                    Q_EMIT m_project->runsChanged();
                    m_notifying = false;
                }
            });
    connect(m_runner, &RunThread::finished, this, &RunsPane::onFinished);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &RunsPane::updateActions);
    connect(project, &Project::runsChanged, this, [this] {
        if (!m_notifying)
            m_listReload->start();
    });
    connect(project, &Project::casesChanged, m_listReload, qOverload<>(&QTimer::start));

    reload();
    showProgress();
    updateActions();
}

RunsPane::~RunsPane()
{
    // Leave the project consistent: in-flight cells stored as cancelled, status
    // Cancelled (the run's own connection still works if the shell closed the
    // project first, but then a -wal file may stay until this connection closes).
    ++m_startSerial;
    m_runner->shutdown();
}

bool RunsPane::projectOpen() const
{
    return m_project && m_project->file() && m_project->file()->isOpen();
}

bool RunsPane::isRunning() const
{
    return m_runner->isRunning() || m_starting > 0;
}

qint64 RunsPane::currentRunId() const
{
    if (m_runner->isRunning())
        return m_runner->runId();
    return m_starting;
}

void RunsPane::reload()
{
    if (!projectOpen())
        return;
    const qint64 selected = selectedRunId();
    if (auto r = m_model->reload(m_project->file()->database()); !r) {
        showNotice(r.error().message, true);
        return;
    }
    const int row = m_model->rowOf(selected > 0 ? selected : currentRunId());
    if (row >= 0)
        m_table->selectRow(row);
    updateActions();
}

qint64 RunsPane::selectedRunId() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : m_model->data(rows.constFirst(), RunsModel::RunIdRole).toLongLong();
}

void RunsPane::newRun()
{
    if (m_readOnly || isRunning() || !projectOpen())
        return;
    NewRunDialog dialog(m_project->file()->database(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    createAndStart(dialog.spec());
}

bool RunsPane::createAndStart(const RunSpec &spec)
{
    if (m_readOnly || isRunning() || !projectOpen())
        return false;
    auto id = BatchRunner::createRun(m_project->file()->database(), spec);
    if (!id) {
        showNotice(id.error().message, true);
        return false;
    }
    m_notifying = true;
    Q_EMIT m_project->runsChanged();
    m_notifying = false;
    reload();
    if (const int row = m_model->rowOf(id.value()); row >= 0)
        m_table->selectRow(row);
    startRun(id.value());
    return true;
}

void RunsPane::startRun(qint64 runId)
{
    if (m_readOnly || isRunning() || !projectOpen())
        return;
    auto run = RunStore::loadRun(m_project->file()->database(), runId);
    if (!run) {
        showNotice(run.error().message, true);
        return;
    }
    showNotice(QString(), false);
    m_starting = runId;
    const int serial = ++m_startSerial;
    m_progressText->setText(tr("Looking up the endpoints' keys…"));
    updateActions();
    resolveKeys(run->endpoints, [this, runId, serial](bool ok) {
        if (serial != m_startSerial)
            return; // cancelled meanwhile
        m_starting = 0;
        const std::shared_ptr<KeyLookup> keys = std::move(m_keys);
        if (!ok || !keys || !projectOpen()) {
            showProgress();
            updateActions();
            return;
        }
        RunThread::Keys handed;
        handed.environment = keys->environment;
        handed.keychainSession = keys->keychainSession;
        if (!m_runner->start(runId, handed))
            showNotice(tr("Another run is still going."), true);
        showProgress();
        updateActions();
    });
}

void RunsPane::resolveKeys(const QList<QString> &endpoints, std::function<void(bool)> done)
{
    auto all = EndpointStore::load(m_project->file()->database());
    if (!all) {
        showNotice(all.error().message, true);
        done(false);
        return;
    }
    // One endpoint after the other; a missing keychain key is asked for.
    auto lookup = std::make_shared<KeyLookup>();
    lookup->done = std::move(done);
    m_keys = lookup;
    for (const QString &name : endpoints) {
        for (const Endpoint &e : std::as_const(all.value())) {
            if (e.name == name)
                lookup->remaining.append(e);
        }
    }
    resolveNext(lookup);
}

void RunsPane::resolveNext(const std::shared_ptr<KeyLookup> &lookup)
{
    if (lookup->remaining.isEmpty()) {
        lookup->done(true);
        return;
    }
    const Endpoint e = lookup->remaining.takeFirst();
    m_secrets->resolve(e.keyRef, this, [this, e, lookup](Result<QString> key) {
        if (key) {
            if (e.keyRef.kind == KeyRef::Kind::Env)
                lookup->environment.insert(e.keyRef.name, key.value());
            else if (e.keyRef.kind == KeyRef::Kind::Keychain)
                lookup->keychainSession.insert(e.keyRef.name, key.value());
            resolveNext(lookup);
            return;
        }
        if (e.keyRef.kind == KeyRef::Kind::Keychain) {
            bool ok = false;
            const QString entered = QInputDialog::getText(
                    this, tr("API Key for “%1”").arg(e.name),
                    tr("No key for “%1” was found (%2).\nEnter it to use it for this session "
                       "only (it is not stored), or cancel and store it in the Endpoints pane.")
                            .arg(e.name, key.error().message),
                    QLineEdit::Password, QString(), &ok);
            if (ok && !entered.trimmed().isEmpty()) {
                m_secrets->setSessionKey(e.keyRef.name, entered.trimmed());
                lookup->keychainSession.insert(e.keyRef.name, entered.trimmed());
                resolveNext(lookup);
                return;
            }
        }
        showNotice(tr("The run was not started: no API key for “%1”: %2")
                           .arg(e.name, key.error().message),
                   true);
        lookup->done(false);
    });
}

void RunsPane::onProgress(const RunProgress &progress)
{
    m_last = progress;
    if (!m_refresh->isActive())
        m_refresh->start();
}

void RunsPane::showProgress()
{
    const bool running = m_runner->isRunning();
    if (!running && m_starting == 0) {
        if (m_last.total == 0)
            m_progressText->setText(tr("No run is going. Start one with New Run, or select an "
                                       "interrupted run and press Resume."));
        m_model->setLive(0, {}, false);
        return;
    }
    if (m_starting > 0)
        return;
    const RunProgress &p = m_last;
    m_progress->setTextVisible(true);
    m_progress->setRange(0, int(std::min<qint64>(p.total, INT_MAX)));
    m_progress->setValue(int(std::min<qint64>(p.done, INT_MAX)));
    QString text = tr("Run %1: %2 of %3 done · %4 failed · %5 from the cache")
                           .arg(m_runner->runId())
                           .arg(QLocale().toString(p.done), QLocale().toString(p.total),
                                QLocale().toString(p.failed), QLocale().toString(p.cacheHits));
    if (m_runner->isPaused())
        text += tr(" · paused");
    else if (p.etaMs > 0)
        text += tr(" · about %1 left").arg(duration(p.etaMs));
    m_progressText->setText(text);
    m_model->setLive(m_runner->runId(), p, m_runner->isPaused());
}

void RunsPane::onFinished(RunStatus status, const QString &error)
{
    const qint64 runId = m_runner->runId();
    m_refresh->stop();
    const RunProgress p = m_last;
    m_progress->setRange(0, int(std::max<qint64>(1, std::min<qint64>(p.total, INT_MAX))));
    m_progress->setValue(int(std::min<qint64>(p.done, INT_MAX)));
    QString text = status == RunStatus::Done
                           ? tr("Run %1 is done: %2 of %3 · %4 failed · %5 from the cache")
                           : tr("Run %1 was cancelled at %2 of %3 (%4 failed, %5 from the "
                                "cache); Resume finishes it.");
    m_progressText->setText(
            text.arg(runId).arg(QLocale().toString(p.done), QLocale().toString(p.total),
                                QLocale().toString(p.failed), QLocale().toString(p.cacheHits)));
    if (!error.isEmpty())
        showNotice(tr("The run stopped: %1").arg(error), true);
    m_model->setLive(0, {}, false);
    if (projectOpen()) {
        m_notifying = true;
        Q_EMIT m_project->runsChanged();
        m_notifying = false;
        reload();
    }
    updateActions();
    Q_EMIT runFinished(runId, status, error);
}

void RunsPane::cancelRun()
{
    if (m_starting > 0) {
        ++m_startSerial;
        m_starting = 0;
        showProgress();
        updateActions();
    }
    if (m_runner->isRunning())
        m_runner->cancel();
}

void RunsPane::showNotice(const QString &text, bool error)
{
    m_notice->setText(text);
    m_notice->setStyleSheet(error ? u"color: #b00020;"_s : QString());
    m_notice->setVisible(!text.isEmpty());
}

void RunsPane::updateActions()
{
    const bool running = m_runner->isRunning();
    const bool paused = running && m_runner->isPaused();
    const bool writable = !m_readOnly && projectOpen();
    m_newRun->setEnabled(writable && !running && m_starting == 0);
    m_pause->setEnabled(running && !paused);
    m_cancel->setEnabled(running || m_starting > 0);
    bool resumable = false;
    if (!running && m_starting == 0 && writable) {
        const int row = m_model->rowOf(selectedRunId());
        resumable = row >= 0 && m_model->run(row).status != RunStatus::Done;
    }
    m_resume->setEnabled(paused || resumable);
    m_resume->setText(!running && resumable
                                      && m_model->run(m_model->rowOf(selectedRunId())).status
                                                 == RunStatus::Created
                              ? tr("&Start")
                              : tr("&Resume"));
}

QByteArray RunsPane::saveState() const
{
    return m_table->horizontalHeader()->saveState();
}

void RunsPane::restoreState(const QByteArray &state)
{
    m_table->horizontalHeader()->restoreState(state);
}

} // namespace Cutover
