#include "ui/plan/riskmatrix.h"

#include "core/plan/planlabels.h"
#include "ui/plan/plancolors.h"

#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

using namespace Qt::StringLiterals;

namespace Cutover {

RiskMatrix::RiskMatrix(QWidget *parent)
    : QWidget(parent)
{
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
    setAccessibleName(tr("Risk matrix"));
    setToolTip(tr("Click a cell to show only its risks; click it again to show all"));
}

void RiskMatrix::setRisks(const QList<Risk> &risks)
{
    m_risks = risks;
    update();
}

int RiskMatrix::riskCount(int likelihood, int impact) const
{
    int count = 0;
    for (const Risk &r : m_risks) {
        if (r.likelihood == likelihood && r.impact == impact)
            ++count;
    }
    return count;
}

void RiskMatrix::setSelectedCell(int likelihood, int impact)
{
    m_likelihood = likelihood;
    m_impact = impact;
    update();
}

int RiskMatrix::axisMargin() const
{
    // Room for the axis numbers and the axis titles.
    return 2 * fontMetrics().height() + 10;
}

RiskMatrix::Layout RiskMatrix::layout() const
{
    const int margin = axisMargin();
    const int side = qMax(5 * 16, qMin(width() - margin - 4, height() - margin - 4));
    Layout l;
    l.cell = side / 5;
    const int gridSide = 5 * l.cell;
    const int left = margin + (width() - margin - gridSide) / 2;
    l.grid = QRect(left, 4, gridSide, gridSide);
    return l;
}

QRect RiskMatrix::cellRect(int likelihood, int impact) const
{
    const Layout l = layout();
    // Likelihood 5 at the top, impact 1 at the left.
    return QRect(l.grid.left() + (impact - 1) * l.cell, l.grid.top() + (5 - likelihood) * l.cell,
                 l.cell, l.cell);
}

QSize RiskMatrix::sizeHint() const
{
    const int cell = fontMetrics().height() * 3;
    return QSize(5 * cell + axisMargin() + 4, 5 * cell + axisMargin() + 4);
}

QSize RiskMatrix::minimumSizeHint() const
{
    const int cell = fontMetrics().height() * 2;
    return QSize(5 * cell + axisMargin() + 4, 5 * cell + axisMargin() + 4);
}

int RiskMatrix::heightForWidth(int width) const
{
    return width;
}

void RiskMatrix::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const Layout l = layout();
    const QFontMetrics fm = fontMetrics();
    const QPalette pal = palette();

    for (int likelihood = 1; likelihood <= 5; ++likelihood) {
        for (int impact = 1; impact <= 5; ++impact) {
            const QRect cell = cellRect(likelihood, impact);
            const int count = riskCount(likelihood, impact);
            QColor color = PlanColors::riskScore(likelihood * impact);
            if (count == 0)
                color.setAlpha(90);
            p.setPen(QPen(pal.color(QPalette::Base), 2));
            p.setBrush(color);
            p.drawRect(cell);
            if (count > 0) {
                QFont bold = font();
                bold.setBold(true);
                bold.setPointSizeF(bold.pointSizeF() * 1.25);
                p.setFont(bold);
                p.setPen(QColor(0x20, 0x20, 0x20));
                p.drawText(cell, Qt::AlignCenter, QString::number(count));
                p.setFont(font());
            }
        }
    }
    if (m_likelihood > 0) {
        p.setPen(QPen(pal.color(QPalette::Text), 3));
        p.setBrush(Qt::NoBrush);
        p.drawRect(cellRect(m_likelihood, m_impact).adjusted(2, 2, -2, -2));
    }

    if (hasFocus()) {
        QPen pen(pal.color(QPalette::Highlight), 2, Qt::DashLine);
        p.setPen(pen);
        p.setBrush(Qt::NoBrush);
        p.drawRect(cellRect(m_focusLikelihood, m_focusImpact).adjusted(5, 5, -5, -5));
    }

