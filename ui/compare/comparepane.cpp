#include "ui/compare/comparepane.h"

#include "core/endpoints/endpointstore.h"
#include "core/endpoints/secretstore.h"
#include "core/project/project.h"
#include "core/project/projectfile.h"
#include "core/providers/providerclient.h"
#include "core/runs/casestore.h"
#include "core/runs/runstore.h"
#include "core/runs/worddiff.h"
#include "ui/compare/comparerecorder.h"
#include "ui/compare/compareside.h"
#include "ui/compare/promptcasepicker.h"
#include "ui/compare/ratingbar.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDataStream>
#include <QFutureWatcher>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSpinBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabBar>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace Cutover {

namespace {

constexpr quint32 kStateMagic = 0x434d5052; // "CMPR"
constexpr qint32 kStateVersion = 1;

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

ChatResult chatResultOf(const RunResult &r)
{
    ChatResult c;
    c.status = r.status;
    c.text = r.text;
    c.finishReason = r.finishReason;
    c.usage = r.usage;
    c.ttftMs = r.ttftMs;
    c.latencyMs = r.latencyMs;
    // Imported recordings may leave attempts out; a latency means it was sent.
    c.attempts = r.attempts > 0 ? r.attempts : (r.latencyMs > 0 ? 1 : 0);
    c.requestId = r.requestId;
    c.cost = r.cost;
    c.errorMessage = r.error;
    return c;
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
    m_modes = new QTabBar(this);
    m_inputs = new QStackedWidget(this);
    m_picker = new PromptCasePicker(project, this);
    m_rating = new RatingBar(project, this, this);
    m_endpointsRow = new QWidget(this);
    m_recordedLabel = new QLabel(this);
    m_repeat = new QSpinBox(this);
    m_sides[Baseline] = new CompareSide(tr("Baseline"), this);
    m_sides[Candidate] = new CompareSide(tr("Candidate"), this);
    for (auto &combo : m_combos) {
        combo = new QComboBox(this);
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(12);
        connect(combo, &QComboBox::currentIndexChanged, this, &ComparePane::updateActions);
    }

    auto *endpoints = new QHBoxLayout(m_endpointsRow);
    endpoints->setContentsMargins(0, 0, 0, 0);
    auto *baselineLabel = new QLabel(tr("&Baseline:"), m_endpointsRow);
    baselineLabel->setBuddy(m_combos[Baseline]);
    auto *candidateLabel = new QLabel(tr("C&andidate:"), m_endpointsRow);
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

    // The three sources, one page each.
    auto *freePage = new QWidget(m_inputs);
    auto *freeLayout = new QVBoxLayout(freePage);
    freeLayout->setContentsMargins(0, 0, 0, 0);
    m_freeText->setParent(freePage);
    m_givenLabel->setParent(freePage);
    freeLayout->addWidget(m_freeText, 1);
    freeLayout->addWidget(m_givenLabel);
    m_inputs->addWidget(freePage);

    auto *promptPage = new QWidget(m_inputs);
    auto *promptLayout = new QVBoxLayout(promptPage);
    promptLayout->setContentsMargins(0, 0, 0, 0);
    m_picker->setParent(promptPage);
    promptLayout->addWidget(m_picker);
    promptLayout->addStretch(1);
    m_inputs->addWidget(promptPage);

    auto *recordedPage = new QWidget(m_inputs);
    auto *recordedLayout = new QHBoxLayout(recordedPage);
    recordedLayout->setContentsMargins(0, 0, 0, 0);
    m_recordedLabel->setParent(recordedPage);
    m_recordedLabel->setWordWrap(true);
    m_recordedLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_repeat->setParent(recordedPage);
    m_repeat->setMinimum(1);
    m_repeat->setPrefix(tr("Repeat "));
    m_repeat->setToolTip(tr("Which repeat of the run to show"));
    recordedLayout->addWidget(m_recordedLabel, 1, Qt::AlignTop);
    recordedLayout->addWidget(m_repeat, 0, Qt::AlignTop);
    m_inputs->addWidget(recordedPage);

    m_modes->addTab(tr("Free text"));
    m_modes->addTab(tr("Prompt and case"));
    m_modes->addTab(tr("Recorded"));
    m_modes->setTabToolTip(FreeText, tr("Type a message; nothing is stored"));
    m_modes->setTabToolTip(PromptCase, tr("A prompt version on a test case; the comparison is "
                                          "kept in the project and can be rated"));
    m_modes->setTabToolTip(Recorded, tr("Stored answers of a run, reviewed offline; open one "
                                        "from the results matrix"));
    m_modes->setTabEnabled(Recorded, false);
    m_modes->setDrawBase(false);
    m_modes->setExpanding(false);
    connect(m_modes, &QTabBar::currentChanged, this, &ComparePane::modeChosen);
    connect(m_picker, &PromptCasePicker::changed, this, &ComparePane::updateActions);
    connect(m_repeat, &QSpinBox::valueChanged, this, [this] {
        if (mode() == Recorded && m_recordedRun != 0)
            loadRecorded();
    });

    auto *input = new QWidget(this);
    auto *inputLayout = new QVBoxLayout(input);
    inputLayout->setContentsMargins(0, 0, 0, 0);
    inputLayout->addWidget(m_modes);
    inputLayout->addWidget(m_endpointsRow);
    inputLayout->addWidget(m_inputs, 1);
    inputLayout->addLayout(buttons);
    inputLayout->addWidget(m_notice);

    auto *answers = m_answers = new QSplitter(Qt::Horizontal, this);
    answers->setChildrenCollapsible(false);
    answers->addWidget(m_sides[Baseline]);
    answers->addWidget(m_sides[Candidate]);

    auto *output = new QWidget(this);
    auto *outputLayout = new QVBoxLayout(output);
    outputLayout->setContentsMargins(0, 0, 0, 0);
    outputLayout->addWidget(answers, 1);
    outputLayout->addWidget(m_rating);

    auto *split = m_split = new QSplitter(Qt::Vertical, this);
    split->setChildrenCollapsible(false);
    split->addWidget(input);
    split->addWidget(output);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 3);
    split->setSizes({220, 480});

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(split);

