#include "ui/results/resultscelldelegate.h"

#include "core/providers/chattypes.h"
#include "core/runs/runstore.h"
#include "ui/results/resultsmatrixmodel.h"

#include <QApplication>
#include <QLocale>
#include <QPainter>
#include <QTextLayout>

using namespace Qt::StringLiterals;

namespace Cutover {
namespace {

constexpr int kPad = 4;

const QColor kPassBg(0xe6, 0xf4, 0xe8);
const QColor kFailBg(0xfb, 0xe4, 0xe2);
const QColor kPassInk(0x1b, 0x6b, 0x2b);
const QColor kFailInk(0xa3, 0x1d, 0x1d);
const QColor kNeutralInk(0x55, 0x5b, 0x63);

QString ratingShort(int rating)
{
    switch (Rating(rating)) {
    case Rating::BaselineBetter:
        return ResultsCellDelegate::tr("baseline better");
    case Rating::CandidateBetter:
        return ResultsCellDelegate::tr("candidate better");
    case Rating::Tie:
        return ResultsCellDelegate::tr("tie");
    case Rating::BothBad:
        return ResultsCellDelegate::tr("both bad");
    }
    return QString();
}

// Up to two lines of `text` in `rect`, the second elided.
void drawTwoLines(QPainter *p, const QRect &rect, const QString &text, const QFont &font)
{
    const QString flat = text.simplified();
    if (flat.isEmpty())
        return;
    const QFontMetrics fm(font);
    QTextLayout layout(flat, font);
    layout.beginLayout();
    QTextLine first = layout.createLine();
    first.setLineWidth(rect.width());
    layout.endLayout();
    const QString head = flat.left(first.textLength());
    const QString rest = flat.mid(first.textLength());
    p->drawText(QRect(rect.left(), rect.top(), rect.width(), fm.height()),
                Qt::AlignLeft | Qt::AlignVCenter, rest.isEmpty() ? head : head.trimmed());
    if (!rest.isEmpty() && rect.height() >= fm.lineSpacing() + fm.ascent())
        p->drawText(QRect(rect.left(), rect.top() + fm.lineSpacing(), rect.width(), fm.height()),
                    Qt::AlignLeft | Qt::AlignVCenter,
                    fm.elidedText(rest.trimmed(), Qt::ElideRight, rect.width()));
}

} // namespace

ResultsCellDelegate::ResultsCellDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{}

int ResultsCellDelegate::rowHeight(const QFontMetrics &metrics)
{
    return 3 * metrics.lineSpacing() + 3 * kPad;
}

QSize ResultsCellDelegate::sizeHint(const QStyleOptionViewItem &option,
                                    const QModelIndex &index) const
{
    Q_UNUSED(index);
    return QSize(24 * option.fontMetrics.averageCharWidth(), rowHeight(option.fontMetrics));
}

QString ResultsCellDelegate::badgeText(const QModelIndex &index)
{
    using M = ResultsMatrixModel;
    if (index.column() == 0)
        return tr("#%1").arg(index.data(M::CaseIdRole).toLongLong());
    if (!index.data(M::PresentRole).toBool())
        return tr("no result");
    QString badge;
    switch (CallStatus(index.data(M::StatusRole).toInt())) {
    case CallStatus::Ok: {
        const QVariant passed = index.data(M::PassedRole);
        badge = passed.isNull() ? tr("OK") : passed.toBool() ? tr("PASS") : tr("FAIL");
        break;
    }
    case CallStatus::Error:
        badge = tr("ERROR");
        break;
    case CallStatus::Incomplete:
        badge = tr("CUT OFF");
        break;
    case CallStatus::Cancelled:
        badge = tr("CANCELLED");
        break;
    }
    const int repeats = index.data(M::RepeatsRole).toInt();
    if (repeats > 1)
        //: After PASS/FAIL of the shown repeat: how many of all repeats passed
        badge += u"  "_s
                 + tr("· %1/%2 repeats pass")
                           .arg(index.data(M::PassedRepeatsRole).toInt())
                           .arg(repeats);
    return badge;
}

QString ResultsCellDelegate::metricsText(const QModelIndex &index)
{
    using M = ResultsMatrixModel;
    if (index.column() == 0) {
        const QVariant rating = index.data(M::RatingRole);
        return rating.isNull() ? QString() : ratingShort(rating.toInt());
    }
    if (!index.data(M::PresentRole).toBool())
        return QString();
    const qint64 ms = index.data(M::LatencyRole).toLongLong();
    QString text = ms < 1000 ? tr("%1 ms").arg(ms)
                             : tr("%1 s").arg(QLocale().toString(double(ms) / 1000.0, 'f', 2));
    const QVariant cost = index.data(M::CostRole);
    if (!cost.isNull()) {
        const double c = cost.toDouble();
        text += u" · "_s + QLocale().toString(c, 'f', c != 0.0 && c < 0.01 ? 5 : 4);
    }
    if (index.data(M::FromCacheRole).toBool())
        text += u" · "_s + tr("cached");
    return text;
}

void ResultsCellDelegate::paint(QPainter *p, const QStyleOptionViewItem &option,
                                const QModelIndex &index) const
{
    using M = ResultsMatrixModel;
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const bool selected = opt.state & QStyle::State_Selected;
    p->save();

    // Background: the verdict's tint, or the selection.
    QColor ink = kNeutralInk;
    if (index.column() > 0 && index.data(M::PresentRole).toBool()) {
        const auto status = CallStatus(index.data(M::StatusRole).toInt());
        const QVariant passed = index.data(M::PassedRole);
        const bool failed = status == CallStatus::Error || status == CallStatus::Incomplete
                            || (!passed.isNull() && !passed.toBool());
        const bool ok = status == CallStatus::Ok && !passed.isNull() && passed.toBool();
        if (failed) {
            ink = kFailInk;
            p->fillRect(opt.rect, kFailBg);
        } else if (ok) {
            ink = kPassInk;
            p->fillRect(opt.rect, kPassBg);
        }
    }
    if (selected) {
        QColor sel = opt.palette.color(QPalette::Highlight);
        sel.setAlpha(90);
        p->fillRect(opt.rect, sel);
    }
    if (opt.state & QStyle::State_HasFocus) {
        p->setPen(QPen(opt.palette.color(QPalette::Highlight), 1.5));
        p->drawRect(opt.rect.adjusted(1, 1, -1, -1));
    }

    const QRect area = opt.rect.adjusted(kPad + 1, kPad, -kPad - 1, -kPad);
    const QFontMetrics fm(opt.font);
    QFont bold = opt.font;
    bold.setBold(true);
    const QFontMetrics bfm(bold);
    const QRect top(area.left(), area.top(), area.width(), fm.height());

    // First line: badge left, metrics (or the rating) right.
    const QString badge = badgeText(index);
    const QString metrics = metricsText(index);
    const int metricsWidth
            = metrics.isEmpty() ? 0 : std::min(fm.horizontalAdvance(metrics) + 2, area.width() / 2);
    p->setFont(bold);
    p->setPen(index.column() == 0 ? opt.palette.color(QPalette::Text) : ink);
    p->drawText(QRect(top.left(), top.top(), top.width() - metricsWidth - kPad, top.height()),
                Qt::AlignLeft | Qt::AlignVCenter,
                bfm.elidedText(badge, Qt::ElideRight, top.width() - metricsWidth - kPad));
    p->setFont(opt.font);
    if (!metrics.isEmpty()) {
        p->setPen(index.column() == 0 ? QColor(0x3a, 0x5f, 0xa0) : kNeutralInk);
        p->drawText(top, Qt::AlignRight | Qt::AlignVCenter,
                    fm.elidedText(metrics, Qt::ElideRight, metricsWidth));
    }

    // Then the answer (or the case's variables) on two lines.
    p->setPen(opt.palette.color(QPalette::Text));
    const QRect body(area.left(), top.bottom() + kPad, area.width(),
                     area.bottom() - top.bottom() - kPad);
    const QString text = index.data(Qt::DisplayRole).toString();
    if (index.column() > 0 && !index.data(M::PresentRole).toBool()) {
        p->setPen(opt.palette.color(QPalette::PlaceholderText));
        p->drawText(body, Qt::AlignLeft | Qt::AlignTop, u"\u2014"_s);
    } else {
        drawTwoLines(p, body, text, opt.font);
    }
    p->restore();
}

} // namespace Cutover