    // Axis numbers and titles.
    p.setPen(pal.color(QPalette::Text));
    const int numberWidth = fm.horizontalAdvance(u"5"_s) + 6;
    for (int i = 1; i <= 5; ++i) {
        const QRect row = cellRect(i, 1);
        p.drawText(QRect(l.grid.left() - numberWidth - 2, row.top(), numberWidth, row.height()),
                   Qt::AlignRight | Qt::AlignVCenter, QString::number(i));
        const QRect column = cellRect(1, i);
        p.drawText(QRect(column.left(), l.grid.bottom() + 3, column.width(), fm.height()),
                   Qt::AlignCenter, QString::number(i));
    }
    p.setPen(pal.color(QPalette::PlaceholderText));
    p.drawText(QRect(l.grid.left(), l.grid.bottom() + 3 + fm.height(), l.grid.width(),
                     fm.height() + 2),
               Qt::AlignCenter, fm.elidedText(tr("Impact →"), Qt::ElideRight, l.grid.width()));
    p.save();
    p.translate(l.grid.left() - numberWidth - 6, l.grid.center().y());
    p.rotate(-90);
    p.drawText(QRect(-l.grid.height() / 2, -fm.height(), l.grid.height(), fm.height()),
               Qt::AlignCenter, fm.elidedText(tr("Likelihood →"), Qt::ElideRight, l.grid.height()));
    p.restore();
}

void RiskMatrix::toggleCell(int likelihood, int impact)
{
    if (likelihood == m_likelihood && impact == m_impact)
        setSelectedCell(0, 0);
    else
        setSelectedCell(likelihood, impact);
    Q_EMIT cellSelected(m_likelihood, m_impact);
}

void RiskMatrix::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return QWidget::mousePressEvent(event);
    const QPoint pos = event->position().toPoint();
    for (int likelihood = 1; likelihood <= 5; ++likelihood) {
        for (int impact = 1; impact <= 5; ++impact) {
            if (!cellRect(likelihood, impact).contains(pos))
                continue;
            m_focusLikelihood = likelihood;
            m_focusImpact = impact;
            toggleCell(likelihood, impact);
            return;
        }
    }
}

void RiskMatrix::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Up:
        m_focusLikelihood = qMin(5, m_focusLikelihood + 1);
        break;
    case Qt::Key_Down:
        m_focusLikelihood = qMax(1, m_focusLikelihood - 1);
        break;
    case Qt::Key_Right:
        m_focusImpact = qMin(5, m_focusImpact + 1);
        break;
    case Qt::Key_Left:
        m_focusImpact = qMax(1, m_focusImpact - 1);
        break;
    case Qt::Key_Space:
    case Qt::Key_Return:
    case Qt::Key_Enter:
        toggleCell(m_focusLikelihood, m_focusImpact);
        break;
    default:
        return QWidget::keyPressEvent(event);
    }
    update();
}

bool RiskMatrix::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        const QPoint pos = static_cast<QHelpEvent *>(event)->pos();
        for (int likelihood = 1; likelihood <= 5; ++likelihood) {
            for (int impact = 1; impact <= 5; ++impact) {
                if (!cellRect(likelihood, impact).contains(pos))
                    continue;
                const int score = likelihood * impact;
                QStringList lines;
                lines.append(tr("Likelihood %1 × impact %2 = %3 (%4)")
                                     .arg(likelihood)
                                     .arg(impact)
                                     .arg(score)
                                     .arg(PlanLabels::riskLevel(score)));
                for (const Risk &r : std::as_const(m_risks)) {
                    if (r.likelihood == likelihood && r.impact == impact)
                        lines.append(u"• "_s + r.description);
                }
                if (lines.size() == 1)
                    lines.append(tr("No risks"));
                QToolTip::showText(static_cast<QHelpEvent *>(event)->globalPos(), lines.join(u'\n'),
                                   this);
                return true;
            }
        }
    }
    return QWidget::event(event);
}

} // namespace Cutover
