#pragma once

#include <QWizardPage>

class QLabel;
class QTreeWidget;

namespace Cutover {

class ConversionRunner;
class ConversionSetup;

// Step 4: converts a sample with the chosen options, writes nothing, and
// shows what would be lost or rejected.
class DryRunPage final : public QWizardPage
{
    Q_OBJECT

public:
    DryRunPage(ConversionSetup *setup, ConversionRunner *runner, QWidget *parent = nullptr);

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;

private:
    void finished();

    ConversionSetup *m_setup;
    ConversionRunner *m_runner;
    QLabel *m_status;
    QLabel *m_counts;
    QLabel *m_notes;
    QTreeWidget *m_losses;
    bool m_waiting = false;
};

} // namespace Cutover
