#pragma once

#include "core/runs/runstore.h"

#include <QPointer>
#include <QWidget>

#include <array>

class QLabel;
class QLineEdit;
class QPushButton;

namespace Cutover {

class Project;

// Rating the two answers of a stored comparison (a run's case): baseline
// better / candidate better / tie / both bad, with a note. A click (or
// Ctrl+1..4 anywhere in `shortcutScope`) stores the rating at once with
// RunStore::setRating and announces it with Project::ratingsChanged; a
// changed note is stored when editing ends. Rating again replaces it.
class RatingBar final : public QWidget
{
    Q_OBJECT

public:
    RatingBar(Project *project, QWidget *shortcutScope, QWidget *parent = nullptr);

    // What the buttons rate; an id of 0 (or a read-only project) disables them
    // and `why` says what to do instead.
    void setTarget(qint64 runId, qint64 caseId);
    void clearTarget(const QString &why);
    qint64 runId() const { return m_runId; }
    qint64 caseId() const { return m_caseId; }
    // The stored rating of the target, if any.
    std::optional<Rating> rating() const { return m_rating; }

    // Stores `rating` with the note now in the field.
    bool rate(Rating rating);

    QPushButton *button(Rating rating) const { return m_buttons[int(rating)]; }
    QLineEdit *noteEdit() const { return m_note; }
    QLabel *stateLabel() const { return m_state; }

Q_SIGNALS:
    void rated(Cutover::Rating rating);

private:
    void showState();
    void storeNote();

    QPointer<Project> m_project;
    qint64 m_runId = 0;
    qint64 m_caseId = 0;
    std::optional<Rating> m_rating;
    std::array<QPushButton *, 4> m_buttons{};
    QLineEdit *m_note;
    QLabel *m_state;
};

} // namespace Cutover
