#pragma once

#include <QWizardPage>

class QCheckBox;
class QLabel;
class QLayout;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace Cutover {

class ConversionSetup;

// Step 5: where the output, the rejected records and the loss report go.
// The commit page: its button starts the run.
class OutputPage final : public QWizardPage
{
    Q_OBJECT

public:
    explicit OutputPage(ConversionSetup *setup, QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

private:
    QLayout *pathRow(const QString &name, QLineEdit **edit, QPushButton **browse);
    void updateWarnings();

    ConversionSetup *m_setup;
    QLineEdit *m_output = nullptr;
    QCheckBox *m_writeRejects = nullptr;
    QLineEdit *m_rejects = nullptr;
    QCheckBox *m_writeReport = nullptr;
    QLineEdit *m_report = nullptr;
    QSpinBox *m_threads = nullptr;
    QLabel *m_warning = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace Cutover
