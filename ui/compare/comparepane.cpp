#include "ui/compare/comparepane.h"

#include "core/endpoints/endpointstore.h"
#include "core/endpoints/secretstore.h"
#include "core/project/project.h"
#include "core/project/projectfile.h"
#include "core/providers/providerclient.h"
#include "core/runs/worddiff.h"
#include "ui/compare/compareside.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFutureWatcher>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace Cutover {

namespace {

const QColor kDeleted(0xff, 0xc9, 0xc6);  // baseline words the candidate dropped
const QColor kInserted(0xbf, 0xed, 0xc4); // candidate words the baseline lacks

QString roleSuffix(EndpointRole role)
{
    switch (role) {
    case EndpointRole::Baseline:
        return ComparePane::tr("%1 (baseline)");
    case EndpointRole::Candidate:
        return ComparePane::tr("%1 (candidate)");
    case EndpointRole::Other:
        break;
    }
    return u"%1"_s;
}

} // namespace

ComparePane::ComparePane(Project *project, SecretStore *secrets, QNetworkAccessManager *network,
                         QWidget *parent)
    : QWidget(parent)
    , m_project(project)
    , m_secrets(secrets)
    , m_client(new ProviderClient(network, this))
    , m_freeText(new QWidget(this))
    , m_system(new QPlainTextEdit(m_freeText))
    , m_user(new QPlainTextEdit(m_freeText))
    , m_givenLabel(new QLabel(this))
    , m_run(new QPushButton(tr("Run both"), this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_diff(new QCheckBox(tr("Highlight differences"), this))
    , m_notice(new QLabel(this))
{
    m_sides[Baseline] = new CompareSide(tr("Baseline"), this);
    m_sides[Candidate] = new CompareSide(tr("Candidate"), this);
    for (auto &combo : m_combos) {
        combo = new QComboBox(this);
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(12);
        connect(combo, &QComboBox::currentIndexChanged, this, &ComparePane::updateActions);
    }

    auto *endpoints = new QHBoxLayout;
    auto *baselineLabel = new QLabel(tr("&Baseline:"), this);
    baselineLabel->setBuddy(m_combos[Baseline]);
    auto *candidateLabel = new QLabel(tr("C&andidate:"), this);
    candidateLabel->setBuddy(m_combos[Candidate]);
    endpoints->addWidget(baselineLabel);
    endpoints->addWidget(m_combos[Baseline], 1);
    endpoints->addSpacing(12);
    endpoints->addWidget(candidateLabel);
    endpoints->addWidget(m_combos[Candidate], 1);

    m_system->setPlaceholderText(tr("Optional system prompt"));
    m_system->setTabChangesFocus(true);
    m_user->setPlaceholderText(tr("The user message to send to both endpoints"));
    m_user->setTabChangesFocus(true);
    auto *systemLabel = new QLabel(tr("&System prompt:"), m_freeText);
    systemLabel->setBuddy(m_system);
    auto *userLabel = new QLabel(tr("&User message:"), m_freeText);
    userLabel->setBuddy(m_user);
    auto *freeForm = new QGridLayout(m_freeText);
    freeForm->setContentsMargins(0, 0, 0, 0);
    freeForm->addWidget(systemLabel, 0, 0, Qt::AlignTop);
    freeForm->addWidget(m_system, 0, 1);
    freeForm->addWidget(userLabel, 1, 0, Qt::AlignTop);
    freeForm->addWidget(m_user, 1, 1);
    freeForm->setRowStretch(0, 2);
    freeForm->setRowStretch(1, 3);
    freeForm->setColumnStretch(1, 1);
    // The answers get most of the height; the splitter gives the rest back.
    for (QPlainTextEdit *edit : {m_system, m_user})
        edit->setMinimumHeight(edit->fontMetrics().lineSpacing() * 2 + 12);
    connect(m_user, &QPlainTextEdit::textChanged, this, &ComparePane::updateActions);

    m_givenLabel->setWordWrap(true);
    m_givenLabel->hide();
    m_notice->setWordWrap(true);
    m_notice->hide();

    m_run->setToolTip(tr("Send the same request to both endpoints (Ctrl+Return)"));
    m_run->setDefault(true);
    m_cancel->setToolTip(tr("Stop both calls (Esc)"));
    m_diff->setToolTip(tr("Colour the words that differ once both answers are complete: "
                          "dropped words in the baseline, added words in the candidate"));
    connect(m_run, &QPushButton::clicked, this, &ComparePane::runBoth);
    connect(m_cancel, &QPushButton::clicked, this, &ComparePane::cancel);
    connect(m_diff, &QCheckBox::toggled, this, &ComparePane::applyDiff);

    for (const QKeySequence &keys :
         {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto *run = new QShortcut(keys, this);
        run->setContext(Qt::WidgetWithChildrenShortcut);
        connect(run, &QShortcut::activated, this, [this] {
            if (m_run->isEnabled())
                runBoth();
        });
    }
    auto *stop = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    stop->setContext(Qt::WidgetWithChildrenShortcut);
    connect(stop, &QShortcut::activated, this, &ComparePane::cancel);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_run);
    buttons->addWidget(m_cancel);
    buttons->addSpacing(12);
    buttons->addWidget(m_diff);
    buttons->addStretch(1);

    auto *input = new QWidget(this);
    auto *inputLayout = new QVBoxLayout(input);
    inputLayout->setContentsMargins(0, 0, 0, 0);
    inputLayout->addLayout(endpoints);
    inputLayout->addWidget(m_freeText, 1);
    inputLayout->addWidget(m_givenLabel);
    inputLayout->addLayout(buttons);
    inputLayout->addWidget(m_notice);

    auto *answers = new QSplitter(Qt::Horizontal, this);
    answers->setChildrenCollapsible(false);
    answers->addWidget(m_sides[Baseline]);
    answers->addWidget(m_sides[Candidate]);

    auto *split = new QSplitter(Qt::Vertical, this);
    split->setChildrenCollapsible(false);
    split->addWidget(input);
    split->addWidget(answers);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 3);
    split->setSizes({220, 480});

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(split);

    reloadEndpoints();
}

ComparePane::~ComparePane()
{
    cancel();
}

void ComparePane::setMessages(const QList<ChatMessage> &messages, const QString &source)
{
    m_given = messages;
    m_freeText->setVisible(m_given.isEmpty());
    m_givenLabel->setVisible(!m_given.isEmpty());
    m_givenLabel->setText(
            tr("Sending %n message(s) from %1.", nullptr, int(m_given.size())).arg(source));
    updateActions();
}

void ComparePane::clearMessages()
{
    setMessages({}, QString());
}

QList<ChatMessage> ComparePane::messages() const
{
    if (!m_given.isEmpty())
        return m_given;
    QList<ChatMessage> out;
    const QString system = m_system->toPlainText();
    if (!system.trimmed().isEmpty())
        out.append(ChatMessage::text(ChatRole::System, system));
    const QString user = m_user->toPlainText();
    if (!user.trimmed().isEmpty())
        out.append(ChatMessage::text(ChatRole::User, user));
    return out;
}

void ComparePane::reloadEndpoints()
{
    if (!m_project)
        return;
    Result<QList<Endpoint>> loaded = EndpointStore::load(m_project->file()->database());
    if (!loaded) {
        m_endpoints.clear();
        m_notice->setText(
                tr("Could not read the project's endpoints: %1").arg(loaded.error().message));
    } else {
        m_endpoints = loaded.value();
        m_notice->setText(m_endpoints.isEmpty()
                                  ? tr("This project has no endpoints yet. Add two in the "
                                       "Endpoints pane, then compare them here.")
                                  : QString());
    }
    m_notice->setVisible(!m_notice->text().isEmpty());

    for (int s = Baseline; s <= Candidate; ++s) {
        QComboBox *combo = m_combos[s];
        QString keep = combo->currentData().toString();
        const EndpointRole role = s == Baseline ? EndpointRole::Baseline : EndpointRole::Candidate;
        bool keepExists = false;
        QString byRole;
        for (const Endpoint &e : std::as_const(m_endpoints)) {
            keepExists = keepExists || e.name == keep;
            if (e.role == role)
                byRole = e.name;
        }
        if (!keepExists)
            keep = byRole;
        QSignalBlocker block(combo);
        combo->clear();
        for (const Endpoint &e : std::as_const(m_endpoints)) {
            combo->addItem(roleSuffix(e.role).arg(e.name), e.name);
            combo->setItemData(combo->count() - 1, tr("%1 at %2").arg(e.model, e.baseUrl),
                               Qt::ToolTipRole);
        }
        int index = combo->findData(keep);
        if (index < 0 && !m_endpoints.isEmpty())
            index = std::min<int>(s, int(m_endpoints.size()) - 1);
        combo->setCurrentIndex(index);
    }
    updateActions();
}

bool ComparePane::selectEndpoint(Side side, const QString &name)
{
    const int index = m_combos[side]->findData(name);
    if (index < 0)
        return false;
    m_combos[side]->setCurrentIndex(index);
    return true;
}

QString ComparePane::selectedEndpoint(Side side) const
{
    return m_combos[side]->currentData().toString();
}

bool ComparePane::isRunning() const
{
    return m_pending[Baseline] || m_pending[Candidate];
}

void ComparePane::runBoth()
{
    if (isRunning())
        return;
    ChatRequest request;
    request.messages = messages();
    if (request.messages.isEmpty() || !m_project)
        return;
    request.stream = true;
    // The endpoints as stored now: the Endpoints pane may have changed them.
    Result<QList<Endpoint>> loaded = EndpointStore::load(m_project->file()->database());
    const QList<Endpoint> endpoints = loaded ? loaded.value() : m_endpoints;
    const int run = ++m_runId;
    for (int s = Baseline; s <= Candidate; ++s) {
        const QString name = selectedEndpoint(Side(s));
        auto it = std::find_if(endpoints.begin(), endpoints.end(),
                               [&name](const Endpoint &e) { return e.name == name; });
        m_pending[s] = true;
        if (it == endpoints.end()) {
            m_sides[s]->start(name);
            m_pending[s] = false;
            m_sides[s]->failBeforeSending(
                    name.isEmpty() ? tr("no endpoint is chosen.")
                                   : tr("the endpoint \"%1\" no longer exists.").arg(name));
            continue;
        }
        startSide(Side(s), *it, request, run);
    }
    applyDiff();
    updateActions();
    if (!isRunning())
        Q_EMIT comparisonFinished(*m_sides[Baseline]->result(), *m_sides[Candidate]->result());
}

void ComparePane::startSide(Side side, const Endpoint &endpoint, const ChatRequest &request,
                            int run)
{
    CompareSide *view = m_sides[side];
    view->start(tr("%1 · %2").arg(endpoint.name, endpoint.model));
    // The key first, so that a missing key is reported on its side without sending.
    m_secrets->resolve(endpoint.keyRef, this,
                       [this, side, endpoint, request, run](Result<QString> key) {
                           if (run != m_runId || !m_pending[side])
                               return; // cancelled, or a later run
                           if (!key) {
                               m_pending[side] = false;
                               m_sides[side]->failBeforeSending(
                                       tr("no API key for \"%1\": %2")
                                               .arg(endpoint.name, key.error().message));
                               sideFinished(side, *m_sides[side]->result());
                               return;
                           }
                           ChatCall *call = m_client->chat(endpoint, key.value(), request);
                           m_calls[side] = call;
                           CompareSide *view = m_sides[side];
                           connect(call, &ChatCall::attemptStarted, view, [view](int attempt) {
                               if (attempt > 1)
                                   view->retrying(attempt);
                           });
                           connect(call, &ChatCall::event, view, [view](const StreamEvent &e) {
                               if (e.kind == StreamEvent::Kind::TextDelta)
                                   view->appendText(e.text);
                           });
                           connect(call, &ChatCall::finished, this,
                                   [this, side, call](const ChatResult &result) {
                                       call->deleteLater();
                                       if (m_calls[side] == call)
                                           m_calls[side] = nullptr;
                                       m_pending[side] = false;
                                       m_sides[side]->finish(result);
                                       sideFinished(side, result);
                                   });
                       });
}

void ComparePane::sideFinished(Side side, const ChatResult &result)
{
    Q_UNUSED(side);
    Q_UNUSED(result);
    updateActions();
    if (isRunning())
        return;
    applyDiff();
    Q_EMIT comparisonFinished(*m_sides[Baseline]->result(), *m_sides[Candidate]->result());
}

void ComparePane::cancel()
{
    for (int s = Baseline; s <= Candidate; ++s) {
        if (!m_pending[s])
            continue;
        if (ChatCall *call = m_calls[s]) {
            call->cancel(); // finished(Cancelled) follows at once
            continue;
        }
        // Still waiting for the key: nothing was sent.
        m_pending[s] = false;
        ChatResult r;
        r.status = CallStatus::Cancelled;
        m_sides[s]->finish(r);
        sideFinished(Side(s), r);
    }
    updateActions();
}

void ComparePane::setHighlightDifferences(bool on)
{
    m_diff->setChecked(on);
}

bool ComparePane::highlightDifferences() const
{
    return m_diff->isChecked();
}

void ComparePane::applyDiff()
{
    CompareSide *base = m_sides[Baseline];
    CompareSide *cand = m_sides[Candidate];
    const int generation = ++m_diffGeneration;
    // Both answers complete and present: an error or an empty answer would
    // colour the whole other side.
    const bool ready = base->isFinished() && cand->isFinished() && !base->text().isEmpty()
                       && !cand->text().isEmpty();
    base->highlight({}, kDeleted);
    cand->highlight({}, kInserted);
    if (!m_diff->isChecked() || !ready)
        return;
    // Long, very different answers take a moment to diff: off the UI thread.
    const QString oldText = base->text();
    const QString newText = cand->text();
    auto *watcher = new QFutureWatcher<WordDiff>(this);
    connect(watcher, &QFutureWatcher<WordDiff>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_diffGeneration)
            return; // toggled off, or a new run started
        QList<QPair<qsizetype, qsizetype>> deleted;
        QList<QPair<qsizetype, qsizetype>> inserted;
        for (const WordDiffSpan &span : watcher->result().spans) {
            if (span.op == SequenceDiff::Op::Delete)
                deleted.append({span.oldPos, span.oldLength});
            else if (span.op == SequenceDiff::Op::Insert)
                inserted.append({span.newPos, span.newLength});
        }
        m_sides[Baseline]->highlight(deleted, kDeleted);
        m_sides[Candidate]->highlight(inserted, kInserted);
        Q_EMIT differencesHighlighted();
    });
    watcher->setFuture(
            QtConcurrent::run([oldText, newText] { return WordDiffs::diff(oldText, newText); }));
}

void ComparePane::updateActions()
{
    const bool running = isRunning();
    const bool haveMessages = !m_given.isEmpty() || !m_user->toPlainText().trimmed().isEmpty();
    const bool haveEndpoints
            = m_combos[Baseline]->currentIndex() >= 0 && m_combos[Candidate]->currentIndex() >= 0;
    m_run->setEnabled(!running && haveMessages && haveEndpoints);
    m_cancel->setEnabled(running);
    for (QComboBox *combo : m_combos)
        combo->setEnabled(!running);
}

void ComparePane::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!isRunning())
        reloadEndpoints();
}

} // namespace Cutover
