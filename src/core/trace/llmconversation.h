// SPDX-License-Identifier: MIT
#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace hearth::core::trace {

// A neutral form of an LLM conversation, whatever the instrumentation wrote (logfire.md §5.3).
struct LlmPart
{
    enum class Type { Text, Thinking, ToolCall, ToolResult, Media, Other };
    Type type = Type::Text;
    std::string text; // text/thinking content, media url, or raw JSON for Other
    std::string name; // tool name
    std::string id; // tool call id
    nlohmann::json payload; // tool call arguments or tool result (object, array or string)
    std::string mimeType;
};

struct LlmMessage
{
    std::string role; // system, user, assistant, tool
    std::vector<LlmPart> parts;
    std::string finishReason;
    bool output = false; // produced by this request (gen_ai.output.messages, gen_ai.choice)
};

struct LlmConversation
{
    enum class Source {
        None,
        OtelMessages,
        PydanticAllMessages,
        LegacyEvents,
        RequestResponseData
    };
    Source source = Source::None;
    std::vector<LlmMessage> messages;
    bool empty() const { return messages.empty(); }
};

// Reads the conversation from a span's attributes object. Prefers gen_ai.input/output.messages
// (with gen_ai.system_instructions), then pydantic_ai.all_messages, then the legacy `events`
// array, then Logfire's OpenAI request_data/response_data. Attribute values may be JSON text.
LlmConversation parseConversation(const nlohmann::json &attributes);

const char *sourceName(LlmConversation::Source source);

} // namespace hearth::core::trace
