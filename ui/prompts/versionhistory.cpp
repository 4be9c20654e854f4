#include "ui/prompts/versionhistory.h"

#include "ui/prompts/promptdiffview.h"
#include "ui/prompts/promptlabels.h"

#include <QComboBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Cutover {
namespace {

constexpr int kNumberRole = Qt::UserRole;

} // namespace

VersionHistory::VersionHistory(QWidget *parent)
    : QWidget(parent)
    , m_list(new QTreeWidget(this))
    , m_tabs(new QTabWidget(this))
    , m_view(new QPlainTextEdit(this))
    , m_viewTitle(new QLabel(this))
    , m_from(new QComboBox(this))
    , m_to(new QComboBox(this))
    , m_diff(new PromptDiffView(this))
    , m_restore(new QPushButton(tr("&Restore as Newest"), this))
{
    m_list->setColumnCount(3);
    m_list->setHeaderLabels({tr("Version"), tr("Saved"), tr("Note")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAccessibleName(tr("Versions"));
    m_list->header()->setStretchLastSection(true);
    m_restore->setToolTip(tr("Store a copy of the selected version as the newest one; later "
                             "versions stay in the history."));

    m_view->setReadOnly(true);
    m_view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_view->setAccessibleName(tr("Selected version"));
    auto *viewPage = new QWidget(this);
    auto *viewLayout = new QVBoxLayout(viewPage);
    viewLayout->addWidget(m_viewTitle);
    viewLayout->addWidget(m_view, 1);

    m_from->setAccessibleName(tr("Older version"));
    m_to->setAccessibleName(tr("Newer version"));
    auto *diffPage = new QWidget(this);
    auto *diffLayout = new QVBoxLayout(diffPage);
    auto *pick = new QHBoxLayout;
    pick->addWidget(new QLabel(tr("From:"), diffPage));
    pick->addWidget(m_from);
    pick->addWidget(new QLabel(tr("To:"), diffPage));
    pick->addWidget(m_to);
    pick->addStretch(1);
    diffLayout->addLayout(pick);
    diffLayout->addWidget(m_diff, 1);

    m_tabs->addTab(viewPage, tr("&Selected Version"));
    m_tabs->addTab(diffPage, tr("&Differences"));

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_list, 1);
    leftLayout->addWidget(m_restore);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(left);
    splitter->addWidget(m_tabs);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    connect(m_list, &QTreeWidget::currentItemChanged, this, [this] {
        showSelected();
        // The differences follow the selection: from the version before it.
        const int number = selectedVersion();
        if (number > 0) {
            const int index = m_to->findData(number);
            m_to->setCurrentIndex(index);
            m_from->setCurrentIndex(qMin(index + 1, m_from->count() - 1));
        }
        updateActions();
    });
    connect(m_from, &QComboBox::currentIndexChanged, this, &VersionHistory::updateDiff);
    connect(m_to, &QComboBox::currentIndexChanged, this, &VersionHistory::updateDiff);
    connect(m_restore, &QPushButton::clicked, this, [this] {
        if (selectedVersion() > 0)
            Q_EMIT restoreRequested(selectedVersion());
    });
    updateActions();
}

QString VersionHistory::timeText(const QDateTime &utc)
{
    return utc.isValid() ? QLocale().toString(utc.toLocalTime(), QLocale::ShortFormat) : QString();
}

void VersionHistory::setHistory(const QList<PromptVersion> &history)
{
    // The newest stays selected when a newer one arrives; an older one stays put.
    const PromptVersion *oldLatest = PromptVersions::latest(m_history);
    const int keep = oldLatest && selectedVersion() == oldLatest->number ? -1 : selectedVersion();
    const int keepFrom = m_from->currentData().toInt();
    const int keepTo = m_to->currentData().toInt();
    m_history = history;
    {
        const QSignalBlocker b1(m_list);
        const QSignalBlocker b2(m_from);
        const QSignalBlocker b3(m_to);
        m_list->clear();
        m_from->clear();
        m_to->clear();
        for (qsizetype i = history.size() - 1; i >= 0; --i) {
            const PromptVersion &v = history.at(i);
            auto *item = new QTreeWidgetItem(
                    m_list, {tr("v%1").arg(v.number), timeText(v.createdAt), v.note});
            item->setData(0, kNumberRole, v.number);
            item->setToolTip(1, v.createdAt.toLocalTime().toString(Qt::ISODate));
            item->setToolTip(2, v.note);
            m_from->addItem(tr("v%1").arg(v.number), v.number);
            m_to->addItem(tr("v%1").arg(v.number), v.number);
        }
        m_from->setCurrentIndex(qMax(0, m_from->findData(keepFrom)));
        m_to->setCurrentIndex(qMax(0, m_to->findData(keepTo)));
    }
    m_list->resizeColumnToContents(0);
    m_list->resizeColumnToContents(1);
    if (!selectVersion(keep) && m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    showSelected();
    updateDiff();
    updateActions();
}

void VersionHistory::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    updateActions();
}

int VersionHistory::selectedVersion() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    return item ? item->data(0, kNumberRole).toInt() : 0;
}

bool VersionHistory::selectVersion(int number)
{
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_list->topLevelItem(i);
        if (item->data(0, kNumberRole).toInt() == number) {
            m_list->setCurrentItem(item);
            return true;
        }
    }
    return false;
}

void VersionHistory::showDiff(int older, int newer)
{
    m_from->setCurrentIndex(m_from->findData(older));
    m_to->setCurrentIndex(m_to->findData(newer));
    m_tabs->setCurrentIndex(1);
    updateDiff();
}

void VersionHistory::showSelected()
{
    const PromptVersion *v = PromptVersions::find(m_history, selectedVersion());
    if (!v) {
        m_viewTitle->setText(tr("No version selected."));
        m_view->clear();
        return;
    }
    const QString note = v->note.isEmpty() ? QString() : u" — "_s + v->note;
    //: %1 = version number, %2 = local time, %3 = " — note" or nothing
    m_viewTitle->setText(tr("Version %1, saved %2%3 (read-only)")
                                 .arg(v->number)
                                 .arg(timeText(v->createdAt), note));
    m_view->setPlainText(PromptLabels::messagesText(v->messages));
}

void VersionHistory::updateDiff()
{
    const PromptVersion *older = PromptVersions::find(m_history, m_from->currentData().toInt());
    const PromptVersion *newer = PromptVersions::find(m_history, m_to->currentData().toInt());
    if (!older || !newer) {
        m_diff->clear();
        return;
    }
    m_diff->setDiff(PromptDiff::diff(older->messages, newer->messages),
                    tr("v%1").arg(older->number), tr("v%1").arg(newer->number));
}

void VersionHistory::updateActions()
{
    const int selected = selectedVersion();
    const PromptVersion *latest = PromptVersions::latest(m_history);
    m_restore->setEnabled(!m_readOnly && selected > 0 && latest && selected != latest->number);
}

} // namespace Cutover
