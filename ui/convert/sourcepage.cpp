#include "ui/convert/sourcepage.h"

#include "ui/convert/conversionsetup.h"
#include "ui/convert/pagestyle.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Cutover {

SourcePage::SourcePage(ConversionSetup *setup, QWidget *parent)
    : QWizardPage(parent)
    , m_setup(setup)
    , m_path(new QLineEdit(this))
    , m_browse(new QPushButton(tr("&Browse…"), this))
    , m_error(new QLabel(this))
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
    layout->addStretch(1);

    connect(m_path, &QLineEdit::textChanged, this, [this] {
        m_error->hide();
        Q_EMIT completeChanged();
    });
    connect(m_browse, &QPushButton::clicked, this, &SourcePage::browse);
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
