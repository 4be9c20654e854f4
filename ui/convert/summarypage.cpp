#include "ui/convert/summarypage.h"

#include "ui/convert/conversionsetup.h"
#include "ui/convert/lossview.h"
#include "ui/convert/pagestyle.h"

#include <QDesktopServices>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Cutover {

SummaryPage::SummaryPage(ConversionSetup *setup, QWidget *parent)
    : QWizardPage(parent)
    , m_setup(setup)
    , m_counts(new QLabel(this))
    , m_details(new QLabel(this))
    , m_notes(new QLabel(this))
    , m_losses(new QTreeWidget(this))
    , m_openOutput(new QPushButton(tr("Open &Output"), this))
    , m_openRejects(new QPushButton(tr("Open &Rejects File"), this))
    , m_openReport(new QPushButton(tr("Open &Loss Report"), this))
    , m_reveal(new QPushButton(tr("Show in &Folder"), this))
{
    setTitle(tr("Conversion Finished"));
    setFinalPage(true);
    m_counts->setObjectName(u"summaryCounts"_s);
    m_counts->setWordWrap(true);
    m_counts->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = m_counts->font();
    bold.setBold(true);
    m_counts->setFont(bold);
    m_details->setObjectName(u"summaryDetails"_s);
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_notes->setObjectName(u"summaryNotes"_s);
    markAsWarning(m_notes);
    m_losses->setObjectName(u"summaryLosses"_s);
    m_losses->setWordWrap(true);
    m_losses->header()->setStretchLastSection(false);
    m_losses->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_openOutput->setObjectName(u"openOutput"_s);
    m_openRejects->setObjectName(u"openRejects"_s);
    m_openReport->setObjectName(u"openReport"_s);
    m_reveal->setObjectName(u"revealOutput"_s);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_openOutput);
    buttons->addWidget(m_openRejects);
    buttons->addWidget(m_openReport);
    buttons->addWidget(m_reveal);
    buttons->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_counts);
    layout->addWidget(m_details);
    layout->addWidget(m_notes);
    layout->addWidget(m_losses, 1);
    layout->addLayout(buttons);

    connect(m_openOutput, &QPushButton::clicked, this, [this] { open(m_setup->outputPath); });
    connect(m_openRejects, &QPushButton::clicked, this, [this] { open(m_setup->rejectsPath); });
    connect(m_openReport, &QPushButton::clicked, this, [this] { open(m_setup->reportPath); });
    connect(m_reveal, &QPushButton::clicked, this,
            [this] { open(QFileInfo(m_setup->outputPath).absolutePath()); });
}

void SummaryPage::initializePage()
{
    if (!m_setup->result)
        return;
    const Convert::Summary &s = *m_setup->result;
    const QLocale locale;
    m_counts->setText(countsSentence(s));
    QString details = s.files.size() > 1
                              ? tr("%1 read from %2 files, %3 written to %4.")
                                        .arg(locale.formattedDataSize(qint64(s.bytesIn)),
                                             locale.toString(qsizetype(s.files.size())),
                                             locale.formattedDataSize(qint64(s.bytesOut)),
                                             QFileInfo(m_setup->outputPath).fileName())
                              : tr("%1 read, %2 written to %3.")
                                        .arg(locale.formattedDataSize(qint64(s.bytesIn)),
                                             locale.formattedDataSize(qint64(s.bytesOut)),
                                             QFileInfo(m_setup->outputPath).fileName());
    if (s.seconds >= 0.1)
        details += u' '
                   + tr("%1 s, %2 MB/s.")
                             .arg(locale.toString(s.seconds, 'f', 1),
                                  locale.toString(double(s.bytesIn) / 1e6 / s.seconds, 'f', 0));
    if (s.rejected > 0 && !m_setup->rejectsPath.isEmpty())
        details += u' '
                   + tr("Rejected records are in %1.")
                             .arg(QFileInfo(m_setup->rejectsPath).fileName());
    if (!m_setup->reportPath.isEmpty())
        details += u' '
                   + tr("The loss report is in %1.").arg(QFileInfo(m_setup->reportPath).fileName());
    if (!m_setup->historyNote.isEmpty())
        details += u' ' + m_setup->historyNote;
    m_details->setText(details);
    const QStringList notes = inputNotes(s);
    m_notes->setText(notes.join(u'\n'));
    m_notes->setVisible(!notes.isEmpty());
    showLosses(m_losses, s);
    m_openRejects->setEnabled(s.rejected > 0 && !m_setup->rejectsPath.isEmpty());
    m_openReport->setEnabled(!m_setup->reportPath.isEmpty());
}

void SummaryPage::open(const QString &path)
{
    QDesktopServices::openUrl(QUrl::fromLocalFile(path));
}

} // namespace Cutover
