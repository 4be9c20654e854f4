#include "ui/plan/planpane.h"

#include "ui/metrics/objectiveverdictsource.h"
#include "ui/plan/hintspage.h"
#include "ui/plan/objectivesmodel.h"
#include "ui/plan/objectivespage.h"
#include "ui/plan/overviewpage.h"
#include "ui/plan/planitemtable.h"
#include "ui/plan/riskspage.h"
#include "ui/plan/rollbackpage.h"
#include "ui/plan/scopepage.h"
#include "ui/plan/timelinepage.h"

#include <QAction>
#include <QApplication>
#include <QDataStream>
#include <QFrame>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Cutover {

namespace {

// Keeps the section names aligned with the one that shows a warning icon.
QIcon blankIcon()
{
    QPixmap pixmap(16, 16);
    pixmap.fill(Qt::transparent);
    return QIcon(pixmap);
}

QString sectionDescription(PlanPane::Section section)
{
    switch (section) {
    case PlanPane::Section::Overview:
        return PlanPane::tr("What is being migrated, from which model to which, and who owns it.");
    case PlanPane::Section::Objectives:
        return PlanPane::tr("What the migration must achieve, each with a measurable target.");
    case PlanPane::Section::Scope:
        return PlanPane::tr("The components and the data the migration touches.");
    case PlanPane::Section::Timeline:
        return PlanPane::tr("Phases with dates and dependencies. Click a bar to select its phase.");
    case PlanPane::Section::Risks:
        return PlanPane::tr(
                "What could go wrong, how likely and how bad it is, and what you will do.");
    case PlanPane::Section::Rollback:
        return PlanPane::tr("When to go back to the old model, and how.");
    case PlanPane::Section::Hints:
        return PlanPane::tr("Gaps in the plan worth a look. They never block editing.");
    }
    return QString();
}

} // namespace

PlanPane::PlanPane(PlanDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_banner(new QFrame(this))
    , m_sectionList(new QListWidget(this))
    , m_stack(new QStackedWidget(this))
    , m_overview(new OverviewPage(document, this))
    , m_objectives(new ObjectivesPage(document, this))
    , m_scope(new ScopePage(document, this))
    , m_timeline(new TimelinePage(document, this))
    , m_risks(new RisksPage(document, this))
    , m_rollback(new RollbackPage(document, this))
    , m_hints(new HintsPage(document, this))
{
    setObjectName(u"planPane"_s);

    // Read-only banner.
    m_banner->setObjectName(u"readOnlyBanner"_s);
    m_banner->setStyleSheet(
            u"QFrame#readOnlyBanner { background: #fff4d1; border: 1px solid #e4c66c;"
            " border-radius: 4px; } QFrame#readOnlyBanner QLabel { color: #4d3b00; }"_s);
    auto *bannerIcon = new QLabel(m_banner);
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize);
    bannerIcon->setPixmap(
            style()->standardIcon(QStyle::SP_MessageBoxInformation).pixmap(iconSize, iconSize));
    auto *bannerText = new QLabel(tr("This plan is read-only. You can read and export it, but "
                                     "not change it."),
                                  m_banner);
    bannerText->setWordWrap(true);
    auto *bannerLayout = new QHBoxLayout(m_banner);
    bannerLayout->setContentsMargins(8, 6, 8, 6);
    bannerLayout->addWidget(bannerIcon);
    bannerLayout->addWidget(bannerText, 1);

    // Section list.
    m_sectionList->setAccessibleName(tr("Plan sections"));
    m_sectionList->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    m_sectionList->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Expanding);
    m_sectionList->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_sectionList->setFrameShape(QFrame::NoFrame);
    m_sectionList->setSpacing(1);
    m_sectionList->setStyleSheet(u"QListWidget { background: palette(window); }"
                                 " QListWidget::item { padding: 6px 14px 6px 10px; }"_s);
    m_sectionList->setIconSize(QSize(iconSize, iconSize));

    QWidget *const pages[]
            = {m_overview, m_objectives, m_scope, m_timeline, m_risks, m_rollback, m_hints};
    m_previousSection = new QAction(tr("Previous Section"), this);
    m_previousSection->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageUp));
    m_nextSection = new QAction(tr("Next Section"), this);
    m_nextSection->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageDown));
    connect(m_previousSection, &QAction::triggered, this, [this] { stepSection(-1); });
    connect(m_nextSection, &QAction::triggered, this, [this] { stepSection(+1); });
    for (int i = 0; i < kSectionCount; ++i) {
        const auto section = Section(i);
        m_stack->addWidget(wrapPage(section, pages[i]));
        const QKeySequence key(QKeyCombination(Qt::CTRL, Qt::Key(Qt::Key_1 + i)));
        auto *item = new QListWidgetItem(blankIcon(), sectionTitle(section), m_sectionList);
        item->setToolTip(
                u"%1 (%2)"_s.arg(sectionTitle(section), key.toString(QKeySequence::NativeText)));
        auto *action = new QAction(sectionTitle(section), this);
        action->setShortcut(key);
        action->setData(i);
        connect(action, &QAction::triggered, this, [this, section] {
            setCurrentSection(section);
            m_stack->currentWidget()->setFocus(Qt::ShortcutFocusReason);
            if (QWidget *next = m_stack->currentWidget()->nextInFocusChain())
                next->setFocus(Qt::ShortcutFocusReason);
        });
        m_sectionActions.append(action);
    }
    for (QAction *action : m_sectionActions + QList<QAction *>{m_previousSection, m_nextSection}) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
    }
    m_previousSection->setToolTip(
            u"%1 (%2)"_s.arg(m_previousSection->text(),
                             m_previousSection->shortcut().toString(QKeySequence::NativeText)));
    m_nextSection->setToolTip(u"%1 (%2)"_s.arg(
            m_nextSection->text(), m_nextSection->shortcut().toString(QKeySequence::NativeText)));
    m_sectionList->setCurrentRow(0);

    connect(m_sectionList, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0)
            return;
        m_stack->setCurrentIndex(row);
        Q_EMIT currentSectionChanged(Section(row));
    });
    connect(m_hints, &HintsPage::hintActivated, this, &PlanPane::showHint);
    connect(m_hints, &HintsPage::hintsChanged, this, &PlanPane::updateHintsEntry);
    connect(m_document, &PlanDocument::readOnlyChanged, this, &PlanPane::updateReadOnly);

    auto *body = new QHBoxLayout;
    body->setContentsMargins(0, 0, 0, 0);
    body->setSpacing(0);
    body->addWidget(m_sectionList);
    auto *separator = new QFrame(this);
    separator->setFrameShape(QFrame::VLine);
    separator->setFrameShadow(QFrame::Sunken);
    body->addWidget(separator);
    body->addWidget(m_stack, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    auto *bannerMargin = new QVBoxLayout;
    bannerMargin->setContentsMargins(8, 8, 8, 0);
    bannerMargin->addWidget(m_banner);
    layout->addLayout(bannerMargin);
    layout->addLayout(body, 1);

    updateHintsEntry(int(m_hints->hints().size()));
    updateReadOnly();
}

