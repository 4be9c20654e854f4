#pragma once

#include <QWidget>

namespace Cutover {

class GanttChart;
class PhasesModel;
class PlanDocument;
class PlanItemTable;

// The phases table above a Gantt chart of the same phases; selecting in one
// selects in the other.
class TimelinePage final : public QWidget
{
    Q_OBJECT

public:
    explicit TimelinePage(PlanDocument *document, QWidget *parent = nullptr);

    PhasesModel *model() const { return m_model; }
    PlanItemTable *table() const { return m_table; }
    GanttChart *chart() const { return m_chart; }

private:
    PlanDocument *m_document;
    PhasesModel *m_model;
    PlanItemTable *m_table;
    GanttChart *m_chart;
};

} // namespace Cutover
