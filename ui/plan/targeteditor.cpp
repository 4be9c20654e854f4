#include "ui/plan/targeteditor.h"

#include "core/plan/planlabels.h"
#include "ui/plan/planfieldbinder.h"
#include "ui/plan/plantablemodel.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>

using namespace Qt::StringLiterals;

namespace Cutover {

namespace {

const Objective *findObjective(const Plan &plan, qint64 id)
{
    const qsizetype i = PlanLists::indexOfId(plan.objectives, id);
    return i < 0 ? nullptr : &plan.objectives.at(i);
}

} // namespace

TargetEditor::TargetEditor(PlanDocument *document, QWidget *parent)
    : QGroupBox(parent)
    , m_document(document)
    , m_undoRouter(new PlanFieldBinder(document, this))
    , m_metric(new QComboBox(this))
    , m_customLabel(new QLabel(tr("Metric &name:"), this))
    , m_customName(new QLineEdit(this))
    , m_comparison(new QComboBox(this))
    , m_reference(new QComboBox(this))
    , m_value(new QDoubleSpinBox(this))
    , m_unit(new QLineEdit(this))
    , m_preview(new QLabel(this))
{
    setTitle(tr("Measurable target"));
    setCheckable(true);
    setToolTip(tr("Uncheck when the objective has no measurable target"));

    for (TargetMetric metric :
         {TargetMetric::PassRate, TargetMetric::LatencyP50, TargetMetric::LatencyP95,
          TargetMetric::LatencyP99, TargetMetric::TimeToFirstTokenP95,
          TargetMetric::CostPer1kRequests, TargetMetric::ErrorRate, TargetMetric::OutputTokens,
          TargetMetric::Custom})
        m_metric->addItem(PlanLabels::label(metric), int(metric));
    const std::pair<Comparison, QString> comparisons[]
            = {{Comparison::LessOrEqual, tr("at most")},
               {Comparison::Less, tr("less than")},
               {Comparison::GreaterOrEqual, tr("at least")},
               {Comparison::Greater, tr("more than")},
               {Comparison::Equal, tr("exactly")}};
    for (const auto &[comparison, words] : comparisons) {
        //: Comparison choice, e.g. "≤  at most"
        m_comparison->addItem(tr("%1  %2").arg(PlanLabels::label(comparison), words),
                              int(comparison));
    }
    for (TargetReference reference : {TargetReference::Absolute, TargetReference::BaselinePercent,
                                      TargetReference::BaselinePoints})
        m_reference->addItem(PlanLabels::label(reference), int(reference));
    m_value->setRange(-1e9, 1e9);
    m_value->setDecimals(2);
    m_value->setKeyboardTracking(true);
    m_value->setAccelerated(true);
    m_customName->setPlaceholderText(tr("e.g. tone score"));
    m_unit->setPlaceholderText(tr("e.g. s, %, USD"));
    m_preview->setWordWrap(true);
    m_preview->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = m_preview->font();
    bold.setBold(true);
    m_preview->setFont(bold);

    auto *form = new QFormLayout(this);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Metric:"), m_metric);
    form->addRow(m_customLabel, m_customName);
    m_customLabel->setBuddy(m_customName);
    form->addRow(tr("&Comparison:"), m_comparison);
    form->addRow(tr("&Reference:"), m_reference);
    auto *valueRow = new QHBoxLayout;
    valueRow->addWidget(m_value, 2);
    auto *unitLabel = new QLabel(tr("&Unit:"), this);
    unitLabel->setBuddy(m_unit);
    valueRow->addWidget(unitLabel);
    valueRow->addWidget(m_unit, 1);
    auto *valueLabel = new QLabel(tr("&Value:"), this);
    valueLabel->setBuddy(m_value);
    form->addRow(valueLabel, valueRow);
    form->addRow(tr("Reads:"), m_preview);

    connect(this, &QGroupBox::clicked, this, &TargetEditor::setHasTarget);
    connect(m_metric, &QComboBox::activated, this, [this] {
        const auto metric = TargetMetric(m_metric->currentData().toInt());
        editTarget(tr("Change Target Metric"), [metric](Target &t) {
            // Follow the metric's unit unless the user chose another one.
            if (t.unit.isEmpty() || t.unit == PlanLabels::defaultUnit(t.metric))
                t.unit = PlanLabels::defaultUnit(metric);
            t.metric = metric;
        });
    });
    connect(m_comparison, &QComboBox::activated, this, [this] {
        const auto comparison = Comparison(m_comparison->currentData().toInt());
        editTarget(tr("Change Target Comparison"),
                   [comparison](Target &t) { t.comparison = comparison; });
    });
    connect(m_reference, &QComboBox::activated, this, [this] {
        const auto reference = TargetReference(m_reference->currentData().toInt());
        editTarget(tr("Change Target Reference"),
                   [reference](Target &t) { t.reference = reference; });
    });
    connect(m_value, &QDoubleSpinBox::valueChanged, this, [this](double value) {
        if (m_updating)
            return;
        editTarget(
                tr("Change Target Value"), [value](Target &t) { t.value = value; }, u"value"_s);
    });
    connect(m_value, &QDoubleSpinBox::editingFinished, m_document, &PlanDocument::closeMergeWindow);
    connect(m_customName, &QLineEdit::textEdited, this, [this](const QString &name) {
        editTarget(
                tr("Rename Custom Metric"), [name](Target &t) { t.customMetric = name; },
                u"custom"_s);
    });
    connect(m_unit, &QLineEdit::textEdited, this, [this](const QString &unit) {
        editTarget(
                tr("Change Target Unit"), [unit](Target &t) { t.unit = unit; }, u"unit"_s);
    });
    for (QLineEdit *edit : {m_customName, m_unit})
        connect(edit, &QLineEdit::editingFinished, m_document, &PlanDocument::closeMergeWindow);
    for (QWidget *w : std::initializer_list<QWidget *>{m_customName, m_unit, m_value})
        m_undoRouter->routeUndo(w);

    connect(m_document, &PlanDocument::changed, this, [this](PlanDocument::Sections sections) {
        if (sections & PlanDocument::Objectives)
            refresh();
    });
    connect(m_document, &PlanDocument::readOnlyChanged, this, &TargetEditor::refresh);
    refresh();
}

void TargetEditor::setObjectiveId(qint64 id)
{
    if (m_objectiveId == id)
        return;
    m_document->closeMergeWindow();
    m_objectiveId = id;
    refresh();
}

void TargetEditor::editTarget(const QString &text, const std::function<void(Target &)> &change,
                              const QString &mergeField)
{
    const qint64 id = m_objectiveId;
    const QString key = mergeField.isEmpty()
                                ? QString()
                                : u"objective/%1/target/%2"_s.arg(QString::number(id), mergeField);
    m_document->edit(
            text,
            [id, &change](Plan &p) {
                const qsizetype i = PlanLists::indexOfId(p.objectives, id);
                if (i >= 0 && p.objectives[i].target)
                    change(*p.objectives[i].target);
            },
            key);
}

void TargetEditor::setHasTarget(bool hasTarget)
{
    const qint64 id = m_objectiveId;
    m_document->edit(hasTarget ? tr("Add Target") : tr("Remove Target"), [id, hasTarget](Plan &p) {
        const qsizetype i = PlanLists::indexOfId(p.objectives, id);
        if (i < 0)
            return;
        if (!hasTarget) {
            p.objectives[i].target.reset();
        } else if (!p.objectives[i].target) {
            Target t;
            t.unit = PlanLabels::defaultUnit(t.metric);
            p.objectives[i].target = t;
        }
    });
    refresh(); // a read-only document refuses: show the truth again
}

void TargetEditor::refresh()
{
    m_updating = true;
    const Objective *o = findObjective(m_document->plan(), m_objectiveId);
    const bool readOnly = m_document->isReadOnly();
    {
        QSignalBlocker block(this);
        setChecked(o && o->target);
    }
    setEnabled(o != nullptr && !readOnly);
    const Target t = o && o->target ? *o->target : Target();
    const QSignalBlocker b1(m_metric), b2(m_comparison), b3(m_reference), b4(m_value);
    m_metric->setCurrentIndex(m_metric->findData(int(t.metric)));
    m_comparison->setCurrentIndex(m_comparison->findData(int(t.comparison)));
    m_reference->setCurrentIndex(m_reference->findData(int(t.reference)));
    if (m_value->value() != t.value)
        m_value->setValue(t.value);
    const QString suffix = t.reference == TargetReference::BaselinePercent ? u" %"_s : QString();
    if (m_value->suffix() != suffix)
        m_value->setSuffix(suffix);
    if (m_customName->text() != t.customMetric)
        m_customName->setText(t.customMetric);
    if (m_unit->text() != t.unit)
        m_unit->setText(t.unit);
    const bool custom = t.metric == TargetMetric::Custom;
    m_customName->setVisible(custom);
    m_customLabel->setVisible(custom);
    // The unit only shows for absolute values.
    m_unit->setEnabled(t.reference == TargetReference::Absolute);
    if (!o)
        m_preview->setText(tr("Select an objective to edit its target."));
    else if (!o->target)
        m_preview->setText(tr("No measurable target."));
    else
        m_preview->setText(PlanLabels::describe(t));
    m_updating = false;
}

} // namespace Cutover
