#include "core/plan/planjson.h"

#include "core/plan/plankeys.h"
#include "core/util/jsonobjectparser.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Cutover::PlanJson {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cutover::PlanJson)
};

QJsonValue dateValue(const QDate &date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QJsonObject targetToJson(const Target &t)
{
    QJsonObject o;
    o.insert(u"metric"_s, PlanKeys::key(t.metric));
    if (t.metric == TargetMetric::Custom)
        o.insert(u"custom_metric"_s, t.customMetric);
    o.insert(u"comparison"_s, PlanKeys::key(t.comparison));
    o.insert(u"reference"_s, PlanKeys::key(t.reference));
    o.insert(u"value"_s, t.value);
    o.insert(u"unit"_s, t.unit);
    return o;
}

// Reads fields of one JSON object, remembering the first error with its path.
class Reader
{
public:
    Reader(const QJsonObject &object, QString path, QString *error)
        : m_object(object)
        , m_path(std::move(path))
        , m_error(error)
    {}

    bool failed() const { return !m_error->isEmpty(); }

    QString string(const QString &key, bool required = false)
    {
        const QJsonValue v = m_object.value(key);
        if (v.isUndefined() || v.isNull()) {
            if (required)
                fail(key, Tr::tr("is required"));
            return QString();
        }
        if (!v.isString()) {
            fail(key, Tr::tr("must be a string"));
            return QString();
        }
        return v.toString();
    }

    double number(const QString &key, double fallback, bool required = false)
    {
        const QJsonValue v = m_object.value(key);
        if (v.isUndefined() || v.isNull()) {
            if (required)
                fail(key, Tr::tr("is required"));
            return fallback;
        }
        if (!v.isDouble() || !std::isfinite(v.toDouble())) {
            fail(key, Tr::tr("must be a number"));
            return fallback;
        }
        return v.toDouble();
    }

    int integer(const QString &key, int fallback, int min, int max, bool required = false)
    {
        const double d = number(key, fallback, required);
        if (failed())
            return fallback;
        if (d != std::floor(d) || d < min || d > max) {
            fail(key, Tr::tr("must be a whole number from %1 to %2").arg(min).arg(max));
            return fallback;
        }
        return static_cast<int>(d);
    }

    qint64 id(const QString &key = u"id"_s)
    {
        const QJsonValue v = m_object.value(key);
        if (v.isUndefined() || v.isNull())
            return 0;
        const double d = v.toDouble(-1);
        if (!v.isDouble() || d != std::floor(d) || d < 1 || d > 9007199254740992.0) {
            fail(key, Tr::tr("must be a positive whole number"));
            return 0;
        }
        return static_cast<qint64>(d);
    }

    QDate date(const QString &key)
    {
        const QString text = string(key);
        if (text.isEmpty())
            return QDate();
        const QDate d = QDate::fromString(text, Qt::ISODate);
        if (!d.isValid())
            fail(key, Tr::tr("must be a date written as YYYY-MM-DD"));
        return d;
    }

    template<typename Enum>
    Enum enumeration(const QString &key, Enum fallback, std::optional<Enum> (*parse)(QStringView),
                     bool required = false)
    {
        const QString text = string(key, required);
        if (text.isEmpty())
            return fallback;
        const std::optional<Enum> value = parse(text);
        if (!value) {
            fail(key, Tr::tr("has the unknown value \"%1\"").arg(text));
            return fallback;
        }
        return *value;
    }

    QJsonArray array(const QString &key)
    {
        const QJsonValue v = m_object.value(key);
        if (v.isUndefined() || v.isNull())
            return QJsonArray();
        if (!v.isArray()) {
            fail(key, Tr::tr("must be an array"));
            return QJsonArray();
        }
        return v.toArray();
    }

    std::optional<QJsonObject> object(const QString &key)
    {
        const QJsonValue v = m_object.value(key);
        if (v.isUndefined() || v.isNull())
            return std::nullopt;
        if (!v.isObject()) {
            fail(key, Tr::tr("must be an object"));
            return std::nullopt;
        }
        return v.toObject();
    }

    QString childPath(const QString &key) const
    {
        return m_path.isEmpty() ? key : m_path + u'.' + key;
    }

    void fail(const QString &key, const QString &problem)
    {
        if (m_error->isEmpty())
            *m_error = Tr::tr("%1 %2").arg(childPath(key), problem);
    }

private:
    QJsonObject m_object;
    QString m_path;
    QString *m_error;
};

// Calls `read` for each element of `array`, each of which must be an object.
template<typename Fn>
void forEachObject(Reader &parent, const QString &key, QString *error, Fn read)
{
    const QJsonArray items = parent.array(key);
    for (qsizetype i = 0; i < items.size() && error->isEmpty(); ++i) {
        const QString path = parent.childPath(key) + u'[' + QString::number(i) + u']';
        if (!items.at(i).isObject()) {
            *error = Tr::tr("%1 must be an object").arg(path);
            return;
        }
        Reader r(items.at(i).toObject(), path, error);
        read(r);
    }
}

// Gives every item without an id a fresh one (ids are already unique here).
template<typename Items>
void assignIds(Items &items, QSet<qint64> &used, qint64 &next)
{
    for (auto &item : items) {
        if (item.id <= 0 || used.contains(item.id)) {
            while (used.contains(next))
                ++next;
            item.id = next++;
        }
        used.insert(item.id);
    }
}

} // namespace

