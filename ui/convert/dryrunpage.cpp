#include "ui/convert/dryrunpage.h"

#include "ui/convert/conversionrunner.h"
#include "ui/convert/conversionsetup.h"
#include "ui/convert/lossview.h"
#include "ui/convert/pagestyle.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Cutover {

DryRunPage::DryRunPage(ConversionSetup *setup, ConversionRunner *runner, QWidget *parent)
    : QWizardPage(parent)
    , m_setup(setup)
    , m_runner(runner)
    , m_status(new QLabel(this))
    , m_counts(new QLabel(this))
    , m_notes(new QLabel(this))
    , m_losses(new QTreeWidget(this))
{
    setTitle(tr("Dry Run"));
    setSubTitle(tr("The first %1 records converted with these options. Nothing is written. Go "
                   "back to change the options if the losses are not acceptable.")
                        .arg(QLocale().toString(qulonglong(ConversionSetup::kSampleRecords))));
    m_status->setObjectName(u"dryRunStatus"_s);
    m_status->setWordWrap(true);
    m_counts->setObjectName(u"dryRunCounts"_s);
    m_counts->setWordWrap(true);
    m_counts->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_notes->setObjectName(u"dryRunNotes"_s);
    markAsWarning(m_notes);
    m_notes->hide();
    m_losses->setObjectName(u"dryRunLosses"_s);
    m_losses->setWordWrap(true);
    m_losses->header()->setStretchLastSection(false);
    m_losses->header()->setSectionResizeMode(0, QHeaderView::Stretch);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(m_counts);
    layout->addWidget(m_notes);
    layout->addWidget(m_losses, 1);

    connect(m_runner, &ConversionRunner::finished, this, &DryRunPage::finished);
}

void DryRunPage::initializePage()
{
    m_losses->clear();
    m_counts->clear();
    m_notes->hide();
    m_status->setPalette(palette());
    m_status->setText(tr("Converting a sample…"));
    m_setup->dryRun.reset();
    if (m_runner->isRunning()) { // an earlier dry run still ending: wait for it
        m_runner->cancel();
        m_runner->waitForFinished();
    }
    m_waiting = true;
    m_runner->start(m_setup->dryRunConfig());
    Q_EMIT completeChanged();
}

void DryRunPage::cleanupPage()
{
    if (m_runner->isRunning())
        m_runner->cancel();
    m_waiting = false;
}

void DryRunPage::finished()
{
    if (!m_waiting)
        return;
    m_waiting = false;
    const auto &result = *m_runner->result();
    if (!result) {
        markAsError(m_status);
        m_status->setText(tr("The dry run failed: %1").arg(result.error().message));
        Q_EMIT completeChanged();
        return;
    }
    const Convert::Summary &s = result.value();
    m_setup->dryRun = s;
    m_status->setText(s.recordsIn < ConversionSetup::kSampleRecords
                              ? tr("The whole file was converted as a sample.")
                              : tr("A sample of the file was converted."));
    m_counts->setText(countsSentence(s));
    const QStringList notes = inputNotes(s);
    m_notes->setText(notes.join(u'\n'));
    m_notes->setVisible(!notes.isEmpty());
    showLosses(m_losses, s);
    Q_EMIT completeChanged();
}

bool DryRunPage::isComplete() const
{
    return m_setup->dryRun.has_value();
}

} // namespace Cutover
