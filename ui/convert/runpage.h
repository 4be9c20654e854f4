#pragma once

#include "core/convert/conversionjob.h"

#include <QWizardPage>

class QLabel;
class QProgressBar;
class QPushButton;

namespace Cutover {

class ConversionRunner;
class ConversionSetup;

// Step 6: the conversion itself, off the GUI thread, with bytes, records,
// an estimate of the time left and Cancel. Moves on to the summary when done.
class RunPage final : public QWizardPage
{
    Q_OBJECT

public:
    RunPage(ConversionSetup *setup, ConversionRunner *runner, QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;

private:
    void start();
    void progressed(const Convert::Progress &p);
    void finished();
    void recordInProject();

    ConversionSetup *m_setup;
    ConversionRunner *m_runner;
    QProgressBar *m_bar;
    QLabel *m_bytes;
    QLabel *m_records;
    QLabel *m_eta;
    QLabel *m_status;
    QPushButton *m_cancel;
    QPushButton *m_again;
    bool m_done = false;
};

} // namespace Cutover