    m_rating->clearTarget(tr("Free-text compares are not stored. To rate answers, compare a "
                             "prompt on a test case or open a recorded result."));
    m_picker->reload();
    reloadEndpoints();
}

ComparePane::~ComparePane()
{
    cancel();
}

void ComparePane::setMessages(const QList<ChatMessage> &messages, const QString &source)
{
    m_given = messages;
    if (!m_given.isEmpty())
        setMode(FreeText);
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
    if (isRunning() || !m_project)
        return;
    if (mode() == Recorded) {
        replayLive();
        return;
    }
    const bool prompted = mode() == PromptCase;
    if (prompted ? !m_picker->isReady() : messages().isEmpty())
        return;
    m_live = LiveContext();
    if (prompted) {
        m_live.active = true;
        m_live.promptName = m_picker->promptName();
        m_live.promptVersion = m_picker->promptVersion();
        m_live.testCase = m_picker->currentCase().value_or(TestCase());
        m_live.startedAt = QDateTime::currentDateTimeUtc();
        m_rating->clearTarget(tr("The answers can be rated once both are in."));
    } else {
        m_rating->clearTarget(tr("Free-text compares are not stored. To rate answers, compare a "
                                 "prompt on a test case or open a recorded result."));
    }
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
        m_live.endpoints[s] = name;
        ChatRequest request;
        request.stream = true;
        if (prompted) {
            // Each side in its endpoint's own wording when the prompt has one.
            int variantVersion = 0;
            Result<QList<ChatMessage>> rendered = m_picker->render(name, &variantVersion);
            if (!rendered) {
                m_sides[s]->start(name);
                m_pending[s] = false;
                m_sides[s]->failBeforeSending(rendered.error().message);
                continue;
            }
            request.messages = rendered.value();
            if (variantVersion > 0)
                m_live.variantVersions.insert(name, variantVersion);
        } else {
            request.messages = messages();
        }
        startSide(Side(s), *it, request, run);
    }
    applyDiff();
    updateActions();
    if (!isRunning()) {
        m_live.active = false; // nothing was sent: nothing to keep
        Q_EMIT comparisonFinished(*m_sides[Baseline]->result(), *m_sides[Candidate]->result());
    }
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
    if (m_live.active)
        storeLiveCompare();
    Q_EMIT comparisonFinished(*m_sides[Baseline]->result(), *m_sides[Candidate]->result());
}

void ComparePane::storeLiveCompare()
{
    m_live.active = false;
    if (!m_project)
        return;
    const ChatResult &base = *m_sides[Baseline]->result();
    const ChatResult &cand = *m_sides[Candidate]->result();
    if (base.status == CallStatus::Cancelled || cand.status == CallStatus::Cancelled) {
        m_rating->clearTarget(tr("A cancelled comparison is not stored."));
        return;
    }
    if (m_project->isReadOnly()) {
        m_rating->clearTarget(tr("This project is open read-only: the comparison was not stored "
                                 "and cannot be rated."));
        return;
    }
    CompareRecorder::LiveCompare compare;
    compare.promptName = m_live.promptName;
    compare.promptVersion = m_live.promptVersion;
    compare.variantVersions = m_live.variantVersions;
    compare.baseline = m_live.endpoints[Baseline];
    compare.candidate = m_live.endpoints[Candidate];
    compare.testCase = m_live.testCase;
    compare.baselineResult = base;
    compare.candidateResult = cand;
    compare.startedAt = m_live.startedAt;
    Result<qint64> stored = CompareRecorder::store(m_project->file()->database(), compare);
    if (!stored) {
        m_rating->clearTarget(
                tr("The comparison could not be stored: %1").arg(stored.error().message));
        return;
    }
    // Its assertion outcomes, as stored.
    for (int s = Baseline; s <= Candidate; ++s) {
        const RunResult r = CompareRecorder::toRunResult(compare, s == Candidate, stored.value());
        m_sides[s]->showAssertions(r.assertions, r.passed, r.score);
    }
    Q_EMIT m_project->runsChanged();
    Q_EMIT m_project->runResultsChanged(stored.value());
    m_rating->setTarget(stored.value(), compare.testCase.id);
    Q_EMIT liveCompareStored(stored.value(), compare.testCase.id);
}

