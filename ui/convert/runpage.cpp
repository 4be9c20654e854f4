#include "ui/convert/runpage.h"

#include "core/convert/conversionhistory.h"
#include "core/project/project.h"
#include "core/project/projectfile.h"
#include "ui/convert/conversionrunner.h"
#include "ui/convert/conversionsetup.h"
#include "ui/convert/pagestyle.h"

#include <QDateTime>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>
#include <QWizard>

using namespace Qt::StringLiterals;

namespace Cutover {

RunPage::RunPage(ConversionSetup *setup, ConversionRunner *runner, QWidget *parent)
    : QWizardPage(parent)
    , m_setup(setup)
    , m_runner(runner)
    , m_bar(new QProgressBar(this))
    , m_bytes(new QLabel(this))
    , m_records(new QLabel(this))
    , m_eta(new QLabel(this))
    , m_status(new QLabel(this))
    , m_cancel(new QPushButton(tr("Cancel Conversion"), this))
    , m_again(new QPushButton(tr("Run &Again"), this))
{
    setTitle(tr("Converting"));
    setSubTitle(tr("You can keep working; the conversion runs in the background."));
    m_bar->setObjectName(u"runProgress"_s);
    m_bar->setRange(0, 1000);
    m_bytes->setObjectName(u"runBytes"_s);
    m_records->setObjectName(u"runRecords"_s);
    m_eta->setObjectName(u"runEta"_s);
    m_status->setObjectName(u"runStatus"_s);
    m_status->setWordWrap(true);
    m_cancel->setObjectName(u"cancelRun"_s);
    m_again->setObjectName(u"runAgain"_s);
    m_again->hide();

    auto *form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->addRow(tr("Read:"), m_bytes);
    form->addRow(tr("Records:"), m_records);
    form->addRow(tr("Time left:"), m_eta);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_again);
    buttons->addWidget(m_cancel);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_bar);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addLayout(buttons);
    layout->addStretch(1);

    connect(m_runner, &ConversionRunner::progressed, this, &RunPage::progressed);
    connect(m_runner, &ConversionRunner::finished, this, &RunPage::finished);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        m_cancel->setEnabled(false);
        m_status->setText(tr("Cancelling…"));
        m_runner->cancel();
    });
    connect(m_again, &QPushButton::clicked, this, &RunPage::start);
}

void RunPage::initializePage()
{
    start();
}

void RunPage::start()
{
    m_done = false;
    m_setup->result.reset();
    m_bar->setValue(0);
    m_bytes->setText(tr("starting…"));
    m_records->setText(QLocale().toString(0));
    m_eta->setText(tr("estimating…"));
    m_status->setPalette(palette());
    const QString inputs = m_setup->inputPaths.size() == 1
                                   ? QFileInfo(m_setup->firstInput()).fileName()
                                   : tr("%n files", nullptr, int(m_setup->inputPaths.size()));
    m_status->setText(
            tr("Converting %1 to %2…").arg(inputs, QFileInfo(m_setup->outputPath).fileName()));
    m_cancel->setEnabled(true);
    m_cancel->show();
    m_again->hide();
    m_runner->start(m_setup->runConfig());
    Q_EMIT completeChanged();
}

void RunPage::progressed(const Convert::Progress &p)
{
    const QLocale locale;
    if (p.bytesTotal > 0) {
        m_bar->setValue(int(std::min<std::uint64_t>(1000, p.bytesRead * 1000 / p.bytesTotal)));
        m_bytes->setText(tr("%1 of %2")
                                 .arg(locale.formattedDataSize(qint64(p.bytesRead)),
                                      locale.formattedDataSize(qint64(p.bytesTotal))));
        const double elapsed = m_runner->elapsedSeconds();
        if (p.bytesRead > 0 && elapsed > 0.5) {
            const double left = elapsed * double(p.bytesTotal - std::min(p.bytesRead, p.bytesTotal))
                                / double(p.bytesRead);
            const int seconds = qMax(1, qRound(left));
            m_eta->setText(seconds < 90 ? tr("about %1 s").arg(seconds)
                                        : tr("about %1 min").arg(qRound(seconds / 60.0)));
        }
    } else {
        m_bar->setRange(0, 0); // unknown size: busy indicator
        m_bytes->setText(locale.formattedDataSize(qint64(p.bytesRead)));
    }
    if (p.files > 1)
        m_bytes->setText(m_bytes->text() + u"  ("_s
                         + tr("file %1 of %2: %3")
                                   .arg(p.file + 1)
                                   .arg(p.files)
                                   .arg(QFileInfo(m_setup->inputPaths.value(p.file)).fileName())
                         + u')');
    m_records->setText(locale.toString(qulonglong(p.records)));
}

void RunPage::finished()
{
    if (!m_runner->result())
        return;
    const auto &result = *m_runner->result();
    m_cancel->hide();
    m_bar->setRange(0, 1000);
    if (!result) {
        markAsError(m_status);
        m_status->setText(result.error().kind == ErrorKind::Cancelled
                                  ? tr("Cancelled. Nothing was written; no partial output is left.")
                                  : tr("The conversion failed; nothing was written. %1")
                                            .arg(result.error().message));
        m_eta->setText(QString());
        m_again->show();
        return;
    }
    m_setup->result = result.value();
    recordInProject();
    m_bar->setValue(1000);
    m_eta->setText(tr("done"));
    m_status->setText(tr("Done."));
    m_done = true;
    Q_EMIT completeChanged();
    // Straight on to the summary, once the wizard has seen the page complete.
    QTimer::singleShot(0, this, [this] {
        if (wizard() && wizard()->currentPage() == this)
            wizard()->next();
    });
}

void RunPage::recordInProject()
{
    Project *project = m_setup->project.data();
    if (!project) {
        m_setup->historyNote = tr("No project is open, so this run is not added to a project's "
                                  "conversion history.");
        return;
    }
    if (project->isReadOnly()) {
        m_setup->historyNote = tr("%1 is open read-only, so this run is not added to its "
                                  "conversion history.")
                                       .arg(project->displayName());
        return;
    }
    const auto recorded
            = Convert::recordConversion(project->file()->database(), m_setup->runConfig(),
                                        *m_setup->result, QDateTime::currentDateTimeUtc());
    m_setup->historyNote
            = recorded ? tr("Added to the conversion history of %1.").arg(project->displayName())
                       : tr("Could not add this run to the conversion history of "
                            "%1: %2")
                                 .arg(project->displayName(), recorded.error().message);
}

bool RunPage::isComplete() const
{
    return m_done;
}

} // namespace Cutover
