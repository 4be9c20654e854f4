#pragma once

// Shared set-up for the run tests: a real project with two endpoints on the
// fake LLM server, a prompt and test cases.
#include "core/endpoints/endpointstore.h"
#include "core/project/projectfile.h"
#include "core/prompts/promptstore.h"
#include "core/runs/casestore.h"

#include <QTest>

namespace Cutover::RunTest {

inline Endpoint endpoint(const QString &name, const QString &baseUrl, int maxConcurrent = 4)
{
    Endpoint e;
    e.name = name;
    e.protocol = EndpointProtocol::OpenAi;
    e.baseUrl = baseUrl;
    e.model = name + QStringLiteral("-model");
    e.prices.input = 1.0;
    e.prices.output = 2.0;
    e.limits.maxConcurrent = maxConcurrent;
    return e;
}

inline Prompt prompt(const QString &name, const QString &userText)
{
    Prompt p;
    p.name = name;
    PromptVersions::append(p.versions, {TemplateMessage{ChatRole::User, userText}}, QString(),
                           QDateTime::currentDateTimeUtc());
    return p;
}

// Cases q=case-1..case-n, each asserting that the answer contains its q.
inline QList<TestCase> cases(int n)
{
    QList<TestCase> all;
    for (int i = 1; i <= n; ++i) {
        TestCase c;
        const QString q = QStringLiteral("case-%1").arg(i);
        c.variables.insert(QStringLiteral("q"), q);
        c.reference = QStringLiteral("Q: ") + q;
        c.assertions = {Assertion::contains({q}, ContainsMode::All)};
        all.append(c);
    }
    return all;
}

// A project with endpoints "base" and "cand" at `baseUrl`, the prompt
// "triage" ("Q: {{q}}") and `caseCount` cases.
inline bool setUp(QSqlDatabase db, const QString &baseUrl, int caseCount, int maxConcurrent = 4)
{
    for (const QString &name : {QStringLiteral("base"), QStringLiteral("cand")}) {
        if (auto r = EndpointStore::save(db, endpoint(name, baseUrl, maxConcurrent)); !r) {
            qWarning("%s", qPrintable(r.error().message));
            return false;
        }
    }
    if (auto r = PromptStore::add(db, prompt(QStringLiteral("triage"), QStringLiteral("Q: {{q}}")));
        !r) {
        qWarning("%s", qPrintable(r.error().message));
        return false;
    }
    if (auto r = CaseStore::add(db, cases(caseCount)); !r) {
        qWarning("%s", qPrintable(r.error().message));
        return false;
    }
    return true;
}

} // namespace Cutover::RunTest
