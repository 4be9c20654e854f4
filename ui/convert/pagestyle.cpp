#include "ui/convert/pagestyle.h"

#include <QColor>
#include <QLabel>
#include <QPalette>

namespace Cutover {

namespace {

void colour(QLabel *label, const QColor &c)
{
    QPalette p = label->palette();
    p.setColor(QPalette::WindowText, c);
    label->setPalette(p);
    label->setWordWrap(true);
}

} // namespace

void markAsError(QLabel *label)
{
    colour(label, QColor(0xb3, 0x26, 0x1e));
}

void markAsWarning(QLabel *label)
{
    colour(label, QColor(0x9a, 0x5b, 0x00));
}

} // namespace Cutover