void ComparePane::setMode(Mode mode)
{
    if (mode == Recorded)
        m_modes->setTabEnabled(Recorded, true);
    if (m_modes->currentIndex() == int(mode))
        modeChosen(int(mode));
    else
        m_modes->setCurrentIndex(int(mode));
}

ComparePane::Mode ComparePane::mode() const
{
    return Mode(std::max(0, m_modes->currentIndex()));
}

void ComparePane::modeChosen(int mode)
{
    m_inputs->setCurrentIndex(mode);
    m_endpointsRow->setVisible(mode != Recorded);
    // Only the shown page counts for the input area's size; a recorded case
    // needs a few lines, not the editors' room, so the answers get the rest.
    for (int i = 0; i < m_inputs->count(); ++i) {
        const auto policy = i == mode ? QSizePolicy::Preferred : QSizePolicy::Ignored;
        m_inputs->widget(i)->setSizePolicy(policy, policy);
    }
    fitInputArea();
    m_run->setText(mode == Recorded ? tr("Run again live") : tr("Run both"));
    m_run->setToolTip(mode == Recorded
                              ? tr("Send the run's prompt and this case to both endpoints again "
                                   "(Ctrl+Return)")
                              : tr("Send the same request to both endpoints (Ctrl+Return)"));
    updateActions();
}

bool ComparePane::usePrompt(const QString &name, int version)
{
    if (isRunning())
        cancel();
    setMode(PromptCase);
    if (m_picker->selectPrompt(name, version))
        return true;
    m_picker->reload(); // a prompt added since the last notice
    return m_picker->selectPrompt(name, version);
}

bool ComparePane::showRecorded(qint64 runId, qint64 caseId, const QString &endpoint, int repeat)
{
    if (isRunning())
        cancel();
    m_recordedRun = runId;
    m_recordedCase = caseId;
    m_recordedEndpoint = endpoint;
    {
        QSignalBlocker block(m_repeat);
        m_repeat->setMaximum(std::max(1, repeat + 1));
        m_repeat->setValue(repeat + 1);
    }
    setMode(Recorded);
    return loadRecorded();
}

void ComparePane::fitInputArea()
{
    m_inputs->updateGeometry();
    QWidget *input = m_split->widget(0);
    input->layout()->activate();
    if (mode() != Recorded) {
        input->setMaximumHeight(QWIDGETSIZE_MAX);
        return;
    }
    // A word-wrapped label's own size hint guesses a width; ask the layout
    // for the height at the width the area really has.
    QLayout *layout = input->layout();
    const int height = layout->hasHeightForWidth() && input->width() > 0
                               ? layout->totalHeightForWidth(input->width())
                               : input->sizeHint().height();
    input->setMaximumHeight(height);
}

