// SPDX-License-Identifier: MIT
#pragma once

#include "core/result.h"
#include "core/store/record.h"

#include <string>
#include <vector>

namespace hearth::core {
class Store;
}

namespace hearth::core::trace::samples {

// Hand-made traces shaped like real instrumentation output, for tests, benchmarks and screenshots
// until (and besides) the demo generator: each returns the rows of one trace.

// FastAPI request → Pydantic AI agent run → two model requests (gen_ai.input/output.messages) and
// a tool call into a second service with a database query and logs.
std::vector<Record> agentTrace(const std::string &traceId, Micros t0);
// A checkout that fails: an exception event, a stack trace, a warning log, an error status.
std::vector<Record> exceptionTrace(const std::string &traceId, Micros t0);
// Older formats: an OpenAI span with the legacy `events` attribute, an agent run carrying
// pydantic_ai.all_messages, and a pending span that is still running.
std::vector<Record> legacyLlmTrace(const std::string &traceId, Micros t0);

// A large batch-job trace of about `spans` spans (scheduler → shards → items → db/http/cache
// calls, two services, a few errors), written with Store::write in batches.
Status writeBigTrace(Store &store, const std::string &traceId, int spans, Micros t0);

std::string makeTraceId(std::uint64_t n);

} // namespace hearth::core::trace::samples