QWidget *PlanPane::wrapPage(Section section, QWidget *page)
{
    auto *container = new QWidget(m_stack);
    auto *heading = new QLabel(sectionTitle(section), container);
    QFont font = heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.4);
    font.setBold(true);
    heading->setFont(font);
    auto *description = new QLabel(sectionDescription(section), container);
    description->setWordWrap(true);
    QPalette palette = description->palette();
    palette.setColor(QPalette::WindowText, palette.color(QPalette::PlaceholderText));
    description->setPalette(palette);

    auto *layout = new QVBoxLayout(container);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->setSpacing(6);
    layout->addWidget(heading);
    layout->addWidget(description);
    layout->addSpacing(6);
    page->setParent(container);
    layout->addWidget(page, 1);
    container->setFocusProxy(page);
    return container;
}

QString PlanPane::sectionTitle(Section section)
{
    switch (section) {
    case Section::Overview:
        return tr("Overview");
    case Section::Objectives:
        return tr("Objectives");
    case Section::Scope:
        return tr("Scope");
    case Section::Timeline:
        return tr("Timeline");
    case Section::Risks:
        return tr("Risks");
    case Section::Rollback:
        return tr("Rollback");
    case Section::Hints:
        return tr("Hints");
    }
    return QString();
}

PlanPane::Section PlanPane::sectionFor(PlanDocument::Section section)
{
    switch (section) {
    case PlanDocument::Header:
    case PlanDocument::Notes:
    case PlanDocument::All:
        return Section::Overview;
    case PlanDocument::Objectives:
        return Section::Objectives;
    case PlanDocument::Scope:
        return Section::Scope;
    case PlanDocument::Phases:
        return Section::Timeline;
    case PlanDocument::Risks:
        return Section::Risks;
    case PlanDocument::Rollback:
        return Section::Rollback;
    }
    return Section::Overview;
}

PlanPane::Section PlanPane::currentSection() const
{
    return Section(qMax(0, m_stack->currentIndex()));
}

void PlanPane::setCurrentSection(Section section)
{
    m_sectionList->setCurrentRow(int(section));
}

void PlanPane::stepSection(int delta)
{
    const int next = (int(currentSection()) + delta + kSectionCount) % kSectionCount;
    m_sectionActions.at(next)->trigger();
}

int PlanPane::hintCount() const
{
    return int(m_hints->hints().size());
}

