#include "ui/shell/welcomepage.h"

#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Cutover {

WelcomePage::WelcomePage(QWidget *parent)
    : QWidget(parent)
    , m_recent(new QListWidget(this))
    , m_demo(new QPushButton(tr("Open the &demo project"), this))
{
    auto *title = new QLabel(tr("Cutover"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 2.0);
    titleFont.setBold(true);
    title->setFont(titleFont);

    auto *subtitle = new QLabel(tr("Plan, test and carry out the move of an LLM application "
                                   "from one model to another."),
                                this);
    subtitle->setWordWrap(true);

    auto *newButton = new QPushButton(tr("&New project…"), this);
    auto *openButton = new QPushButton(tr("&Open project…"), this);
    newButton->setObjectName(u"newProjectButton"_s);
    openButton->setObjectName(u"openProjectButton"_s);
    m_demo->setObjectName(u"openDemoButton"_s);
    for (QPushButton *b : {newButton, openButton, m_demo})
        b->setMinimumHeight(32);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(newButton);
    buttons->addWidget(openButton);
    buttons->addWidget(m_demo);
    buttons->addStretch();

    auto *recentLabel = new QLabel(tr("Recent projects"), this);
    QFont bold = recentLabel->font();
    bold.setBold(true);
    recentLabel->setFont(bold);
    m_recent->setObjectName(u"recentList"_s);
    m_recent->setAccessibleName(tr("Recent projects"));

    auto *column = new QVBoxLayout;
    column->addWidget(title);
    column->addWidget(subtitle);
    column->addSpacing(16);
    column->addLayout(buttons);
    column->addSpacing(24);
    column->addWidget(recentLabel);
    column->addWidget(m_recent, 1);

    auto *outer = new QHBoxLayout(this);
    outer->addStretch(1);
    outer->addLayout(column, 4);
    outer->addStretch(1);
    outer->setContentsMargins(24, 48, 24, 24);

    connect(newButton, &QPushButton::clicked, this, &WelcomePage::newProjectRequested);
    connect(openButton, &QPushButton::clicked, this, &WelcomePage::openProjectRequested);
    connect(m_demo, &QPushButton::clicked, this, &WelcomePage::openDemoRequested);
    connect(m_recent, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        Q_EMIT openRecentRequested(item->data(Qt::UserRole).toString());
    });
}

void WelcomePage::setRecentFiles(const QStringList &files)
{
    m_recent->clear();
    for (const QString &path : files) {
        const QFileInfo info(path);
        auto *item = new QListWidgetItem(
                tr("%1 — %2").arg(info.fileName(), QDir::toNativeSeparators(info.absolutePath())),
                m_recent);
        item->setData(Qt::UserRole, path);
        item->setToolTip(QDir::toNativeSeparators(path));
        if (!info.exists())
            item->setForeground(palette().brush(QPalette::Disabled, QPalette::Text));
    }
    if (files.isEmpty()) {
        auto *item = new QListWidgetItem(tr("No recent projects yet."), m_recent);
        item->setFlags(Qt::NoItemFlags);
    }
}

void WelcomePage::setDemoAvailable(bool available)
{
    m_demo->setVisible(available);
}

} // namespace Cutover
