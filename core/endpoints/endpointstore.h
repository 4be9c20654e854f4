#pragma once

#include "core/endpoints/endpoint.h"
#include "core/util/result.h"

#include <QSqlDatabase>

namespace Cutover::EndpointStore {

// The project's endpoints in their stored order.
Result<QList<Endpoint>> load(QSqlDatabase db);

// Inserts the endpoint (id 0) or updates the row with its id, in one
// BEGIN IMMEDIATE transaction; returns the row id. Refuses an endpoint that
// validateEndpoint() rejects or whose name another endpoint already has.
Result<qint64> save(QSqlDatabase db, const Endpoint &endpoint);

// Marks the named endpoint baseline or candidate (or other); for baseline and
// candidate, the endpoint that held the role before becomes "other", in the
// same transaction, so each role has at most one endpoint.
Result<void> setRole(QSqlDatabase db, const QString &name, EndpointRole role);

// Removes the endpoint with that name; an unknown name is an error.
Result<void> remove(QSqlDatabase db, const QString &name);

} // namespace Cutover::EndpointStore
