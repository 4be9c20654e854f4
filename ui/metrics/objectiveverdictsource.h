#pragma once

#include "core/metrics/runmetrics.h"

#include <QList>
#include <QObject>
#include <QPointer>

namespace Cutover {

class MetricsComputer;
struct MetricsOutcome;
class Project;

// The plan's objectives judged against the project's default comparison
// (the latest run's first two endpoints), kept up to date for the Plan
// pane: recomputed off the GUI thread (MetricsComputer, throttled) when
// results, ratings, runs or the plan's objectives change, while active.
class ObjectiveVerdictSource final : public QObject
{
    Q_OBJECT

public:
    explicit ObjectiveVerdictSource(Project *project, QObject *parent = nullptr);
    ~ObjectiveVerdictSource() override;

    // While inactive (the Plan pane hidden) changes are only noted; the
    // computation follows on activation.
    void setActive(bool active);
    bool isActive() const { return m_active; }
    void shutdown();

    bool hasComparison() const { return m_hasComparison; }
    const QList<Metrics::ObjectiveVerdict> &verdicts() const { return m_verdicts; }
    // Why there are no verdicts ("No run yet…"), translated; empty otherwise.
    QString message() const { return m_message; }
    // "gpt-4o against claude (run 4)": what the verdicts were judged on.
    QString comparisonLabel() const { return m_label; }

    MetricsComputer *computer() const { return m_computer; }

Q_SIGNALS:
    void verdictsChanged();

private:
    void request();
    void apply(const MetricsOutcome &outcome);

    QPointer<Project> m_project;
    MetricsComputer *m_computer;
    QList<Metrics::ObjectiveVerdict> m_verdicts;
    QString m_message;
    QString m_label;
    bool m_hasComparison = false;
    bool m_active = true;
    bool m_stale = true;
};

} // namespace Cutover
