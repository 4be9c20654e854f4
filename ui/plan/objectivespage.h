#pragma once

#include <QWidget>

namespace Cutover {

class ObjectivesModel;
class PlanDocument;
class PlanItemTable;
class TargetEditor;

// The objectives table and, below it, the selected objective's target.
class ObjectivesPage final : public QWidget
{
    Q_OBJECT

public:
    explicit ObjectivesPage(PlanDocument *document, QWidget *parent = nullptr);

    ObjectivesModel *model() const { return m_model; }
    PlanItemTable *table() const { return m_table; }
    TargetEditor *targetEditor() const { return m_target; }

private:
    ObjectivesModel *m_model;
    PlanItemTable *m_table;
    TargetEditor *m_target;
};

} // namespace Cutover
