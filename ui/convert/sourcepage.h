#pragma once

#include <QWizardPage>

class QLabel;
class QLineEdit;
class QPushButton;

namespace Cutover {

class ConversionSetup;

// Step 1: the file to convert.
class SourcePage final : public QWizardPage
{
    Q_OBJECT

public:
    explicit SourcePage(ConversionSetup *setup, QWidget *parent = nullptr);

    void setPath(const QString &path);
    bool isComplete() const override;
    bool validatePage() override;

private:
    void browse();

    ConversionSetup *m_setup;
    QLineEdit *m_path;
    QPushButton *m_browse;
    QLabel *m_error;
};

} // namespace Cutover
