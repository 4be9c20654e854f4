#include "ui/shell/projectpanes.h"

#include "core/project/project.h"
#include "ui/compare/comparepane.h"
#include "ui/endpoints/endpointspane.h"
#include "ui/metrics/metricspane.h"
#include "ui/plan/planpane.h"
#include "ui/prompts/promptspane.h"
#include "ui/results/resultspane.h"
#include "ui/runs/casespane.h"
#include "ui/runs/runspane.h"
#include "ui/shell/appsettings.h"
#include "ui/shell/panehost.h"

#include <QAction>
#include <QIcon>
#include <QMessageBox>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace Cutover {
namespace {

const QString kPlan = u"plan"_s;
const QString kEndpoints = u"endpoints"_s;
const QString kPrompts = u"prompts"_s;
const QString kCases = u"cases"_s;
const QString kRuns = u"runs"_s;
const QString kResults = u"results"_s;
const QString kCompare = u"compare"_s;
const QString kMetrics = u"metrics"_s;

} // namespace

QStringList ProjectPanes::ids()
{
    return {kPlan, kEndpoints, kPrompts, kCases, kRuns, kResults, kCompare, kMetrics};
}

ProjectPanes::ProjectPanes(Project *project, SecretStore *secrets, QNetworkAccessManager *network,
                           PaneHost *host, AppSettings *settings, QObject *parent)
    : QObject(parent)
    , m_host(host)
    , m_settings(settings)
{
    m_plan = new PlanPane(project->plan(), host);
    m_plan->restoreState(settings->paneState(kPlan));
    m_plan->enableVerdicts(project); // objectives judged against the latest comparable run
    add(kPlan, u"plan"_s, tr("Plan"), m_plan);
    m_undoStacks.insert(kPlan, project->plan()->undoStack());

    auto *endpoints = new EndpointsPane(project, secrets, network, host);
    add(kEndpoints, u"endpoints"_s, tr("Endpoints"), endpoints);
    m_undoStacks.insert(kEndpoints, endpoints->undoStack());

    auto *prompts = new PromptsPane(project, host);
    m_prompts = prompts;
    prompts->restoreState(settings->paneState(kPrompts));
    add(kPrompts, u"prompts"_s, tr("Prompts"), prompts);
    m_undoStacks.insert(kPrompts, prompts->undoStack());

    auto *cases = new CasesPane(project, host);
    cases->restoreState(settings->paneState(kCases));
    add(kCases, u"cases"_s, tr("Test Cases"), cases);
    m_undoStacks.insert(kCases, cases->undoStack());

    m_runs = new RunsPane(project, secrets, network, host);
    m_runs->restoreState(settings->paneState(kRuns));
    add(kRuns, u"runs"_s, tr("Runs"), m_runs);

    auto *results = new ResultsPane(project, host);
    results->restoreState(settings->paneState(kResults));
    add(kResults, u"results"_s, tr("Results"), results);

    m_compare = new ComparePane(project, secrets, network, host);
    add(kCompare, u"compare"_s, tr("Compare"), m_compare);

    m_metrics = new MetricsPane(project, host);
    m_metrics->restoreState(settings->paneState(kMetrics));
    add(kMetrics, u"metrics"_s, tr("Metrics"), m_metrics);

    // A prompt version or a stored result opens in Compare.
    connect(prompts, &PromptsPane::compareRequested, this,
            [this](const QString &name, int version) {
                if (m_compare && m_compare->usePrompt(name, version))
                    m_host->setCurrentPane(kCompare);
            });
    connect(results, &ResultsPane::openInCompare, this,
            [this](qint64 runId, qint64 caseId, const QString &endpoint, int repeat) {
                if (m_compare && m_compare->showRecorded(runId, caseId, endpoint, repeat))
                    m_host->setCurrentPane(kCompare);
            });
}

ProjectPanes::~ProjectPanes() = default;

PlanPane *ProjectPanes::planPane() const
{
    return m_plan;
}

ComparePane *ProjectPanes::comparePane() const
{
    return m_compare;
}

void ProjectPanes::add(const QString &id, const QString &icon, const QString &title, QWidget *pane)
{
    m_host->addPane(id, QIcon(u":/icons/"_s + icon + u".svg"_s), title, pane);
    m_panes.insert(id, pane);
    auto *action = new QAction(QIcon(u":/icons/"_s + icon + u".svg"_s), title, this);
    const int number = int(m_actions.size()) + 1;
    if (number <= 9)
        action->setShortcut(QKeySequence(Qt::ALT | Qt::Key(Qt::Key_0 + number)));
    connect(action, &QAction::triggered, this, [this, id] { m_host->setCurrentPane(id); });
    m_actions.append(action);
}

bool ProjectPanes::confirmClose()
{
    if (m_prompts && !m_prompts->confirmLeavingDraft()) {
        m_host->setCurrentPane(kPrompts);
        return false;
    }
    if (m_runs && m_runs->isRunning()) {
        QMessageBox box(QMessageBox::Question, tr("Run in Progress"),
                        tr("A batch run is still going. Closing the project stops it; the "
                           "results stored so far stay, and you can resume the run later from "
                           "the Runs pane."),
                        QMessageBox::NoButton, m_host->window());
        QPushButton *stop = box.addButton(tr("&Stop Run and Close"), QMessageBox::AcceptRole);
        box.addButton(QMessageBox::Cancel);
        box.setDefaultButton(stop);
        box.exec();
        if (box.clickedButton() != stop) {
            m_host->setCurrentPane(kRuns);
            return false;
        }
    }
    return true;
}

void ProjectPanes::saveStates()
{
    if (m_plan)
        m_settings->setPaneState(kPlan, m_plan->saveState());
    if (auto *p = qobject_cast<PromptsPane *>(m_panes.value(kPrompts)))
        m_settings->setPaneState(kPrompts, p->saveState());
    if (auto *p = qobject_cast<CasesPane *>(m_panes.value(kCases)))
        m_settings->setPaneState(kCases, p->saveState());
    if (m_runs)
        m_settings->setPaneState(kRuns, m_runs->saveState());
    if (auto *p = qobject_cast<ResultsPane *>(m_panes.value(kResults)))
        m_settings->setPaneState(kResults, p->saveState());
    if (m_metrics)
        m_settings->setPaneState(kMetrics, m_metrics->saveState());
}

void ProjectPanes::shutdown()
{
    if (m_runs)
        m_runs->cancelRun();
    if (m_compare)
        m_compare->cancel();
    if (m_metrics)
        m_metrics->shutdown();
    if (m_plan)
        m_plan->shutdown();
}

} // namespace Cutover
