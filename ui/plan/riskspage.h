#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace Cutover {

class PlanDocument;
class PlanItemTable;
class RiskFilterProxy;
class RiskMatrix;
class RisksModel;

// The sortable risks table beside a 5 × 5 likelihood × impact matrix;
// clicking a matrix cell filters the table to that cell's risks.
class RisksPage final : public QWidget
{
    Q_OBJECT

public:
    explicit RisksPage(PlanDocument *document, QWidget *parent = nullptr);

    RisksModel *model() const { return m_model; }
    RiskFilterProxy *proxy() const { return m_proxy; }
    PlanItemTable *table() const { return m_table; }
    RiskMatrix *matrix() const { return m_matrix; }

    // Clears the matrix filter if needed so that the risk shows, then selects it.
    bool selectRisk(qint64 id);
    void setCellFilter(int likelihood, int impact);

private:
    void updateFilterBar();

    PlanDocument *m_document;
    RisksModel *m_model;
    RiskFilterProxy *m_proxy;
    PlanItemTable *m_table;
    RiskMatrix *m_matrix;
    QWidget *m_filterBar;
    QLabel *m_filterLabel;
};

} // namespace Cutover