bool ComparePane::loadRecorded()
{
    if (!m_project)
        return false;
    QSqlDatabase db = m_project->file()->database();
    auto fail = [this](const QString &message) {
        for (CompareSide *side : m_sides)
            side->clear();
        m_recordedLabel->setText(message);
        fitInputArea();
        m_rating->clearTarget(QString());
        updateActions();
        return false;
    };
    Result<RunInfo> run = RunStore::loadRun(db, m_recordedRun);
    if (!run)
        return fail(run.error().message);
    const QString baseline = run->endpoints.value(0);
    const QString other = m_recordedEndpoint.isEmpty() || m_recordedEndpoint == baseline
                                  ? run->endpoints.value(1, baseline)
                                  : m_recordedEndpoint;
    {
        QSignalBlocker block(m_repeat);
        m_repeat->setMaximum(std::max(1, run->repeats));
        m_repeat->setVisible(run->repeats > 1);
    }
    const int repeat = m_repeat->value() - 1;
    const QString names[2] = {baseline, other};
    bool any = false;
    for (int s = Baseline; s <= Candidate; ++s) {
        CompareSide *side = m_sides[s];
        side->start(names[s]);
        Result<std::optional<RunResult>> stored
                = RunStore::result(db, m_recordedRun, CellKey{m_recordedCase, names[s], repeat});
        if (!stored) {
            side->failBeforeSending(stored.error().message);
            continue;
        }
        if (!stored->has_value()) {
            side->failBeforeSending(tr("no result is stored for this case yet."));
            continue;
        }
        any = true;
        const RunResult &r = stored->value();
        side->finish(chatResultOf(r));
        if (r.fromCache)
            side->statusLabel()->setText(side->statusLabel()->text() + u" · "_s
                                         + tr("from the response cache"));
        side->showAssertions(r.assertions, r.passed, r.score);
    }
    QString label = tr("Recorded: run %1 · %2 v%3 · case %4")
                            .arg(m_recordedRun)
                            .arg(run->promptName)
                            .arg(run->promptVersion)
                            .arg(m_recordedCase);
    if (Result<TestCase> c = CaseStore::load(db, m_recordedCase); c) {
        QStringList vars;
        for (auto it = c->variables.cbegin(); it != c->variables.cend(); ++it)
            vars.append(u"%1 = %2"_s.arg(it.key(), it.value().simplified().left(100)));
        if (!vars.isEmpty())
            label += u'\n' + vars.join(u" · "_s);
    }
    if (!run->note.isEmpty())
        label += u'\n' + run->note;
    m_recordedLabel->setText(label);
    fitInputArea();
    m_rating->setTarget(m_recordedRun, m_recordedCase);
    applyDiff();
    updateActions();
    return any;
}

void ComparePane::replayLive()
{
    if (!m_project || m_recordedRun == 0)
        return;
    Result<RunInfo> run = RunStore::loadRun(m_project->file()->database(), m_recordedRun);
    if (!run)
        return;
    const qint64 caseId = m_recordedCase;
    const QString baseline = run->endpoints.value(0);
    const QString other = m_recordedEndpoint.isEmpty() || m_recordedEndpoint == baseline
                                  ? run->endpoints.value(1, baseline)
                                  : m_recordedEndpoint;
    setMode(PromptCase);
    m_picker->reload();
    QStringList problems;
    if (!m_picker->selectPrompt(run->promptName, run->promptVersion))
        problems.append(tr("the prompt \"%1\" v%2 is not in the library")
                                .arg(run->promptName)
                                .arg(run->promptVersion));
    if (!m_picker->selectCase(caseId))
        problems.append(tr("case %1 no longer exists").arg(caseId));
    if (!selectEndpoint(Baseline, baseline) || !selectEndpoint(Candidate, other))
        problems.append(tr("the endpoints \"%1\" and \"%2\" are not both in the project")
                                .arg(baseline, other));
    if (!problems.isEmpty()) {
        m_notice->setText(tr("Cannot run this again: %1.").arg(problems.join(u"; "_s)));
        m_notice->show();
        return;
    }
    runBoth();
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
    const bool haveEndpoints
            = m_combos[Baseline]->currentIndex() >= 0 && m_combos[Candidate]->currentIndex() >= 0;
    bool ready = false;
    switch (mode()) {
    case FreeText:
        ready = haveEndpoints && (!m_given.isEmpty() || !m_user->toPlainText().trimmed().isEmpty());
        break;
    case PromptCase:
        ready = haveEndpoints && m_picker->isReady();
        break;
    case Recorded:
        ready = m_recordedRun != 0;
        break;
    }
    m_run->setEnabled(!running && ready);
    m_cancel->setEnabled(running);
    for (QComboBox *combo : m_combos)
        combo->setEnabled(!running);
}

QByteArray ComparePane::saveState() const
{
    QByteArray state;
    QDataStream out(&state, QIODevice::WriteOnly);
    out.setVersion(QDataStream::Qt_6_4);
    out << kStateMagic << kStateVersion << m_split->saveState() << m_answers->saveState()
        << highlightDifferences();
    return state;
}

bool ComparePane::restoreState(const QByteArray &state)
{
    QDataStream in(state);
    in.setVersion(QDataStream::Qt_6_4);
    quint32 magic = 0;
    qint32 version = 0;
    QByteArray split;
    QByteArray answers;
    bool diff = false;
    in >> magic >> version >> split >> answers >> diff;
    if (in.status() != QDataStream::Ok || magic != kStateMagic || version != kStateVersion)
        return false;
    m_split->restoreState(split);
    m_answers->restoreState(answers);
    setHighlightDifferences(diff);
    return true;
}

qint64 ComparePane::ratedRunId() const
{
    return m_rating->runId();
}

qint64 ComparePane::ratedCaseId() const
{
    return m_rating->caseId();
}

void ComparePane::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!isRunning())
        reloadEndpoints();
    // The recorded case's lines wrap at the width the pane has now.
    QTimer::singleShot(0, this, &ComparePane::fitInputArea);
}

void ComparePane::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    if (mode() == Recorded)
        fitInputArea();
}

} // namespace Cutover
