#pragma once

#include <QWizardPage>

class QCheckBox;
class QComboBox;

namespace Cutover {

class ConversionSetup;

// Step 3: the target format and every conversion policy.
class TargetPage final : public QWizardPage
{
    Q_OBJECT

public:
    explicit TargetPage(ConversionSetup *setup, QWidget *parent = nullptr);

    void initializePage() override;
    bool validatePage() override;

private:
    ConversionSetup *m_setup;
    QComboBox *m_target;
    QComboBox *m_system;
    QComboBox *m_toolArguments;
    QComboBox *m_sameRole;
    QComboBox *m_images;
    QCheckBox *m_carryId;
    QCheckBox *m_migratedAt;
    QCheckBox *m_keepUnknown;
};

} // namespace Cutover
