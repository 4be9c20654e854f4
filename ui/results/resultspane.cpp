#include "ui/results/resultspane.h"

#include "core/project/project.h"
#include "core/project/projectfile.h"
#include "core/runs/runstore.h"
#include "ui/results/resultscelldelegate.h"
#include "ui/results/resultsmatrixmodel.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDataStream>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Cutover {
namespace {

constexpr int kRefreshDelayMs = 400;
constexpr quint32 kStateMagic = 0x52534c54; // "RSLT"
constexpr qint32 kStateVersion = 1;

QString runLabel(const RunInfo &run)
{
    const QString when = QLocale().toString(run.createdAt.toLocalTime(), QLocale::ShortFormat);
    QString status;
    switch (run.status) {
    case RunStatus::Created:
        status = ResultsPane::tr("not started");
        break;
    case RunStatus::Running:
        status = ResultsPane::tr("running");
        break;
    case RunStatus::Paused:
        status = ResultsPane::tr("paused");
        break;
    case RunStatus::Cancelled:
        status = ResultsPane::tr("cancelled");
        break;
    case RunStatus::Done:
        status = ResultsPane::tr("done");
        break;
    }
    QString label = ResultsPane::tr("Run %1 · %2 v%3 · %4 · %5 · %6")
                            .arg(run.id)
                            .arg(run.promptName)
                            .arg(run.promptVersion)
                            .arg(run.endpoints.join(ResultsPane::tr(" vs ")), when, status);
    if (!run.note.isEmpty())
        label += u" · "_s + run.note;
    return label;
}

} // namespace

ResultsPane::ResultsPane(Project *project, QWidget *parent)
    : QWidget(parent)
    , m_project(project)
    , m_runs(new QComboBox(this))
    , m_filters(new QButtonGroup(this))
    , m_sort(new QToolButton(this))
    , m_candidateLabel(new QLabel(tr("Co&mpare with:"), this))
    , m_candidate(new QComboBox(this))
    , m_view(new QTableView(this))
    , m_summary(new QLabel(this))
    , m_note(new QLabel(this))
    , m_model(new ResultsMatrixModel(this))
{
    m_runs->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_runs->setMinimumContentsLength(30);
    auto *runLabelWidget = new QLabel(tr("&Run:"), this);
    runLabelWidget->setBuddy(m_runs);

    const QList<std::pair<ResultsFilter, QString>> filters{
            {ResultsFilter::All, tr("&All")},
            {ResultsFilter::Failures, tr("Fai&lures")},
            {ResultsFilter::Different, tr("&Different")},
            {ResultsFilter::Unrated, tr("&Unrated")},
    };
    const QStringList tips{
            tr("Every case of the run"),
            tr("Cases where an answer failed its assertions, ended in an error or was cut off"),
            tr("Cases where baseline and candidate differ in status, verdict or answer"),
            tr("Cases you have not rated yet"),
    };
    auto *bar = new QHBoxLayout;
    bar->addWidget(runLabelWidget);
    bar->addWidget(m_runs, 1);
    bar->addSpacing(12);
    for (const auto &[filter, text] : filters) {
        auto *button = new QToolButton(this);
        button->setText(text);
        button->setCheckable(true);
        button->setAutoRaise(true);
        button->setToolTip(tips.value(int(filter)));
        m_filters->addButton(button, int(filter));
        bar->addWidget(button);
    }
    m_filters->button(int(ResultsFilter::All))->setChecked(true);
    m_filters->setExclusive(true);
    bar->addSpacing(12);
    m_sort->setText(tr("&Sort by disagreement"));
    m_sort->setCheckable(true);
    m_sort->setAutoRaise(true);
    m_sort->setToolTip(tr("Cases where baseline and candidate disagree most come first: a "
                          "different status or verdict counts twice, a different answer once"));
    bar->addWidget(m_sort);
    m_candidateLabel->setBuddy(m_candidate);
    m_candidate->setToolTip(tr("The endpoint that Different and the disagreement order compare "
                               "with the baseline"));
    bar->addWidget(m_candidateLabel);
    bar->addWidget(m_candidate);
    m_candidateLabel->hide();
    m_candidate->hide();

    m_view->setModel(m_model);
    m_view->setItemDelegate(new ResultsCellDelegate(m_view));
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    m_view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(
            ResultsCellDelegate::rowHeight(m_view->fontMetrics()));
    m_view->verticalHeader()->hide(); // the case column names the case
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setDefaultSectionSize(320);
    m_view->setToolTip(QString());

    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setWordWrap(true);

    // The run's note (e.g. that its answers are sample data) in plain sight.
    m_note->setObjectName(u"runNote"_s);
    m_note->setWordWrap(true);
    m_note->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_note->setAutoFillBackground(true);
    m_note->setBackgroundRole(QPalette::ToolTipBase);
    m_note->setForegroundRole(QPalette::ToolTipText);
    m_note->setContentsMargins(6, 3, 6, 3);
    m_note->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_note);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_summary);

    m_refresh.setSingleShot(true);
    m_refresh.setInterval(kRefreshDelayMs);
    connect(&m_refresh, &QTimer::timeout, m_model, &ResultsMatrixModel::refresh);

    connect(m_runs, &QComboBox::currentIndexChanged, this, &ResultsPane::runChosen);
    connect(m_filters, &QButtonGroup::idClicked, this,
            [this](int id) { setFilter(ResultsFilter(id)); });
    connect(m_sort, &QToolButton::toggled, this, &ResultsPane::setSortByDisagreement);
    connect(m_candidate, &QComboBox::currentIndexChanged, this, [this] {
        m_model->setCandidate(m_candidate->currentText());
        updateSummary();
    });
    connect(m_view, &QTableView::activated, this, &ResultsPane::openIndex);
    connect(m_model, &ResultsMatrixModel::modelAboutToBeReset, this, [this] {
        const QModelIndex current = m_view->currentIndex();
        if (current.isValid())
            m_keepCase = m_model->caseIdAt(current.row());
    });
    connect(m_model, &ResultsMatrixModel::loaded, this, [this] {
        if (!m_view->currentIndex().isValid() && m_keepCase != 0) {
            const int row = m_model->rowOfCase(m_keepCase);
            if (row >= 0) {
                const QModelIndex index = m_model->index(row, 1);
                m_view->setCurrentIndex(index);
                m_view->scrollTo(index, QAbstractItemView::PositionAtCenter);
            }
        }
        updateSummary();
    });
    connect(m_model, &ResultsMatrixModel::loadFailed, this, [this](const QString &message) {
        m_summary->setText(tr("The results could not be read: %1").arg(message));
    });

    if (m_project) {
        m_model->setSource(m_project->file()->database(), m_project->path());
        connect(m_project, &Project::runsChanged, this, &ResultsPane::reloadRuns);
        connect(m_project, &Project::runResultsChanged, this, &ResultsPane::scheduleRefresh);
        connect(m_project, &Project::ratingsChanged, this, &ResultsPane::scheduleRefresh);
    }
    reloadRuns();
}

