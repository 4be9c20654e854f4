#include "core/project/schema.h"

using namespace Qt::StringLiterals;

namespace Cutover::Schema {
namespace {

Migration version1()
{
    return Migration{
            1,
            {
                    u"CREATE TABLE meta ("
                    "  key TEXT PRIMARY KEY NOT NULL,"
                    "  value TEXT NOT NULL"
                    ")"_s,
                    u"CREATE TABLE plan_info ("
                    "  id INTEGER PRIMARY KEY CHECK (id = 1),"
                    "  title TEXT NOT NULL DEFAULT '',"
                    "  from_model TEXT NOT NULL DEFAULT '',"
                    "  to_model TEXT NOT NULL DEFAULT '',"
                    "  owner TEXT NOT NULL DEFAULT '',"
                    "  notes TEXT NOT NULL DEFAULT '',"
                    "  rollback_summary TEXT NOT NULL DEFAULT '',"
                    "  rollback_owner TEXT NOT NULL DEFAULT ''"
                    ")"_s,
                    u"CREATE TABLE plan_objectives ("
                    "  id INTEGER PRIMARY KEY,"
                    "  position INTEGER NOT NULL,"
                    "  title TEXT NOT NULL DEFAULT '',"
                    "  description TEXT NOT NULL DEFAULT '',"
                    "  target_metric TEXT,"
                    "  target_custom_metric TEXT,"
                    "  target_comparison TEXT,"
                    "  target_reference TEXT,"
                    "  target_value REAL,"
                    "  target_unit TEXT"
                    ")"_s,
                    u"CREATE TABLE plan_scope ("
                    "  id INTEGER PRIMARY KEY,"
                    "  position INTEGER NOT NULL,"
                    "  kind TEXT NOT NULL,"
                    "  name TEXT NOT NULL DEFAULT '',"
                    "  description TEXT NOT NULL DEFAULT '',"
                    "  status TEXT NOT NULL"
                    ")"_s,
                    u"CREATE TABLE plan_phases ("
                    "  id INTEGER PRIMARY KEY,"
                    "  position INTEGER NOT NULL,"
                    "  name TEXT NOT NULL DEFAULT '',"
                    "  start_date TEXT,"
                    "  duration_days INTEGER NOT NULL CHECK (duration_days >= 1),"
                    "  status TEXT NOT NULL"
                    ")"_s,
                    u"CREATE TABLE plan_phase_dependencies ("
                    "  phase_id INTEGER NOT NULL REFERENCES plan_phases(id) ON DELETE CASCADE,"
                    "  depends_on INTEGER NOT NULL REFERENCES plan_phases(id) ON DELETE CASCADE,"
                    "  PRIMARY KEY (phase_id, depends_on)"
                    ") WITHOUT ROWID"_s,
                    u"CREATE TABLE plan_risks ("
                    "  id INTEGER PRIMARY KEY,"
                    "  position INTEGER NOT NULL,"
                    "  description TEXT NOT NULL DEFAULT '',"
                    "  likelihood INTEGER NOT NULL CHECK (likelihood BETWEEN 1 AND 5),"
                    "  impact INTEGER NOT NULL CHECK (impact BETWEEN 1 AND 5),"
                    "  mitigation TEXT NOT NULL DEFAULT '',"
                    "  owner TEXT NOT NULL DEFAULT ''"
                    ")"_s,
                    u"CREATE TABLE plan_rollback_triggers ("
                    "  id INTEGER PRIMARY KEY,"
                    "  position INTEGER NOT NULL,"
                    "  condition TEXT NOT NULL DEFAULT ''"
                    ")"_s,
                    u"CREATE TABLE plan_rollback_steps ("
                    "  id INTEGER PRIMARY KEY,"
                    "  position INTEGER NOT NULL,"
                    "  action TEXT NOT NULL DEFAULT ''"
                    ")"_s,
            },
    };
}

} // namespace

const QList<Migration> &migrations()
{
    static const QList<Migration> all{version1()};
    return all;
}

} // namespace Cutover::Schema
