#pragma once

#include "core/endpoints/endpoint.h"
#include "core/providers/chattypes.h"

#include <QString>

// The key of the response cache: what the server would see, and where.
// SHA-256 (64 lower-case hex digits) over the endpoint's protocol, its base
// URL (trailing slashes ignored) and the exact request body the protocol
// adapter builds — so the model, the effective parameters (endpoint defaults
// merged with the request's overrides), the extra body fields, the tools and
// the rendered messages all take part, in the form the provider receives them.
// Not part of the key: the endpoint's name, id, key reference, prices and
// limits (renaming an endpoint or changing its prices keeps its cache), and
// whether the request streams (the answer is the same).
namespace Cutover::ResponseCacheKey {

QString compute(const Endpoint &endpoint, const ChatRequest &request);

} // namespace Cutover::ResponseCacheKey
