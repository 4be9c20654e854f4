#pragma once

#include "core/plan/plandocument.h"
#include "core/plan/planvalidator.h"

#include <QList>
#include <QWidget>

class QAction;
class QFrame;
class QLabel;
class QListWidget;
class QStackedWidget;

namespace Cutover {

class HintsPage;
class ObjectiveVerdictSource;
class ObjectivesPage;
class OverviewPage;
class Project;
class RisksPage;
class RollbackPage;
class ScopePage;
class TimelinePage;

// The Plan pane: the plan's sections in a list on the left, the selected
// section on the right, a banner when the document is read-only. Every edit
// goes through PlanDocument::edit and is undoable with the document's undo
// stack (the main window owns the Undo/Redo actions).
class PlanPane final : public QWidget
{
    Q_OBJECT

public:
    enum class Section { Overview, Objectives, Scope, Timeline, Risks, Rollback, Hints };
    Q_ENUM(Section)
    static constexpr int kSectionCount = 7;

    explicit PlanPane(PlanDocument *document, QWidget *parent = nullptr);

    PlanDocument *document() const { return m_document; }

    Section currentSection() const;
    void setCurrentSection(Section section);
    static QString sectionTitle(Section section);
    // The pane section that shows a PlanDocument section.
    static Section sectionFor(PlanDocument::Section section);

    // Shows the hint's section and selects the item it is about.
    void showHint(const PlanHint &hint);
    // Shows the section and selects the item with `id` in it; false if absent.
    bool selectItem(PlanDocument::Section section, qint64 id);

    int hintCount() const;

    // Shows each objective's verdict against the project's default
    // comparison in the Objectives table (recomputed, throttled, as results,
    // runs, ratings or the objectives change, while the pane is visible).
    // `project` must be the one whose plan this pane shows.
    void enableVerdicts(Project *project);
    ObjectiveVerdictSource *verdictSource() const { return m_verdictSource; }
    // Stops computing verdicts (call before the project is closed).
    void shutdown();

    // The current section and the splitter positions, for the main window
    // to keep in its settings. restoreState() ignores data it cannot read.
    QByteArray saveState() const;
    bool restoreState(const QByteArray &state);

    // "Go to section" actions (Ctrl+1 … Ctrl+7) and previous/next section
    // (Ctrl+PgUp / Ctrl+PgDown), for a View menu. Their shortcuts work while
    // the focus is inside the pane.
    QList<QAction *> sectionActions() const { return m_sectionActions; }
    QAction *previousSectionAction() const { return m_previousSection; }
    QAction *nextSectionAction() const { return m_nextSection; }

    OverviewPage *overviewPage() const { return m_overview; }
    ObjectivesPage *objectivesPage() const { return m_objectives; }
    ScopePage *scopePage() const { return m_scope; }
    TimelinePage *timelinePage() const { return m_timeline; }
    RisksPage *risksPage() const { return m_risks; }
    RollbackPage *rollbackPage() const { return m_rollback; }
    HintsPage *hintsPage() const { return m_hints; }
    QListWidget *sectionList() const { return m_sectionList; }
    QFrame *readOnlyBanner() const { return m_banner; }

Q_SIGNALS:
    void currentSectionChanged(Cutover::PlanPane::Section section);
    void hintCountChanged(int count);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    QWidget *wrapPage(Section section, QWidget *page);
    void updateVerdicts();
    void updateHintsEntry(int count);
    void updateReadOnly();
    void stepSection(int delta);

    PlanDocument *m_document;
    QFrame *m_banner;
    QListWidget *m_sectionList;
    QStackedWidget *m_stack;
    OverviewPage *m_overview;
    ObjectivesPage *m_objectives;
    ScopePage *m_scope;
    TimelinePage *m_timeline;
    RisksPage *m_risks;
    RollbackPage *m_rollback;
    HintsPage *m_hints;
    QList<QAction *> m_sectionActions;
    QAction *m_previousSection;
    QAction *m_nextSection;
    ObjectiveVerdictSource *m_verdictSource = nullptr;
};

} // namespace Cutover
