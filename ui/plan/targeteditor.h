#pragma once

#include "core/plan/plandocument.h"

#include <QGroupBox>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;

namespace Cutover {

class PlanFieldBinder;

// Edits the measurable target of one objective: metric (or a custom metric
// name), comparison, reference (absolute or change against the baseline),
// value and unit. Unchecking the group box removes the target. Every change
// is an undoable PlanDocument edit; typing in one field merges into one step.
class TargetEditor final : public QGroupBox
{
    Q_OBJECT

public:
    explicit TargetEditor(PlanDocument *document, QWidget *parent = nullptr);

    // The objective being edited; 0 shows nothing editable.
    void setObjectiveId(qint64 id);
    qint64 objectiveId() const { return m_objectiveId; }

    QComboBox *metricCombo() const { return m_metric; }
    QDoubleSpinBox *valueSpin() const { return m_value; }
    QLineEdit *unitEdit() const { return m_unit; }

private:
    void refresh();
    void editTarget(const QString &text, const std::function<void(Target &)> &change,
                    const QString &mergeField = QString());
    void setHasTarget(bool hasTarget);

    PlanDocument *m_document;
    PlanFieldBinder *m_undoRouter;
    qint64 m_objectiveId = 0;
    QComboBox *m_metric;
    QLabel *m_customLabel;
    QLineEdit *m_customName;
    QComboBox *m_comparison;
    QComboBox *m_reference;
    QDoubleSpinBox *m_value;
    QLineEdit *m_unit;
    QLabel *m_preview;
    bool m_updating = false;
};

} // namespace Cutover
