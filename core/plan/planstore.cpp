#include "core/plan/planstore.h"

#include "core/plan/plankeys.h"
#include "core/project/writetransaction.h"
#include "core/util/tr.h"

#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace Cutover::PlanStore {
namespace {

Error readError(const QSqlQuery &q)
{
    return makeError(ErrorKind::Corrupt,
                     CoreTr::tr("The plan could not be read from the project: %1")
                             .arg(q.lastError().text()));
}

Error badValue(const QString &table, qint64 id, const QString &column, const QString &value)
{
    return makeError(ErrorKind::Corrupt,
                     CoreTr::tr("The project holds an unknown value \"%1\" in %2.%3 (row %4).")
                             .arg(value, table, column)
                             .arg(id));
}

QVariant textOrNull(const QString &s, bool present)
{
    return present ? QVariant(s) : QVariant(QMetaType(QMetaType::QString));
}

template<typename Enum>
Result<Enum> parseColumn(std::optional<Enum> (*parse)(QStringView), const QSqlQuery &q, int column,
                         const QString &table, qint64 id, const QString &name)
{
    const QString text = q.value(column).toString();
    if (const std::optional<Enum> v = parse(text))
        return *v;
    return badValue(table, id, name, text);
}

Result<void> loadHeader(QSqlDatabase db, Plan &plan)
{
    QSqlQuery q(db);
    if (!q.exec(u"SELECT title, from_model, to_model, owner, notes, rollback_summary, "
                "rollback_owner FROM plan_info WHERE id = 1"_s))
        return readError(q);
    if (q.next()) {
        plan.title = q.value(0).toString();
        plan.fromModel = q.value(1).toString();
        plan.toModel = q.value(2).toString();
        plan.owner = q.value(3).toString();
        plan.notes = q.value(4).toString();
        plan.rollback.summary = q.value(5).toString();
        plan.rollback.owner = q.value(6).toString();
    }
    return {};
}

Result<void> loadObjectives(QSqlDatabase db, Plan &plan)
{
    QSqlQuery q(db);
    if (!q.exec(u"SELECT id, title, description, target_metric, target_custom_metric, "
                "target_comparison, target_reference, target_value, target_unit "
                "FROM plan_objectives ORDER BY position, id"_s))
        return readError(q);
    const QString table = u"plan_objectives"_s;
    while (q.next()) {
        Objective o;
        o.id = q.value(0).toLongLong();
        o.title = q.value(1).toString();
        o.description = q.value(2).toString();
        if (!q.value(3).isNull()) {
            Target t;
            auto metric
                    = parseColumn(&PlanKeys::targetMetric, q, 3, table, o.id, u"target_metric"_s);
            auto cmp
                    = parseColumn(&PlanKeys::comparison, q, 5, table, o.id, u"target_comparison"_s);
            auto ref = parseColumn(&PlanKeys::targetReference, q, 6, table, o.id,
                                   u"target_reference"_s);
            if (!metric)
                return metric.error();
            if (!cmp)
                return cmp.error();
            if (!ref)
                return ref.error();
            t.metric = metric.value();
            t.customMetric = q.value(4).toString();
            t.comparison = cmp.value();
            t.reference = ref.value();
            t.value = q.value(7).toDouble();
            t.unit = q.value(8).toString();
            o.target = t;
        }
        plan.objectives.append(o);
    }
    return {};
}

Result<void> loadScope(QSqlDatabase db, Plan &plan)
{
    QSqlQuery q(db);
    if (!q.exec(u"SELECT id, kind, name, description, status FROM plan_scope "
                "ORDER BY position, id"_s))
        return readError(q);
    const QString table = u"plan_scope"_s;
    while (q.next()) {
        ScopeItem s;
        s.id = q.value(0).toLongLong();
        auto kind = parseColumn(&PlanKeys::scopeKind, q, 1, table, s.id, u"kind"_s);
        auto status = parseColumn(&PlanKeys::scopeStatus, q, 4, table, s.id, u"status"_s);
        if (!kind)
            return kind.error();
        if (!status)
            return status.error();
        s.kind = kind.value();
        s.name = q.value(2).toString();
        s.description = q.value(3).toString();
        s.status = status.value();
        plan.scope.append(s);
    }
    return {};
}

Result<void> loadPhases(QSqlDatabase db, Plan &plan)
{
    QSqlQuery q(db);
    if (!q.exec(u"SELECT id, name, start_date, duration_days, status FROM plan_phases "
                "ORDER BY position, id"_s))
        return readError(q);
    const QString table = u"plan_phases"_s;
    QHash<qint64, qsizetype> index;
    while (q.next()) {
        Phase p;
        p.id = q.value(0).toLongLong();
        p.name = q.value(1).toString();
        p.start = q.value(2).isNull() ? QDate()
                                      : QDate::fromString(q.value(2).toString(), Qt::ISODate);
        p.durationDays = q.value(3).toInt();
        auto status = parseColumn(&PlanKeys::phaseStatus, q, 4, table, p.id, u"status"_s);
        if (!status)
            return status.error();
        p.status = status.value();
        index.insert(p.id, plan.phases.size());
        plan.phases.append(p);
    }
    QSqlQuery d(db);
    if (!d.exec(u"SELECT phase_id, depends_on FROM plan_phase_dependencies "
                "ORDER BY phase_id, depends_on"_s))
        return readError(d);
    while (d.next()) {
        const auto it = index.constFind(d.value(0).toLongLong());
        if (it != index.cend())
            plan.phases[*it].dependsOn.append(d.value(1).toLongLong());
    }
    return {};
}

Result<void> loadRisks(QSqlDatabase db, Plan &plan)
{
    QSqlQuery q(db);
    if (!q.exec(u"SELECT id, description, likelihood, impact, mitigation, owner FROM plan_risks "
                "ORDER BY position, id"_s))
        return readError(q);
    while (q.next()) {
        Risk r;
        r.id = q.value(0).toLongLong();
        r.description = q.value(1).toString();
        r.likelihood = q.value(2).toInt();
        r.impact = q.value(3).toInt();
        r.mitigation = q.value(4).toString();
        r.owner = q.value(5).toString();
        plan.risks.append(r);
    }
    return {};
}

Result<void> loadRollback(QSqlDatabase db, Plan &plan)
{
    QSqlQuery q(db);
    if (!q.exec(u"SELECT id, condition FROM plan_rollback_triggers ORDER BY position, id"_s))
        return readError(q);
    while (q.next())
        plan.rollback.triggers.append({q.value(0).toLongLong(), q.value(1).toString()});
    if (!q.exec(u"SELECT id, action FROM plan_rollback_steps ORDER BY position, id"_s))
        return readError(q);
    while (q.next())
        plan.rollback.steps.append({q.value(0).toLongLong(), q.value(1).toString()});
    return {};
}

} // namespace

