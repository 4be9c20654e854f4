#pragma once

#include "core/plan/plan.h"

#include <QObject>
#include <QUndoStack>

#include <functional>

namespace Cutover {

// The plan being edited: the current Plan value, an undo stack of edits, and
// change notifications. Every edit goes through edit(), which pushes an
// undoable command; successive edits with the same merge key (typing in one
// field) merge into one undo step. Persistence is not done here: whoever
// owns the document listens to changed() and stores plan() (see Project).
class PlanDocument final : public QObject
{
    Q_OBJECT

public:
    enum Section {
        Header = 0x01, // title, models, owner
        Notes = 0x02,
        Objectives = 0x04,
        Scope = 0x08,
        Phases = 0x10,
        Risks = 0x20,
        Rollback = 0x40,
        All = 0x7f,
    };
    Q_DECLARE_FLAGS(Sections, Section)
    Q_FLAG(Sections)

    explicit PlanDocument(QObject *parent = nullptr);

    const Plan &plan() const { return m_plan; }
    QUndoStack *undoStack() { return &m_undoStack; }

    // Replaces the plan without an undo step (loading a project, importing
    // with the undo stack cleared). Emits changed(All).
    void reset(const Plan &plan);

    // Applies `mutate` to a copy of the plan and pushes the result as one
    // undoable step named `text`. An empty mergeKey never merges; equal
    // non-empty keys of consecutive edits merge ("typing in the notes").
    // Does nothing when the mutation leaves the plan unchanged.
    void edit(const QString &text, const std::function<void(Plan &)> &mutate,
              const QString &mergeKey = QString());

    // Replaces the whole plan as one undoable step (import).
    void replace(const QString &text, const Plan &plan);

    // Ends merging: the next edit starts a new undo step even with the same key
    // (called when a field loses focus).
    void closeMergeWindow();

    bool isReadOnly() const { return m_readOnly; }
    void setReadOnly(bool readOnly);

    static Sections difference(const Plan &a, const Plan &b);

    // Drops dependencies on phases that no longer exist and sorts the rest;
    // applied to every edit.
    static void normalize(Plan &plan);

Q_SIGNALS:
    // Emitted after every change of plan(), with the sections that differ.
    void changed(Cutover::PlanDocument::Sections sections);
    void readOnlyChanged(bool readOnly);

private:
    friend class PlanEditCommand;
    void apply(const Plan &plan);

    Plan m_plan;
    QUndoStack m_undoStack;
    int m_mergeGeneration = 0;
    bool m_readOnly = false;
};

} // namespace Cutover

Q_DECLARE_OPERATORS_FOR_FLAGS(Cutover::PlanDocument::Sections)
