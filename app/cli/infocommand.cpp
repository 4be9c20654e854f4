#include "cliapp.h"
#include "core/plan/planstore.h"
#include "core/project/projectfile.h"
#include "core/project/schema.h"
#include "core/prompts/promptstore.h"
#include "core/runs/casestore.h"
#include "core/runs/runstore.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace Cutover::Cli {
namespace {

// Row counts of every table of the project, by name.
QJsonObject tableCounts(QSqlDatabase db)
{
    QJsonObject counts;
    QSqlQuery tables(db);
    tables.exec(u"SELECT name FROM sqlite_schema WHERE type = 'table' "
                "AND name NOT LIKE 'sqlite_%' ORDER BY name"_s);
    QStringList names;
    while (tables.next())
        names.append(tables.value(0).toString());
    for (const QString &name : std::as_const(names)) {
        QSqlQuery count(db);
        QString quoted = name;
        quoted.replace(u'"', u"\"\""_s);
        if (count.exec(u"SELECT count(*) FROM \""_s + quoted + u'"') && count.next())
            counts.insert(name, count.value(0).toLongLong());
    }
    return counts;
}

QJsonObject metaValues(QSqlDatabase db)
{
    QJsonObject meta;
    QSqlQuery q(db);
    if (q.exec(u"SELECT key, value FROM meta ORDER BY key"_s)) {
        while (q.next())
            meta.insert(q.value(0).toString(), q.value(1).toString());
    }
    return meta;
}

} // namespace

int runInfo(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"path"_s, Tr::tr("The project file (*.cutover)."),
                                 u"info <path>"_s);
    const QCommandLineOption json(u"json"_s, Tr::tr("Print one JSON object instead of text."));
    parser.addOption(json);
    if (int code = parse(parser, u"info"_s,
                         Tr::tr("Show a project's schema version, contents and integrity. "
                                "Opens the project read-only; never writes to it."),
                         arguments, 1, 1);
        code >= 0)
        return code;

    const QString path = parser.positionalArguments().constFirst();
    ProjectOpenOptions options;
    options.readOnly = true;
    auto opened = ProjectFile::open(path, options);
    if (!opened)
        return fail(opened.error());
    ProjectFile &project = *opened.value();

    auto integrity = project.integrityCheck();
    if (!integrity)
        return fail(integrity.error());
    auto plan = PlanStore::load(project.database());
    if (!plan)
        return fail(plan.error());

    const Plan &p = plan.value();
    QJsonObject planCounts{
            {u"objectives"_s, qint64(p.objectives.size())},
            {u"scope_items"_s, qint64(p.scope.size())},
            {u"phases"_s, qint64(p.phases.size())},
            {u"risks"_s, qint64(p.risks.size())},
            {u"rollback_triggers"_s, qint64(p.rollback.triggers.size())},
            {u"rollback_steps"_s, qint64(p.rollback.steps.size())},
    };
    // Prompts, cases and runs came with schema 4; an older file opened
    // read-only (not migrated) has none.
    qint64 promptCount = 0, caseCount = 0, runCount = 0;
    if (project.schemaVersion() >= 4) {
        auto prompts = PromptStore::list(project.database());
        if (!prompts)
            return fail(prompts.error());
        auto cases = CaseStore::count(project.database());
        if (!cases)
            return fail(cases.error());
        auto runs = RunStore::listRuns(project.database());
        if (!runs)
            return fail(runs.error());
        promptCount = prompts->size();
        caseCount = cases.value();
        runCount = runs->size();
    }
    const QJsonObject testing{
            {u"prompts"_s, promptCount}, {u"cases"_s, caseCount}, {u"runs"_s, runCount}};
    const QJsonObject tables = tableCounts(project.database());
    const QJsonObject meta = metaValues(project.database());
    const qint64 size = QFileInfo(project.path()).size();

    if (parser.isSet(json)) {
        QJsonObject root{
                {u"path"_s, project.path()},
                {u"file_size"_s, QJsonValue(size)},
                {u"application_id"_s,
                 QString(u"0x"_s
                         + QString::number(Schema::kApplicationId, 16).rightJustified(8, u'0'))},
                {u"schema_version"_s, QJsonValue(project.schemaVersion())},
                {u"current_schema_version"_s, QJsonValue(project.currentSchemaVersion())},
                {u"newer_than_this_version"_s,
                 QJsonValue(project.schemaVersion() > project.currentSchemaVersion())},
                {u"integrity"_s,
                 QJsonObject{{u"ok"_s, QJsonValue(integrity->ok)},
                             {u"problems"_s, QJsonArray::fromStringList(integrity->problems)}}},
                {u"plan_title"_s, p.title},
                {u"plan"_s, planCounts},
                {u"testing"_s, testing},
                {u"tables"_s, tables},
                {u"meta"_s, meta},
        };
        outBytes(QJsonDocument(root).toJson(QJsonDocument::Indented));
        return integrity->ok ? Success : BadInput;
    }

    QString text;
    text += Tr::tr("Project:         %1\n").arg(QDir::toNativeSeparators(project.path()));
    text += Tr::tr("Size:            %1 bytes\n").arg(size);
    text += Tr::tr("Schema version:  %1 (this Cutover writes %2)\n")
                    .arg(project.schemaVersion())
                    .arg(project.currentSchemaVersion());
    if (project.schemaVersion() > project.currentSchemaVersion())
        text += Tr::tr("                 made by a newer Cutover: open it read-only or upgrade\n");
    text += Tr::tr("Integrity:       %1\n")
                    .arg(integrity->ok
                                 ? Tr::tr("ok")
                                 : Tr::tr("FAILED — %1").arg(integrity->problems.join(u"; "_s)));
    if (!p.title.isEmpty())
        text += Tr::tr("Plan:            %1\n").arg(p.title);
    text += Tr::tr("Objectives:      %1\n").arg(p.objectives.size());
    text += Tr::tr("Scope items:     %1\n").arg(p.scope.size());
    text += Tr::tr("Phases:          %1\n").arg(p.phases.size());
    text += Tr::tr("Risks:           %1\n").arg(p.risks.size());
    text += Tr::tr("Rollback:        %1 trigger(s), %2 step(s)\n")
                    .arg(p.rollback.triggers.size())
                    .arg(p.rollback.steps.size());
    text += Tr::tr("Prompts:         %1\n").arg(promptCount);
    text += Tr::tr("Test cases:      %1\n").arg(caseCount);
    text += Tr::tr("Runs:            %1\n").arg(runCount);
    out(text);
    return integrity->ok ? Success : BadInput;
}

} // namespace Cutover::Cli
