#include "cliapp.h"
#include "core/project/projectfile.h"

#include <QDir>

using namespace Qt::StringLiterals;

namespace Cutover::Cli {

int runNew(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"path"_s, Tr::tr("The project file to create (*.cutover)."),
                                 u"new <path>"_s);
    const QCommandLineOption force(u"force"_s, Tr::tr("Replace an existing file at the path."));
    parser.addOption(force);
    if (int code
        = parse(parser, u"new"_s, Tr::tr("Create a new, empty Cutover project."), arguments, 1, 1);
        code >= 0)
        return code;

    const QString path = parser.positionalArguments().constFirst();
    ProjectOpenOptions options;
    options.overwrite = parser.isSet(force);
    auto project = ProjectFile::create(path, options);
    if (!project)
        return fail(project.error());
    if (Result<void> closed = project.value()->close(); !closed)
        return fail(closed.error());
    out(Tr::tr("Created %1\n").arg(QDir::toNativeSeparators(path)));
    return Success;
}

} // namespace Cutover::Cli