Result<Plan> load(QSqlDatabase db)
{
    Plan plan;
    for (auto step :
         {&loadHeader, &loadObjectives, &loadScope, &loadPhases, &loadRisks, &loadRollback}) {
        if (Result<void> r = step(db, plan); !r)
            return r.error();
    }
    return plan;
}

Result<void> save(QSqlDatabase db, const Plan &plan)
{
    WriteTransaction tx(db);
    if (!tx.begun())
        return tx.begun();

    QSqlQuery q(db);
    auto run = [&q](const QString &sql, const QVariantList &values = {}) {
        return execSql(q, sql, values);
    };

    for (const QString &table :
         {u"plan_phase_dependencies"_s, u"plan_objectives"_s, u"plan_scope"_s, u"plan_phases"_s,
          u"plan_risks"_s, u"plan_rollback_triggers"_s, u"plan_rollback_steps"_s}) {
        if (auto r = run(u"DELETE FROM "_s + table); !r)
            return r;
    }

    if (auto r = run(u"INSERT INTO plan_info (id, title, from_model, to_model, owner, notes, "
                     "rollback_summary, rollback_owner) VALUES (1, ?, ?, ?, ?, ?, ?, ?) "
                     "ON CONFLICT(id) DO UPDATE SET title = excluded.title, "
                     "from_model = excluded.from_model, to_model = excluded.to_model, "
                     "owner = excluded.owner, notes = excluded.notes, "
                     "rollback_summary = excluded.rollback_summary, "
                     "rollback_owner = excluded.rollback_owner"_s,
                     {plan.title, plan.fromModel, plan.toModel, plan.owner, plan.notes,
                      plan.rollback.summary, plan.rollback.owner});
        !r)
        return r;

    for (qsizetype i = 0; i < plan.objectives.size(); ++i) {
        const Objective &o = plan.objectives.at(i);
        const bool t = o.target.has_value();
        const Target target = o.target.value_or(Target{});
        auto r = run(u"INSERT INTO plan_objectives (id, position, title, description, "
                     "target_metric, target_custom_metric, target_comparison, target_reference, "
                     "target_value, target_unit) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                     {o.id, qint64(i), o.title, o.description,
                      textOrNull(PlanKeys::key(target.metric), t),
                      textOrNull(target.customMetric, t),
                      textOrNull(PlanKeys::key(target.comparison), t),
                      textOrNull(PlanKeys::key(target.reference), t),
                      t ? QVariant(target.value) : QVariant(QMetaType(QMetaType::Double)),
                      textOrNull(target.unit, t)});
        if (!r)
            return r;
    }

    for (qsizetype i = 0; i < plan.scope.size(); ++i) {
        const ScopeItem &s = plan.scope.at(i);
        auto r = run(u"INSERT INTO plan_scope (id, position, kind, name, description, status) "
                     "VALUES (?, ?, ?, ?, ?, ?)"_s,
                     {s.id, qint64(i), PlanKeys::key(s.kind), s.name, s.description,
                      PlanKeys::key(s.status)});
        if (!r)
            return r;
    }

    for (qsizetype i = 0; i < plan.phases.size(); ++i) {
        const Phase &p = plan.phases.at(i);
        auto r = run(u"INSERT INTO plan_phases (id, position, name, start_date, duration_days, "
                     "status) VALUES (?, ?, ?, ?, ?, ?)"_s,
                     {p.id, qint64(i), p.name,
                      p.start.isValid() ? QVariant(p.start.toString(Qt::ISODate))
                                        : QVariant(QMetaType(QMetaType::QString)),
                      qMax(p.durationDays, 1), PlanKeys::key(p.status)});
        if (!r)
            return r;
    }
    QSet<qint64> phaseIds;
    for (const Phase &p : plan.phases)
        phaseIds.insert(p.id);
    for (const Phase &p : plan.phases) {
        for (qint64 dep : p.dependsOn) {
            if (!phaseIds.contains(dep) || dep == p.id)
                continue; // a dependency on a phase that is gone means nothing

            auto r = run(u"INSERT OR IGNORE INTO plan_phase_dependencies (phase_id, depends_on) "
                         "VALUES (?, ?)"_s,
                         {p.id, dep});
            if (!r)
                return r;
        }
    }

    for (qsizetype i = 0; i < plan.risks.size(); ++i) {
        const Risk &k = plan.risks.at(i);
        auto r = run(u"INSERT INTO plan_risks (id, position, description, likelihood, impact, "
                     "mitigation, owner) VALUES (?, ?, ?, ?, ?, ?, ?)"_s,
                     {k.id, qint64(i), k.description, qBound(1, k.likelihood, 5),
                      qBound(1, k.impact, 5), k.mitigation, k.owner});
        if (!r)
            return r;
    }

    for (qsizetype i = 0; i < plan.rollback.triggers.size(); ++i) {
        const RollbackTrigger &t = plan.rollback.triggers.at(i);
        auto r = run(u"INSERT INTO plan_rollback_triggers (id, position, condition) "
                     "VALUES (?, ?, ?)"_s,
                     {t.id, qint64(i), t.condition});
        if (!r)
            return r;
    }
    for (qsizetype i = 0; i < plan.rollback.steps.size(); ++i) {
        const RollbackStep &s = plan.rollback.steps.at(i);
        auto r = run(u"INSERT INTO plan_rollback_steps (id, position, action) VALUES (?, ?, ?)"_s,
                     {s.id, qint64(i), s.action});
        if (!r)
            return r;
    }
    return tx.commit();
}

} // namespace Cutover::PlanStore
