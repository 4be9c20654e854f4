#pragma once

#include <QWidget>

namespace Cutover {

class PlanDocument;
class PlanItemTable;
class ScopeModel;

// Components and data items in scope of the migration, with their status.
class ScopePage final : public QWidget
{
    Q_OBJECT

public:
    explicit ScopePage(PlanDocument *document, QWidget *parent = nullptr);

    ScopeModel *model() const { return m_model; }
    PlanItemTable *table() const { return m_table; }

private:
    ScopeModel *m_model;
    PlanItemTable *m_table;
};

} // namespace Cutover
