#pragma once

#include "core/plan/plan.h"

#include <QList>
#include <QWidget>

namespace Cutover {

// A 5 × 5 heat map of the risks: likelihood up, impact across, each cell
// coloured by its score's level and showing how many risks it holds.
// Clicking a cell selects it (cellSelected(likelihood, impact)); clicking the
// selected cell again clears the selection (cellSelected(0, 0)). From the
// keyboard, the arrow keys move a focus cell and Space or Enter clicks it.
class RiskMatrix final : public QWidget
{
    Q_OBJECT

public:
    explicit RiskMatrix(QWidget *parent = nullptr);

    void setRisks(const QList<Risk> &risks);
    int riskCount(int likelihood, int impact) const;

    // 0, 0 clears. Does not emit cellSelected().
    void setSelectedCell(int likelihood, int impact);
    int selectedLikelihood() const { return m_likelihood; }
    int selectedImpact() const { return m_impact; }

    QRect cellRect(int likelihood, int impact) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

Q_SIGNALS:
    void cellSelected(int likelihood, int impact);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    bool event(QEvent *event) override;

private:
    struct Layout
    {
        QRect grid;
        int cell = 0;
    };
    Layout layout() const;
    void toggleCell(int likelihood, int impact);
    int axisMargin() const;

    QList<Risk> m_risks;
    int m_likelihood = 0;
    int m_impact = 0;
    int m_focusLikelihood = 3; // the keyboard's cell
    int m_focusImpact = 3;
};

} // namespace Cutover
