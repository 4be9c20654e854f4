#include "cliapp.h"
#include "core/plan/planstore.h"
#include "core/project/projectfile.h"
#include "core/report/planreport.h"

#include <QDir>

using namespace Qt::StringLiterals;

namespace Cutover::Cli {

int runReport(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"path"_s, Tr::tr("The project file (*.cutover)."),
                                 u"report <path>"_s);
    const QCommandLineOption output({u"o"_s, u"output"_s}, Tr::tr("The PDF file to write."),
                                    u"file.pdf"_s);
    parser.addOption(output);
    if (int code = parse(parser, u"report"_s,
                         Tr::tr("Write the plan report (title page, objectives, scope, "
                                "timeline, risks, rollback plan) as a PDF."),
                         arguments, 1, 1);
        code >= 0)
        return code;
    if (!parser.isSet(output))
        return fail(UsageError, Tr::tr("report: missing -o <file.pdf> (see: cutover-cli report "
                                       "--help)"));

    ProjectOpenOptions options;
    options.readOnly = true;
    auto project = ProjectFile::open(parser.positionalArguments().constFirst(), options);
    if (!project)
        return fail(project.error());
    auto plan = PlanStore::load(project.value()->database());
    if (!plan)
        return fail(plan.error());

    const ReportOptions report = reportOptionsFor(project.value()->path(), plan.value());
    const QString target = parser.value(output);
    if (Result<void> written = writePlanReport(plan.value(), report, target); !written)
        return fail(written.error());
    return Success;
}

} // namespace Cutover::Cli