ResultsPane::~ResultsPane() = default;

void ResultsPane::reloadRuns()
{
    if (!m_project)
        return;
    const qint64 keep = currentRunId();
    Result<QList<RunInfo>> runs = RunStore::listRuns(m_project->file()->database());
    QSignalBlocker block(m_runs);
    m_runs->clear();
    if (!runs) {
        m_summary->setText(
                tr("The project's runs could not be read: %1").arg(runs.error().message));
        return;
    }
    const QList<RunInfo> &all = runs.value();
    for (auto it = all.crbegin(); it != all.crend(); ++it)
        m_runs->addItem(runLabel(*it), it->id);
    int index = keep != 0 ? m_runs->findData(keep) : -1;
    if (index < 0 && m_runs->count() > 0)
        index = 0;
    m_runs->setCurrentIndex(index);
    block.unblock();
    // A new selection, or the same run with a new status (its endpoints are fixed).
    if (m_runs->currentData().toLongLong() != m_model->run().id)
        runChosen();
    else
        updateSummary();
}

bool ResultsPane::selectRun(qint64 runId)
{
    const int index = m_runs->findData(runId);
    if (index < 0)
        return false;
    m_runs->setCurrentIndex(index);
    return true;
}

qint64 ResultsPane::currentRunId() const
{
    return m_runs->currentData().toLongLong();
}

