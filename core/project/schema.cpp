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

// Model endpoints (issue 3). key_ref holds "env:NAME" or "keychain:NAME",
// never a key.
Migration version2()
{
    return Migration{
            2,
            {
                    u"CREATE TABLE endpoints ("
                    "  id INTEGER PRIMARY KEY,"
                    "  position INTEGER NOT NULL,"
                    "  name TEXT NOT NULL UNIQUE,"
                    "  role TEXT NOT NULL CHECK (role IN ('baseline', 'candidate', 'other')),"
                    "  protocol TEXT NOT NULL CHECK (protocol IN ('openai', 'anthropic')),"
                    "  base_url TEXT NOT NULL,"
                    "  model TEXT NOT NULL DEFAULT '',"
                    "  temperature REAL,"
                    "  top_p REAL,"
                    "  max_tokens INTEGER,"
                    "  stop TEXT NOT NULL DEFAULT '[]',"
                    "  seed INTEGER,"
                    "  extra_body TEXT NOT NULL DEFAULT '{}',"
                    "  price_input REAL,"
                    "  price_cached_input REAL,"
                    "  price_output REAL,"
                    "  max_concurrent INTEGER NOT NULL DEFAULT 4,"
                    "  requests_per_minute INTEGER NOT NULL DEFAULT 0,"
                    "  connect_timeout_ms INTEGER NOT NULL DEFAULT 10000,"
                    "  overall_timeout_ms INTEGER NOT NULL DEFAULT 600000,"
                    "  idle_timeout_ms INTEGER NOT NULL DEFAULT 60000,"
                    "  key_ref TEXT NOT NULL DEFAULT ''"
                    "    CHECK (key_ref = '' OR key_ref LIKE 'env:%' OR key_ref LIKE 'keychain:%')"
                    ")"_s,
            },
    };
}

// Conversion runs (issue 5): one row per finished conversion; summary holds
// the JSON loss report (counts by kind with examples, bytes, seconds). Kept
// short: the whole schema still fits in the database's first page.
Migration version3()
{
    return Migration{
            3,
            {
                    u"CREATE TABLE conversion_runs (id INTEGER PRIMARY KEY,"
                    " finished_at TEXT NOT NULL, input TEXT NOT NULL, output TEXT NOT NULL,"
                    " from_format TEXT NOT NULL, to_format TEXT NOT NULL,"
                    " records_in INTEGER NOT NULL, converted INTEGER NOT NULL,"
                    " rejected INTEGER NOT NULL, summary TEXT NOT NULL)"_s,
            },
    };
}

// Prompts, test cases and batch runs (issue 4). Page 1 of the file holds the
// whole schema, so this step adds two compact tables:
// - kv: JSON documents under ordered text keys (runstore.h, promptstore.h):
//   "p/<prompt>" and "p/<prompt>\n<endpoint>\n<version>" prompts and their
//   versions, "c/<case id>" cases, "r/<run id>" runs, "g/<run>/<case>"
//   ratings, "x/<cache key>" cached responses (ids zero-padded).
// - results: one row per cell (run, case, endpoint, repeat), the result as JSON.
Migration version4()
{
    return Migration{
            4,
            {
                    u"CREATE TABLE kv(k PRIMARY KEY,v)WITHOUT ROWID"_s,
                    u"CREATE TABLE results(run,cs,ep,rep,v,PRIMARY KEY(run,cs,ep,rep))WITHOUT ROWID"_s,
            },
    };
}

} // namespace

const QList<Migration> &migrations()
{
    static const QList<Migration> all{version1(), version2(), version3(), version4()};
    return all;
}

} // namespace Cutover::Schema
