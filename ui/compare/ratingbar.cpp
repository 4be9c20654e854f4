#include "ui/compare/ratingbar.h"

#include "core/project/project.h"
#include "core/project/projectfile.h"
#include "core/runs/resultsquery.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>

using namespace Qt::StringLiterals;

namespace Cutover {

RatingBar::RatingBar(Project *project, QWidget *shortcutScope, QWidget *parent)
    : QWidget(parent)
    , m_project(project)
    , m_note(new QLineEdit(this))
    , m_state(new QLabel(this))
{
    const std::array<QString, 4> texts{tr("Baseline better"), tr("Candidate better"), tr("Tie"),
                                       tr("Both bad")};
    const std::array<QString, 4> tips{
            tr("The baseline's answer is better (Ctrl+1)"),
            tr("The candidate's answer is better (Ctrl+2)"),
            tr("Both answers are as good as each other (Ctrl+3)"),
            tr("Neither answer does the job (Ctrl+4)"),
    };
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(new QLabel(tr("Rate:"), this));
    for (int i = 0; i < 4; ++i) {
        auto *button = new QPushButton(texts[i], this);
        button->setCheckable(true);
        button->setAutoDefault(false);
        button->setToolTip(tips[i]);
        m_buttons[i] = button;
        layout->addWidget(button);
        connect(button, &QPushButton::clicked, this, [this, i] { rate(Rating(i)); });
        auto *shortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)),
                                       shortcutScope ? shortcutScope : this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, [this, i] {
            if (m_buttons[i]->isEnabled())
                rate(Rating(i));
        });
    }
    m_note->setPlaceholderText(tr("Note (optional): why"));
    m_note->setClearButtonEnabled(true);
    layout->addWidget(m_note, 1);
    layout->addWidget(m_state);
    connect(m_note, &QLineEdit::editingFinished, this, &RatingBar::storeNote);
    clearTarget(QString());
}

void RatingBar::setTarget(qint64 runId, qint64 caseId)
{
    m_runId = runId;
    m_caseId = caseId;
    m_rating.reset();
    m_note->clear();
    const bool writable = m_project && !m_project->isReadOnly() && runId != 0;
    if (m_project && runId != 0) {
        auto stored = RunStore::rating(m_project->file()->database(), runId, caseId);
        if (stored && stored->has_value()) {
            m_rating = stored->value().rating;
            m_note->setText(stored->value().note);
        }
    }
    for (QPushButton *b : m_buttons)
        b->setEnabled(writable);
    m_note->setEnabled(writable);
    setToolTip(writable || runId == 0
                       ? QString()
                       : tr("This project is open read-only: ratings cannot be "
                            "stored. %1")
                                 .arg(m_project ? m_project->readOnlyReason() : QString()));
    showState();
}

void RatingBar::clearTarget(const QString &why)
{
    m_runId = 0;
    m_caseId = 0;
    m_rating.reset();
    m_note->clear();
    for (QPushButton *b : m_buttons)
        b->setEnabled(false);
    m_note->setEnabled(false);
    setToolTip(why);
    m_state->setText(why);
    for (QPushButton *b : m_buttons)
        b->setChecked(false);
}

bool RatingBar::rate(Rating rating)
{
    if (!m_project || m_runId == 0 || m_project->isReadOnly())
        return false;
    RatingEntry entry;
    entry.caseId = m_caseId;
    entry.rating = rating;
    entry.note = m_note->text().trimmed();
    entry.ratedAt = QDateTime::currentDateTimeUtc();
    Result<void> stored = RunStore::setRating(m_project->file()->database(), m_runId, entry);
    if (!stored) {
        showState();
        m_state->setText(tr("Not stored: %1").arg(stored.error().message));
        return false;
    }
    m_rating = rating;
    showState();
    Q_EMIT m_project->ratingsChanged(m_runId);
    Q_EMIT rated(rating);
    return true;
}

void RatingBar::storeNote()
{
    // A note changes an existing rating; without one it waits for the rating.
    if (m_rating && m_runId != 0)
        rate(*m_rating);
}

void RatingBar::showState()
{
    for (int i = 0; i < 4; ++i)
        m_buttons[i]->setChecked(m_rating && int(*m_rating) == i);
    if (m_runId == 0)
        return;
    m_state->setText(m_rating ? tr("Rated") : tr("Not rated yet"));
}

} // namespace Cutover
