#pragma once

#include <QWizardPage>

class QComboBox;
class QLabel;
class QListWidget;
class QTreeWidget;

namespace Cutover {

class ConversionSetup;

// Step 2: the detected format with its confidence and evidence, the first
// records as the engine parses them, and a way to override the format.
class DetectPage final : public QWizardPage
{
    Q_OBJECT

public:
    explicit DetectPage(ConversionSetup *setup, QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;

private:
    void formatChosen();
    void refreshPreview();

    ConversionSetup *m_setup;
    QLabel *m_detected;
    QListWidget *m_evidence;
    QComboBox *m_format;
    QLabel *m_override;
    QTreeWidget *m_preview;
    QLabel *m_previewError;
    QString m_detectedFor; // the input the detection belongs to
};

} // namespace Cutover