void ResultsPane::runChosen()
{
    m_keepCase = 0;
    RunInfo run;
    if (m_project && currentRunId() != 0) {
        Result<RunInfo> loaded = RunStore::loadRun(m_project->file()->database(), currentRunId());
        if (loaded)
            run = loaded.value();
        else
            m_summary->setText(loaded.error().message);
    }
    {
        QSignalBlocker block(m_candidate);
        m_candidate->clear();
        m_candidate->addItems(run.endpoints.mid(1));
        m_candidateLabel->setVisible(run.endpoints.size() > 2);
        m_candidate->setVisible(run.endpoints.size() > 2);
    }
    m_note->setText(run.note);
    m_note->setVisible(!run.note.isEmpty());
    m_model->setCandidate(QString());
    m_model->setRun(run);
    m_view->horizontalHeader()->resizeSection(0, 260);
    updateSummary();
}

void ResultsPane::setFilter(ResultsFilter filter)
{
    if (QAbstractButton *button = m_filters->button(int(filter)))
        button->setChecked(true);
    m_model->setFilter(filter);
    updateSummary();
}

ResultsFilter ResultsPane::filter() const
{
    return m_model->filter();
}

void ResultsPane::setSortByDisagreement(bool on)
{
    if (m_sort->isChecked() != on)
        m_sort->setChecked(on); // toggled() comes back here
    m_model->setSortByDisagreement(on);
    updateSummary();
}

bool ResultsPane::sortByDisagreement() const
{
    return m_model->sortByDisagreement();
}

QToolButton *ResultsPane::filterButton(ResultsFilter filter) const
{
    return qobject_cast<QToolButton *>(m_filters->button(int(filter)));
}

QByteArray ResultsPane::saveState() const
{
    QByteArray state;
    QDataStream out(&state, QIODevice::WriteOnly);
    out.setVersion(QDataStream::Qt_6_4);
    out << kStateMagic << kStateVersion << qint32(filter()) << sortByDisagreement()
        << m_view->horizontalHeader()->saveState();
    return state;
}

bool ResultsPane::restoreState(const QByteArray &state)
{
    QDataStream in(state);
    in.setVersion(QDataStream::Qt_6_4);
    quint32 magic = 0;
    qint32 version = 0;
    qint32 filterValue = 0;
    bool sorted = false;
    QByteArray header;
    in >> magic >> version >> filterValue >> sorted >> header;
    if (in.status() != QDataStream::Ok || magic != kStateMagic || version != kStateVersion
        || filterValue < int(ResultsFilter::All) || filterValue > int(ResultsFilter::Unrated))
        return false;
    setFilter(ResultsFilter(filterValue));
    setSortByDisagreement(sorted);
    return m_view->horizontalHeader()->restoreState(header);
}

void ResultsPane::openIndex(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    const RunInfo &run = m_model->run();
    QString endpoint = m_model->endpointAt(index.column());
    // The case column, or the baseline itself: compare with the candidate.
    if (endpoint.isEmpty() || endpoint == run.endpoints.value(0))
        endpoint = run.endpoints.value(1, run.endpoints.value(0));
    Q_EMIT openInCompare(run.id, m_model->caseIdAt(index.row()), endpoint, 0);
}

void ResultsPane::scheduleRefresh(qint64 runId)
{
    if (runId != m_model->run().id || m_refresh.isActive())
        return;
    // While a run stores results, re-reading a large index back to back would
    // keep a core busy: wait at least twice as long as the last read took.
    m_refresh.start(int(std::max<qint64>(kRefreshDelayMs, 2 * m_model->lastIndexMs())));
}

void ResultsPane::updateSummary()
{
    if (m_runs->count() == 0) {
        m_summary->setText(tr("No runs yet. Start a batch run of a prompt over the test cases; "
                              "its results appear here as they arrive."));
        return;
    }
    if (m_model->isLoading()) {
        m_summary->setText(tr("Reading the results…"));
        return;
    }
    const int rows = m_model->rowCount();
    switch (m_model->filter()) {
    case ResultsFilter::All:
        m_summary->setText(tr("%n case(s). Double-click a cell or press Enter to open it in the "
                              "compare view.",
                              nullptr, rows));
        break;
    case ResultsFilter::Failures:
        m_summary->setText(tr("%n case(s) with a failure.", nullptr, rows));
        break;
    case ResultsFilter::Different:
        m_summary->setText(tr("%n case(s) where baseline and candidate differ.", nullptr, rows));
        break;
    case ResultsFilter::Unrated:
        m_summary->setText(tr("%n case(s) not rated yet.", nullptr, rows));
        break;
    }
}

} // namespace Cutover
