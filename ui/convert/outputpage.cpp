#include "ui/convert/outputpage.h"

#include "ui/convert/conversionsetup.h"
#include "ui/convert/pagestyle.h"

#include <QCheckBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QThread>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Cutover {

OutputPage::OutputPage(ConversionSetup *setup, QWidget *parent)
    : QWizardPage(parent)
    , m_setup(setup)
{
    setTitle(tr("Output"));
    setSubTitle(tr("Files are written under a temporary name and renamed when the conversion "
                   "ends, so a cancelled run leaves nothing behind."));
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("&Convert"));

    QPushButton *outputBrowse = nullptr;
    QPushButton *rejectsBrowse = nullptr;
    QPushButton *reportBrowse = nullptr;
    QLayout *outputRow = pathRow(u"outputPath"_s, &m_output, &outputBrowse);
    QLayout *rejectsRow = pathRow(u"rejectsPath"_s, &m_rejects, &rejectsBrowse);
    QLayout *reportRow = pathRow(u"reportPath"_s, &m_report, &reportBrowse);
    m_writeRejects = new QCheckBox(tr("Write rejected records, verbatim with file, line, byte "
                                      "and reason, to:"),
                                   this);
    m_writeRejects->setObjectName(u"writeRejects"_s);
    m_writeReport = new QCheckBox(tr("Write the loss report (JSON) to:"), this);
    m_writeReport->setObjectName(u"writeReport"_s);
    m_threads = new QSpinBox(this);
    m_threads->setObjectName(u"threads"_s);
    m_threads->setRange(1, std::max(1, QThread::idealThreadCount()));
    m_warning = new QLabel(this);
    m_warning->setObjectName(u"outputWarning"_s);
    markAsWarning(m_warning);
    m_error = new QLabel(this);
    m_error->setObjectName(u"outputError"_s);
    markAsError(m_error);
    m_error->hide();

    auto *outputLabel = new QLabel(tr("Converted records &to:"), this);
    outputLabel->setBuddy(m_output);
    auto *threadsLabel = new QLabel(tr("&Worker threads:"), this);
    threadsLabel->setBuddy(m_threads);
    auto *threadsRow = new QHBoxLayout;
    threadsRow->addWidget(threadsLabel);
    threadsRow->addWidget(m_threads);
    threadsRow->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(outputLabel);
    layout->addLayout(outputRow);
    layout->addWidget(m_warning);
    layout->addSpacing(8);
    layout->addWidget(m_writeRejects);
    layout->addLayout(rejectsRow);
    layout->addSpacing(8);
    layout->addWidget(m_writeReport);
    layout->addLayout(reportRow);
    layout->addSpacing(8);
    layout->addLayout(threadsRow);
    layout->addWidget(m_error);
    layout->addStretch(1);

    auto changed = [this] {
        m_error->hide();
        updateWarnings();
        Q_EMIT completeChanged();
    };
    for (QWidget *w : {static_cast<QWidget *>(m_rejects), static_cast<QWidget *>(rejectsBrowse)})
        connect(m_writeRejects, &QCheckBox::toggled, w, &QWidget::setEnabled);
    for (QWidget *w : {static_cast<QWidget *>(m_report), static_cast<QWidget *>(reportBrowse)})
        connect(m_writeReport, &QCheckBox::toggled, w, &QWidget::setEnabled);
    connect(m_writeRejects, &QCheckBox::toggled, this, changed);
    connect(m_writeReport, &QCheckBox::toggled, this, changed);
    for (QLineEdit *e : {m_output, m_rejects, m_report})
        connect(e, &QLineEdit::textChanged, this, changed);
}

