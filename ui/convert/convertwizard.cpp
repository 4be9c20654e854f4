#include "ui/convert/convertwizard.h"

#include "core/project/project.h"
#include "ui/convert/conversionrunner.h"
#include "ui/convert/conversionsetup.h"
#include "ui/convert/detectpage.h"
#include "ui/convert/dryrunpage.h"
#include "ui/convert/outputpage.h"
#include "ui/convert/runpage.h"
#include "ui/convert/sourcepage.h"
#include "ui/convert/summarypage.h"
#include "ui/convert/targetpage.h"

using namespace Qt::StringLiterals;

namespace Cutover {

ConvertWizard::ConvertWizard(Project *project, QWidget *parent)
    : QWizard(parent)
    , m_setup(new ConversionSetup(this))
    , m_dryRunner(new ConversionRunner(this))
    , m_runner(new ConversionRunner(this))
{
    setObjectName(u"convertWizard"_s);
    m_setup->project = project;
    setWindowTitle(tr("Convert Data"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    // QWizard::validateCurrentPage() asks the current page's validatePage();
    // each page checks its own fields and writes them into the setup.
    setPage(SourcePageId, new SourcePage(m_setup, this));
    setPage(DetectPageId, new DetectPage(m_setup, this));
    setPage(TargetPageId, new TargetPage(m_setup, this));
    setPage(DryRunPageId, new DryRunPage(m_setup, m_dryRunner, this));
    setPage(OutputPageId, new OutputPage(m_setup, this));
    setPage(RunPageId, new RunPage(m_setup, m_runner, this));
    setPage(SummaryPageId, new SummaryPage(m_setup, this));
    setStartId(SourcePageId);
    resize(760, 600);
}

ConvertWizard::~ConvertWizard() = default;

void ConvertWizard::setInputPath(const QString &path)
{
    static_cast<SourcePage *>(page(SourcePageId))->setPath(path);
}

void ConvertWizard::reject()
{
    // Closing mid-run cancels the job; the engine stops within one batch and
    // removes its temporary files, so nothing partial is left behind.
    for (ConversionRunner *r : {m_dryRunner, m_runner}) {
        if (r->isRunning()) {
            r->cancel();
            r->waitForFinished();
        }
    }
    QWizard::reject();
}

} // namespace Cutover