QJsonObject toJson(const Plan &plan)
{
    QJsonObject root;
    root.insert(u"format"_s, u"cutover-plan"_s);
    root.insert(u"format_version"_s, kFormatVersion);
    root.insert(u"title"_s, plan.title);
    root.insert(u"from_model"_s, plan.fromModel);
    root.insert(u"to_model"_s, plan.toModel);
    root.insert(u"owner"_s, plan.owner);
    root.insert(u"notes"_s, plan.notes);

    QJsonArray objectives;
    for (const Objective &o : plan.objectives) {
        QJsonObject j;
        j.insert(u"id"_s, o.id);
        j.insert(u"title"_s, o.title);
        j.insert(u"description"_s, o.description);
        j.insert(u"target"_s, o.target ? QJsonValue(targetToJson(*o.target)) : QJsonValue());
        objectives.append(j);
    }
    root.insert(u"objectives"_s, objectives);

    QJsonArray scope;
    for (const ScopeItem &s : plan.scope) {
        QJsonObject j;
        j.insert(u"id"_s, s.id);
        j.insert(u"kind"_s, PlanKeys::key(s.kind));
        j.insert(u"name"_s, s.name);
        j.insert(u"description"_s, s.description);
        j.insert(u"status"_s, PlanKeys::key(s.status));
        scope.append(j);
    }
    root.insert(u"scope"_s, scope);

    QJsonArray phases;
    for (const Phase &p : plan.phases) {
        QJsonObject j;
        j.insert(u"id"_s, p.id);
        j.insert(u"name"_s, p.name);
        j.insert(u"start"_s, dateValue(p.start));
        j.insert(u"duration_days"_s, p.durationDays);
        j.insert(u"status"_s, PlanKeys::key(p.status));
        QJsonArray deps;
        for (qint64 d : p.dependsOn)
            deps.append(d);
        j.insert(u"depends_on"_s, deps);
        phases.append(j);
    }
    root.insert(u"phases"_s, phases);

    QJsonArray risks;
    for (const Risk &r : plan.risks) {
        QJsonObject j;
        j.insert(u"id"_s, r.id);
        j.insert(u"description"_s, r.description);
        j.insert(u"likelihood"_s, r.likelihood);
        j.insert(u"impact"_s, r.impact);
        j.insert(u"mitigation"_s, r.mitigation);
        j.insert(u"owner"_s, r.owner);
        risks.append(j);
    }
    root.insert(u"risks"_s, risks);

    QJsonObject rollback;
    rollback.insert(u"summary"_s, plan.rollback.summary);
    rollback.insert(u"owner"_s, plan.rollback.owner);
    QJsonArray triggers;
    for (const RollbackTrigger &t : plan.rollback.triggers)
        triggers.append(QJsonObject{{u"id"_s, t.id}, {u"condition"_s, t.condition}});
    rollback.insert(u"triggers"_s, triggers);
    QJsonArray steps;
    for (const RollbackStep &s : plan.rollback.steps)
        steps.append(QJsonObject{{u"id"_s, s.id}, {u"action"_s, s.action}});
    rollback.insert(u"steps"_s, steps);
    root.insert(u"rollback"_s, rollback);
    return root;
}

QByteArray toBytes(const Plan &plan)
{
    return QJsonDocument(toJson(plan)).toJson(QJsonDocument::Indented);
}

