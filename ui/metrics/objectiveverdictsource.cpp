#include "ui/metrics/objectiveverdictsource.h"

#include "core/project/project.h"
#include "ui/metrics/metricscomputer.h"

using namespace Qt::StringLiterals;

namespace Cutover {

ObjectiveVerdictSource::ObjectiveVerdictSource(Project *project, QObject *parent)
    : QObject(parent)
    , m_project(project)
    , m_computer(new MetricsComputer(project, this))
{
    m_computer->setInterval(1000);
    m_message = tr("Computing…");
    connect(m_computer, &MetricsComputer::computed, this, &ObjectiveVerdictSource::apply);
    if (!project)
        return;
    connect(project, &Project::runResultsChanged, this, [this](qint64) { request(); });
    connect(project, &Project::ratingsChanged, this, [this](qint64) { request(); });
    connect(project, &Project::runsChanged, this, &ObjectiveVerdictSource::request);
    connect(project->plan(), &PlanDocument::changed, this, [this](PlanDocument::Sections sections) {
        if (sections.testFlag(PlanDocument::Objectives))
            request();
    });
    request();
}

ObjectiveVerdictSource::~ObjectiveVerdictSource()
{
    shutdown();
}

void ObjectiveVerdictSource::shutdown()
{
    m_computer->shutdown();
}

void ObjectiveVerdictSource::setActive(bool active)
{
    m_active = active;
    if (active && m_stale)
        request();
}

void ObjectiveVerdictSource::request()
{
    if (!m_active) {
        m_stale = true;
        return;
    }
    m_stale = false;
    m_computer->request();
}

void ObjectiveVerdictSource::apply(const MetricsOutcome &outcome)
{
    if (outcome.comparison) {
        const Metrics::RunComparison &c = *outcome.comparison;
        m_verdicts = c.verdicts;
        m_hasComparison = true;
        m_message.clear();
        if (c.spec.sameRun()) {
            //: candidate endpoint, baseline endpoint, run number
            m_label = tr("%1 against %2 (run %3)")
                              .arg(c.candidate.endpoint, c.baseline.endpoint)
                              .arg(c.spec.candidateRunId);
        } else {
            m_label = tr("%1 (run %2) against %3 (run %4)")
                              .arg(c.candidate.endpoint)
                              .arg(c.spec.candidateRunId)
                              .arg(c.baseline.endpoint)
                              .arg(c.spec.baselineRunId);
        }
    } else {
        m_verdicts.clear();
        m_hasComparison = false;
        m_label.clear();
        m_message = outcome.noRuns
                            ? tr("No run yet: run a prompt on two endpoints in Runs to judge "
                                 "the objectives.")
                            : tr("Could not judge the objectives: %1").arg(outcome.error.message);
    }
    Q_EMIT verdictsChanged();
}

} // namespace Cutover
