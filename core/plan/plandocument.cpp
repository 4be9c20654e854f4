#include "core/plan/plandocument.h"

#include <QHash>
#include <QSet>
#include <QUndoCommand>

#include <algorithm>

namespace Cutover {

// One undoable plan edit: the plan before and after. Plans are small, so a
// snapshot is simpler and safer than an inverse operation per field.
class PlanEditCommand final : public QUndoCommand
{
public:
    PlanEditCommand(PlanDocument *document, const QString &text, Plan before, Plan after,
                    const QString &mergeKey)
        : QUndoCommand(text)
        , m_document(document)
        , m_before(std::move(before))
        , m_after(std::move(after))
        , m_mergeKey(mergeKey)
    {}

    void undo() override { m_document->apply(m_before); }
    void redo() override { m_document->apply(m_after); }

    int id() const override { return m_mergeKey.isEmpty() ? -1 : kMergeableId; }

    bool mergeWith(const QUndoCommand *other) override
    {
        if (other->id() != id())
            return false;
        const auto *next = static_cast<const PlanEditCommand *>(other);
        if (next->m_mergeKey != m_mergeKey)
            return false;
        m_after = next->m_after;
        setObsolete(m_after == m_before);
        return true;
    }

private:
    static constexpr int kMergeableId = 0x504c414e; // 'PLAN'

    PlanDocument *m_document;
    Plan m_before;
    Plan m_after;
    QString m_mergeKey;
};

PlanDocument::PlanDocument(QObject *parent)
    : QObject(parent)
{}

void PlanDocument::reset(const Plan &plan)
{
    m_undoStack.clear();
    m_plan = plan;
    Q_EMIT changed(All);
}

void PlanDocument::edit(const QString &text, const std::function<void(Plan &)> &mutate,
                        const QString &mergeKey)
{
    if (m_readOnly)
        return;
    Plan after = m_plan;
    mutate(after);
    normalize(after);
    if (after == m_plan)
        return;
    const QString key
            = mergeKey.isEmpty() ? QString() : mergeKey + u'#' + QString::number(m_mergeGeneration);
    m_undoStack.push(new PlanEditCommand(this, text, m_plan, std::move(after), key));
}

void PlanDocument::normalize(Plan &plan)
{
    // Keep dependencies meaningful: only other, existing phases, ascending.
    QSet<qint64> phaseIds;
    for (const Phase &p : std::as_const(plan.phases))
        phaseIds.insert(p.id);
    for (Phase &p : plan.phases) {
        QList<qint64> deps;
        for (qint64 d : std::as_const(p.dependsOn)) {
            if (d != p.id && phaseIds.contains(d) && !deps.contains(d))
                deps.append(d);
        }
        std::sort(deps.begin(), deps.end());
        p.dependsOn = deps;
    }
}

void PlanDocument::replace(const QString &text, const Plan &plan)
{
    edit(text, [&plan](Plan &p) { p = plan; });
}

void PlanDocument::closeMergeWindow()
{
    ++m_mergeGeneration;
}

void PlanDocument::setReadOnly(bool readOnly)
{
    if (m_readOnly == readOnly)
        return;
    m_readOnly = readOnly;
    Q_EMIT readOnlyChanged(readOnly);
}

PlanDocument::Sections PlanDocument::difference(const Plan &a, const Plan &b)
{
    Sections s;
    if (a.title != b.title || a.fromModel != b.fromModel || a.toModel != b.toModel
        || a.owner != b.owner)
        s |= Header;
    if (a.notes != b.notes)
        s |= Notes;
    if (a.objectives != b.objectives)
        s |= Objectives;
    if (a.scope != b.scope)
        s |= Scope;
    if (a.phases != b.phases)
        s |= Phases;
    if (a.risks != b.risks)
        s |= Risks;
    if (a.rollback != b.rollback)
        s |= Rollback;
    return s;
}

void PlanDocument::apply(const Plan &plan)
{
    const Sections sections = difference(m_plan, plan);
    m_plan = plan;
    if (sections)
        Q_EMIT changed(sections);
}

} // namespace Cutover
