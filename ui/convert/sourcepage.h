#pragma once

#include <QStringList>
#include <QWizardPage>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTreeWidget;

namespace Cutover {

class ConversionSetup;

// Step 1: the file(s) to convert, in order, into one output; with a project
// open, its earlier conversions. Files come from a multi-select dialog, a
// typed path (Return adds it) or dropped from a file manager; the list can
// be reordered by dragging and pruned with Delete.
class SourcePage final : public QWizardPage
{
    Q_OBJECT

public:
    explicit SourcePage(ConversionSetup *setup, QWidget *parent = nullptr);

    // One input: typed into the path field (as if by hand).
    void setPath(const QString &path);
    // Appends files to the list (duplicates are skipped).
    void addFiles(const QStringList &paths);
    // The list's files, then a path typed but not yet added.
    QStringList inputs() const;

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void browse();
    void addTyped();
    void removeSelected();
    void listChanged();

    ConversionSetup *m_setup;
    QListWidget *m_files;
    QPushButton *m_browse;
    QPushButton *m_remove;
    QLineEdit *m_path;
    QPushButton *m_add;
    QLabel *m_total;
    QLabel *m_error;
    QLabel *m_historyLabel;
    QTreeWidget *m_history; // the open project's earlier conversions
};

} // namespace Cutover