Result<Plan> fromJson(const QJsonObject &object)
{
    QString error;
    Reader root(object, QString(), &error);
    Plan plan;

    const QString format = root.string(u"format"_s);
    if (!format.isEmpty() && format != u"cutover-plan")
        return makeError(ErrorKind::BadInput,
                         Tr::tr("This is not a Cutover plan (format \"%1\").").arg(format));
    const int version = root.integer(u"format_version"_s, kFormatVersion, 1, 1000);
    if (version > kFormatVersion)
        return makeError(ErrorKind::NewerVersion,
                         Tr::tr("The plan was written by a newer Cutover (format version %1; "
                                "this version reads up to %2).")
                                 .arg(version)
                                 .arg(kFormatVersion));

    plan.title = root.string(u"title"_s);
    plan.fromModel = root.string(u"from_model"_s);
    plan.toModel = root.string(u"to_model"_s);
    plan.owner = root.string(u"owner"_s);
    plan.notes = root.string(u"notes"_s);

    forEachObject(root, u"objectives"_s, &error, [&plan, &error](Reader &r) {
        Objective o;
        o.id = r.id();
        o.title = r.string(u"title"_s);
        o.description = r.string(u"description"_s);
        if (const auto t = r.object(u"target"_s)) {
            Reader tr(*t, r.childPath(u"target"_s), &error);
            Target target;
            target.metric = tr.enumeration(u"metric"_s, TargetMetric::PassRate,
                                           &PlanKeys::targetMetric, true);
            target.customMetric = tr.string(u"custom_metric"_s);
            target.comparison = tr.enumeration(u"comparison"_s, Comparison::GreaterOrEqual,
                                               &PlanKeys::comparison, true);
            target.reference = tr.enumeration(u"reference"_s, TargetReference::Absolute,
                                              &PlanKeys::targetReference);
            target.value = tr.number(u"value"_s, 0.0, true);
            target.unit = tr.string(u"unit"_s);
            o.target = target;
        }
        plan.objectives.append(o);
    });

    forEachObject(root, u"scope"_s, &error, [&plan](Reader &r) {
        ScopeItem s;
        s.id = r.id();
        s.kind = r.enumeration(u"kind"_s, ScopeKind::Component, &PlanKeys::scopeKind, true);
        s.name = r.string(u"name"_s);
        s.description = r.string(u"description"_s);
        s.status = r.enumeration(u"status"_s, ScopeStatus::NotStarted, &PlanKeys::scopeStatus);
        plan.scope.append(s);
    });

    forEachObject(root, u"phases"_s, &error, [&plan](Reader &r) {
        Phase p;
        p.id = r.id();
        p.name = r.string(u"name"_s);
        p.start = r.date(u"start"_s);
        p.durationDays = r.integer(u"duration_days"_s, 7, 1, 3650);
        p.status = r.enumeration(u"status"_s, PhaseStatus::Planned, &PlanKeys::phaseStatus);
        const QJsonArray deps = r.array(u"depends_on"_s);
        for (qsizetype i = 0; i < deps.size(); ++i) {
            const double d = deps.at(i).toDouble(-1);
            if (!deps.at(i).isDouble() || d < 1 || d != std::floor(d)) {
                r.fail(u"depends_on"_s, Tr::tr("must list phase ids (positive whole numbers)"));
                break;
            }
            p.dependsOn.append(static_cast<qint64>(d));
        }
        plan.phases.append(p);
    });

    forEachObject(root, u"risks"_s, &error, [&plan](Reader &r) {
        Risk k;
        k.id = r.id();
        k.description = r.string(u"description"_s);
        k.likelihood = r.integer(u"likelihood"_s, 3, 1, 5, true);
        k.impact = r.integer(u"impact"_s, 3, 1, 5, true);
        k.mitigation = r.string(u"mitigation"_s);
        k.owner = r.string(u"owner"_s);
        plan.risks.append(k);
    });

    if (const auto rb = root.object(u"rollback"_s)) {
        Reader r(*rb, u"rollback"_s, &error);
        plan.rollback.summary = r.string(u"summary"_s);
        plan.rollback.owner = r.string(u"owner"_s);
        forEachObject(r, u"triggers"_s, &error, [&plan](Reader &t) {
            plan.rollback.triggers.append({t.id(), t.string(u"condition"_s)});
        });
        forEachObject(r, u"steps"_s, &error, [&plan](Reader &s) {
            plan.rollback.steps.append({s.id(), s.string(u"action"_s)});
        });
    }

    if (!error.isEmpty())
        return makeError(ErrorKind::BadInput, error);

    // Phase dependencies must name phases of this plan.
    QSet<qint64> phaseIds;
    for (const Phase &p : std::as_const(plan.phases))
        phaseIds.insert(p.id);
    for (qsizetype i = 0; i < plan.phases.size(); ++i) {
        for (qint64 dep : std::as_const(plan.phases.at(i).dependsOn)) {
            if (!phaseIds.contains(dep) || dep == plan.phases.at(i).id)
                return makeError(ErrorKind::BadInput,
                                 Tr::tr("phases[%1].depends_on names %2, which is not another "
                                        "phase of this plan")
                                         .arg(i)
                                         .arg(dep));
        }
    }

    // Ids must be unique plan-wide; items without one get a fresh id.
    QSet<qint64> seen;
    bool duplicate = false;
    auto check = [&seen, &duplicate](const auto &items) {
        for (const auto &item : items) {
            if (item.id > 0 && seen.contains(item.id))
                duplicate = true;
            seen.insert(item.id);
        }
    };
    check(plan.objectives);
    check(plan.scope);
    check(plan.phases);
    check(plan.risks);
    check(plan.rollback.triggers);
    check(plan.rollback.steps);
    if (duplicate)
        return makeError(ErrorKind::BadInput, Tr::tr("Item ids must be unique across the plan."));

    QSet<qint64> used;
    qint64 next = 1;
    assignIds(plan.objectives, used, next);
    assignIds(plan.scope, used, next);
    assignIds(plan.phases, used, next);
    assignIds(plan.risks, used, next);
    assignIds(plan.rollback.triggers, used, next);
    assignIds(plan.rollback.steps, used, next);
    return plan;
}

Result<Plan> fromBytes(const QByteArray &bytes)
{
    const Result<QJsonObject> object
            = parseJsonObject(bytes, Tr::tr("The plan must be a JSON object."));
    if (!object)
        return object.error();
    return fromJson(object.value());
}

} // namespace Cutover::PlanJson
