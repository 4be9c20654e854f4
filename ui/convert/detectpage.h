#pragma once

#include <QWizardPage>

class QComboBox;
class QLabel;
class QListWidget;
class QTreeWidget;

namespace Cutover {

class ConversionSetup;

// Step 2: the detected format with its confidence and evidence (per file
// when there are several), the first file's first records as the engine
// parses them, and a way to override the format for all files. Files that
// disagree on their format block the way on until a format is chosen by hand.
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
    void showDetections();

    ConversionSetup *m_setup;
    QLabel *m_detected;
    QListWidget *m_evidence;
    QComboBox *m_format;
    QLabel *m_override;
    QLabel *m_mixed;      // the inputs disagree on their format
    QTreeWidget *m_files; // the detection of each input, when there are several
    QLabel *m_previewLabel;
    QTreeWidget *m_preview;
    QLabel *m_previewError;
    QStringList m_detectedFor; // the inputs the detection belongs to
    bool m_mixedFormats = false;
    bool m_userChose = false; // the format was chosen by hand: it applies to every input
};

} // namespace Cutover
