#pragma once

#include <QWizard>

namespace Cutover {

class ConversionRunner;
class ConversionSetup;
class Project;

// File ▸ Convert Data…: source file → detected format and preview → target
// and options → dry run on a sample → output paths → run → summary. Each
// step is its own QWizardPage; they share one ConversionSetup. Works with or
// without a project open (it converts files); with one, each finished run is
// recorded in the project's conversion history.
class ConvertWizard final : public QWizard
{
    Q_OBJECT

public:
    enum PageId {
        SourcePageId,
        DetectPageId,
        TargetPageId,
        DryRunPageId,
        OutputPageId,
        RunPageId,
        SummaryPageId
    };

    // With a project, finished runs are added to its conversion history.
    explicit ConvertWizard(Project *project = nullptr, QWidget *parent = nullptr);
    ~ConvertWizard() override;

    ConversionSetup *setup() const { return m_setup; }
    // The jobs of the dry run and of the real run.
    ConversionRunner *dryRunner() const { return m_dryRunner; }
    ConversionRunner *runner() const { return m_runner; }

    // Starts with this file filled in (e.g. from a drop).
    void setInputPath(const QString &path);

    void reject() override;

private:
    ConversionSetup *m_setup;
    ConversionRunner *m_dryRunner;
    ConversionRunner *m_runner;
};

} // namespace Cutover
