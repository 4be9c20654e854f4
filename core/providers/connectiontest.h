#pragma once

#include "core/endpoints/endpoint.h"
#include "core/providers/chattypes.h"

namespace Cutover {

// The tiny request behind "Test connection": one short user message, a few
// output tokens, not streamed, temperature left to the endpoint.
ChatRequest connectionTestRequest();

// One or two plain, translated sentences about a test call's outcome: the
// model that answered and the latency, or the provider's error.
QString describeConnectionTest(const Endpoint &endpoint, const ChatResult &result);

} // namespace Cutover