void PlanPane::showHint(const PlanHint &hint)
{
    if (hint.itemId != 0 && selectItem(hint.section, hint.itemId))
        return;
    setCurrentSection(sectionFor(hint.section));
    switch (hint.kind) {
    case PlanHint::Kind::NoRollbackTrigger:
        m_rollback->triggersTable()->view()->setFocus(Qt::OtherFocusReason);
        break;
    case PlanHint::Kind::NoRollbackStep:
        m_rollback->stepsTable()->view()->setFocus(Qt::OtherFocusReason);
        break;
    case PlanHint::Kind::NoObjectives:
        m_objectives->table()->view()->setFocus(Qt::OtherFocusReason);
        break;
    default:
        break;
    }
}

bool PlanPane::selectItem(PlanDocument::Section section, qint64 id)
{
    PlanItemTable *table = nullptr;
    bool selected = false;
    switch (section) {
    case PlanDocument::Objectives:
        table = m_objectives->table();
        selected = table->selectId(id);
        break;
    case PlanDocument::Scope:
        table = m_scope->table();
        selected = table->selectId(id);
        break;
    case PlanDocument::Phases:
        table = m_timeline->table();
        selected = table->selectId(id);
        break;
    case PlanDocument::Risks:
        table = m_risks->table();
        selected = m_risks->selectRisk(id);
        break;
    case PlanDocument::Rollback:
        table = m_rollback->triggersTable();
        selected = table->selectId(id);
        if (!selected) {
            table = m_rollback->stepsTable();
            selected = table->selectId(id);
        }
        break;
    default:
        break;
    }
    if (!selected)
        return false;
    setCurrentSection(sectionFor(section));
    table->view()->setFocus(Qt::OtherFocusReason);
    return true;
}

namespace {
constexpr quint32 kStateMagic = 0x43504c4e; // 'CPLN'
constexpr qint32 kStateVersion = 1;
} // namespace

void PlanPane::enableVerdicts(Project *project)
{
    if (m_verdictSource || !project)
        return;
    m_verdictSource = new ObjectiveVerdictSource(project, this);
    m_verdictSource->setActive(isVisible());
    connect(m_verdictSource, &ObjectiveVerdictSource::verdictsChanged, this,
            &PlanPane::updateVerdicts);
}

void PlanPane::shutdown()
{
    if (m_verdictSource)
        m_verdictSource->shutdown();
}

void PlanPane::updateVerdicts()
{
    m_objectives->model()->setVerdicts(m_verdictSource->verdicts(),
                                       m_verdictSource->comparisonLabel(),
                                       m_verdictSource->message());
}

void PlanPane::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_verdictSource)
        m_verdictSource->setActive(true);
}

void PlanPane::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    if (m_verdictSource)
        m_verdictSource->setActive(false);
}

QByteArray PlanPane::saveState() const
{
    QByteArray state;
    QDataStream out(&state, QIODevice::WriteOnly);
    out.setVersion(QDataStream::Qt_6_4);
    out << kStateMagic << kStateVersion << qint32(currentSection());
    const QList<QSplitter *> splitters = findChildren<QSplitter *>();
    out << qint32(splitters.size());
    for (const QSplitter *splitter : splitters)
        out << splitter->objectName() << splitter->saveState();
    return state;
}

bool PlanPane::restoreState(const QByteArray &state)
{
    QDataStream in(state);
    in.setVersion(QDataStream::Qt_6_4);
    quint32 magic = 0;
    qint32 version = 0;
    qint32 section = 0;
    qint32 count = 0;
    in >> magic >> version >> section >> count;
    if (in.status() != QDataStream::Ok || magic != kStateMagic || version != kStateVersion
        || section < 0 || section >= kSectionCount || count < 0 || count > 64)
        return false;
    for (qint32 i = 0; i < count; ++i) {
        QString name;
        QByteArray splitterState;
        in >> name >> splitterState;
        if (in.status() != QDataStream::Ok)
            return false;
        if (auto *splitter = findChild<QSplitter *>(name); splitter && !name.isEmpty())
            splitter->restoreState(splitterState);
    }
    setCurrentSection(Section(section));
    return true;
}

void PlanPane::updateHintsEntry(int count)
{
    QListWidgetItem *item = m_sectionList->item(int(Section::Hints));
    //: Section list entry with the number of hints, e.g. "Hints (3)"
    item->setText(count > 0 ? tr("Hints (%1)").arg(count) : sectionTitle(Section::Hints));
    item->setIcon(count > 0 ? style()->standardIcon(QStyle::SP_MessageBoxWarning) : blankIcon());
    // Wide enough for the longest name in any language, never clipped.
    int widest = 0;
    for (int i = 0; i < m_sectionList->count(); ++i)
        widest = qMax(widest, m_sectionList->fontMetrics().horizontalAdvance(
                                      m_sectionList->item(i)->text()));
    m_sectionList->setMinimumWidth(widest + m_sectionList->iconSize().width() + 48);
    Q_EMIT hintCountChanged(count);
}

void PlanPane::updateReadOnly()
{
    m_banner->setVisible(m_document->isReadOnly());
}

} // namespace Cutover
