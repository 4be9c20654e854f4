#pragma once

#include <QWizardPage>

class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace Cutover {

class ConversionSetup;

// Step 1: the file to convert; with a project open, its earlier conversions.
class SourcePage final : public QWizardPage
{
    Q_OBJECT

public:
    explicit SourcePage(ConversionSetup *setup, QWidget *parent = nullptr);

    void setPath(const QString &path);
    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

private:
    void browse();

    ConversionSetup *m_setup;
    QLineEdit *m_path;
    QPushButton *m_browse;
    QLabel *m_error;
    QLabel *m_historyLabel;
    QTreeWidget *m_history; // the open project's earlier conversions
};

} // namespace Cutover
