#pragma once

#include <QWizardPage>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace Cutover {

class ConversionSetup;

// Step 7: what the run did — records in = converted + rejected, losses by
// kind with first examples — and buttons to open what it wrote.
class SummaryPage final : public QWizardPage
{
    Q_OBJECT

public:
    explicit SummaryPage(ConversionSetup *setup, QWidget *parent = nullptr);

    void initializePage() override;

private:
    static void open(const QString &path);

    ConversionSetup *m_setup;
    QLabel *m_counts;
    QLabel *m_details;
    QLabel *m_notes;
    QTreeWidget *m_losses;
    QPushButton *m_openOutput;
    QPushButton *m_openRejects;
    QPushButton *m_openReport;
    QPushButton *m_reveal;
};

} // namespace Cutover
