#pragma once

#include "core/plan/planvalidator.h"

#include <QWidget>

class QLabel;
class QListWidget;

namespace Cutover {

class PlanDocument;

// The validator's hints about the plan, updated on every change. Activating
// a hint (double click, Enter) emits hintActivated().
class HintsPage final : public QWidget
{
    Q_OBJECT

public:
    explicit HintsPage(PlanDocument *document, QWidget *parent = nullptr);

    QListWidget *list() const { return m_list; }
    const QList<PlanHint> &hints() const { return m_hints; }

Q_SIGNALS:
    void hintActivated(const Cutover::PlanHint &hint);
    void hintsChanged(int count);

private:
    void refresh();

    PlanDocument *m_document;
    QList<PlanHint> m_hints;
    QListWidget *m_list;
    QLabel *m_summary;
};

} // namespace Cutover