QLayout *OutputPage::pathRow(const QString &name, QLineEdit **edit, QPushButton **browse)
{
    auto *e = new QLineEdit(this);
    e->setObjectName(name);
    e->setClearButtonEnabled(true);
    auto *b = new QPushButton(tr("Browse…"), this);
    b->setObjectName(name + u"Browse"_s);
    connect(b, &QPushButton::clicked, this, [this, e] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Choose a File"), e->text());
        if (!path.isEmpty())
            e->setText(path);
    });
    auto *h = new QHBoxLayout;
    h->addWidget(e, 1);
    h->addWidget(b);
    *edit = e;
    *browse = b;
    return h;
}

void OutputPage::initializePage()
{
    m_error->hide();
    m_output->setText(m_setup->outputPath.isEmpty() ? m_setup->suggestedOutputPath()
                                                    : m_setup->outputPath);
    m_rejects->setText(m_setup->rejectsPath.isEmpty() ? m_setup->suggestedRejectsPath()
                                                      : m_setup->rejectsPath);
    m_report->setText(m_setup->reportPath.isEmpty() ? m_setup->suggestedReportPath()
                                                    : m_setup->reportPath);
    // Both are on at first; later visits keep what the user chose.
    const bool chosenBefore = !m_setup->outputPath.isEmpty();
    m_writeRejects->setChecked(!chosenBefore || !m_setup->rejectsPath.isEmpty());
    m_writeReport->setChecked(!chosenBefore || !m_setup->reportPath.isEmpty());
    m_threads->setValue(std::clamp(m_setup->threads, m_threads->minimum(), m_threads->maximum()));
    updateWarnings();
}

void OutputPage::updateWarnings()
{
    QStringList exist;
    const QList<QPair<QLineEdit *, bool>> edits{{m_output, true},
                                                {m_rejects, m_writeRejects->isChecked()},
                                                {m_report, m_writeReport->isChecked()}};
    for (const auto &[edit, used] : edits) {
        if (used && !edit->text().isEmpty() && QFileInfo::exists(edit->text()))
            exist << QFileInfo(edit->text()).fileName();
    }
    m_warning->setText(
            tr("Will be replaced when the conversion succeeds: %1").arg(exist.join(u", "_s)));
    m_warning->setVisible(!exist.isEmpty());
}

bool OutputPage::isComplete() const
{
    return !m_output->text().trimmed().isEmpty()
           && (!m_writeRejects->isChecked() || !m_rejects->text().trimmed().isEmpty())
           && (!m_writeReport->isChecked() || !m_report->text().trimmed().isEmpty());
}

bool OutputPage::validatePage()
{
    QStringList inputs;
    for (const QString &p : std::as_const(m_setup->inputPaths))
        inputs << QFileInfo(p).absoluteFilePath();
    QStringList used = inputs;
    QString problem;
    auto check = [&](QLineEdit *edit, bool wanted) -> QString {
        if (!wanted)
            return QString();
        const QFileInfo info(edit->text().trimmed());
        const QString path = info.absoluteFilePath();
        if (problem.isEmpty()) {
            if (inputs.contains(path))
                problem = tr("%1 is an input file; choose another name.").arg(path);
            else if (used.contains(path))
                problem = tr("%1 is chosen twice; each file needs its own name.").arg(path);
            else if (!QFileInfo(info.absolutePath()).isDir())
                problem = tr("The folder %1 does not exist.").arg(info.absolutePath());
            else if (!QFileInfo(info.absolutePath()).isWritable())
                problem = tr("The folder %1 is not writable.").arg(info.absolutePath());
            else if (info.isDir())
                problem = tr("%1 is a folder.").arg(path);
        }
        used << path;
        return path;
    };
    const QString output = check(m_output, true);
    const QString rejects = check(m_rejects, m_writeRejects->isChecked());
    const QString report = check(m_report, m_writeReport->isChecked());
    if (!problem.isEmpty()) {
        m_error->setText(problem);
        m_error->show();
        return false;
    }
    m_setup->outputPath = output;
    m_setup->rejectsPath = rejects;
    m_setup->reportPath = report;
    m_setup->threads = m_threads->value();
    return true;
}

} // namespace Cutover
