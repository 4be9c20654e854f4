#include "ui/convert/sourcepage.h"

#include "core/convert/conversionhistory.h"
#include "core/project/project.h"
#include "core/project/projectfile.h"
#include "ui/convert/conversionsetup.h"
#include "ui/convert/pagestyle.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Cutover {

SourcePage::SourcePage(ConversionSetup *setup, QWidget *parent)
    : QWizardPage(parent)
    , m_setup(setup)
    , m_path(new QLineEdit(this))
    , m_browse(new QPushButton(tr("&Browse…"), this))
    , m_error(new QLabel(this))
    , m_historyLabel(new QLabel(this))
    , m_history(new QTreeWidget(this))
{
    setTitle(tr("Source File"));
    setSubTitle(tr("Choose a file of stored conversations or evaluation records. Cutover reads "
                   "it as a stream, so files of any size work."));
    m_path->setObjectName(u"inputPath"_s);
    m_path->setPlaceholderText(tr("Path of a .jsonl or .json file"));
    m_path->setClearButtonEnabled(true);
    m_browse->setObjectName(u"browseInput"_s);
    m_error->setObjectName(u"sourceError"_s);
    markAsError(m_error);
    m_error->hide();

    auto *label = new QLabel(tr("&File:"), this);
    label->setBuddy(m_path);
    auto *row = new QHBoxLayout;
    row->addWidget(label);
    row->addWidget(m_path, 1);
    row->addWidget(m_browse);

    auto *hint = new QLabel(tr("Supported: OpenAI chat (JSON Lines or one JSON array), Anthropic "
                               "Messages, ShareGPT, Alpaca and Gemini. The next step detects "
                               "which one the file holds."),
                            this);
    hint->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(m_error);
    layout->addWidget(hint);
    layout->addSpacing(12);
    layout->addWidget(m_historyLabel);
    layout->addWidget(m_history, 1);
    layout->addStretch(0);

    m_historyLabel->setWordWrap(true);
    m_history->setObjectName(u"history"_s);
    m_history->setRootIsDecorated(false);
    m_history->setHeaderLabels(
            {tr("Finished"), tr("Input"), tr("Output"), tr("Records"), tr("Rejected")});
    m_history->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_historyLabel->hide();
    m_history->hide();

    connect(m_path, &QLineEdit::textChanged, this, [this] {
        m_error->hide();
        Q_EMIT completeChanged();
    });
    connect(m_browse, &QPushButton::clicked, this, &SourcePage::browse);
    connect(m_history, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        m_path->setText(item->data(1, Qt::UserRole).toString());
    });
}

void SourcePage::setPath(const QString &path)
{
    m_path->setText(path);
}

void SourcePage::browse()
{
    const QString path = QFileDialog::getOpenFileName(
            this, tr("Choose a File to Convert"), QFileInfo(m_path->text()).absolutePath(),
            tr("Conversation data (*.jsonl *.json *.ndjson);;All files (*)"));
    if (!path.isEmpty())
        m_path->setText(path);
}

void SourcePage::initializePage()
{
    m_history->clear();
    Project *project = m_setup->project.data();
    if (!project) {
        m_historyLabel->hide();
        m_history->hide();
        return;
    }
    auto runs = Convert::loadConversions(project->file()->database());
    if (!runs) {
        m_historyLabel->setText(runs.error().message);
        m_historyLabel->show();
        m_history->hide();
        return;
    }
    m_historyLabel->setText(
            runs->isEmpty() ? tr("No earlier conversions in %1.").arg(project->displayName())
                            : tr("Earlier conversions in %1:").arg(project->displayName()));
    m_historyLabel->show();
    const QLocale locale;
    for (auto it = runs->crbegin(); it != runs->crend(); ++it) { // newest first
        auto *item = new QTreeWidgetItem(m_history);
        item->setText(0, locale.toString(it->finishedAt.toLocalTime(), QLocale::ShortFormat));
        item->setText(1, QFileInfo(it->input).fileName() + u" ("_s + it->from + u')');
        item->setToolTip(1, it->input);
        item->setText(2, QFileInfo(it->output).fileName() + u" ("_s + it->to + u')');
        item->setToolTip(2, it->output);
        item->setText(3, locale.toString(qulonglong(it->recordsIn)));
        item->setText(4, locale.toString(qulonglong(it->rejected)));
        // a click fills the input again
        item->setData(1, Qt::UserRole, it->input);
    }
    m_history->setVisible(!runs->isEmpty());
}

bool SourcePage::isComplete() const
{
    return !m_path->text().trimmed().isEmpty();
}

bool SourcePage::validatePage()
{
    const QFileInfo info(m_path->text().trimmed());
    QString problem;
    if (!info.exists())
        problem = tr("%1 does not exist.").arg(info.filePath());
    else if (!info.isFile())
        problem = tr("%1 is not a file.").arg(info.filePath());
    else if (!info.isReadable())
        problem = tr("%1 cannot be read (permission denied).").arg(info.filePath());
    if (!problem.isEmpty()) {
        m_error->setText(problem);
        m_error->show();
        return false;
    }
    const QString path = info.absoluteFilePath();
    if (path != m_setup->inputPath) {
        m_setup->inputPath = path;
        m_setup->detection.reset();
        m_setup->outputPath.clear();
        m_setup->rejectsPath.clear();
        m_setup->reportPath.clear();
        m_setup->invalidate();
    }
    return true;
}

} // namespace Cutover
