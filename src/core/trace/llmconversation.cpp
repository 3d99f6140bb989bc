// SPDX-License-Identifier: MIT
#include "core/trace/llmconversation.h"

namespace hearth::core::trace {

namespace {

using nlohmann::json;

// Attribute values arrive either as JSON or as JSON text inside a string.
json decoded(const json &value)
{
    if (value.is_string()) {
        const auto &text = value.get_ref<const std::string &>();
        if (!text.empty() && (text.front() == '[' || text.front() == '{')) {
            auto parsed = json::parse(text, nullptr, false);
            if (!parsed.is_discarded())
                return parsed;
        }
    }
    return value;
}

json attribute(const json &attributes, const char *key)
{
    const auto it = attributes.find(key);
    return it == attributes.end() ? json() : decoded(*it);
}

std::string stringOf(const json &value)
{
    if (value.is_string())
        return value.get<std::string>();
    if (value.is_null())
        return {};
    return value.dump();
}

LlmPart otelPart(const json &part)
{
    LlmPart out;
    if (part.is_string()) {
        out.text = part.get<std::string>();
        return out;
    }
    if (!part.is_object()) {
        out.type = LlmPart::Type::Other;
        out.text = part.dump();
        return out;
    }
    const std::string type = part.value("type", std::string("text"));
    if (type == "text" || type == "thinking") {
        out.type = type == "text" ? LlmPart::Type::Text : LlmPart::Type::Thinking;
        out.text = stringOf(part.value("content", json()));
    } else if (type == "tool_call") {
        out.type = LlmPart::Type::ToolCall;
        out.name = stringOf(part.value("name", json()));
        out.id = stringOf(part.value("id", json()));
        out.payload = decoded(part.value("arguments", json()));
    } else if (type == "tool_call_response") {
        out.type = LlmPart::Type::ToolResult;
        out.name = stringOf(part.value("name", json()));
        out.id = stringOf(part.value("id", json()));
        // Pydantic AI writes `result`; Logfire's own semconv types call it `response`.
        out.payload
            = decoded(part.contains("result") ? part["result"] : part.value("response", json()));
    } else if (type.ends_with("-url") || type == "uri" || type == "blob" || type == "binary"
               || type == "file") {
        out.type = LlmPart::Type::Media;
        out.text = stringOf(part.contains("url")           ? part["url"]
                                : part.contains("uri")     ? part["uri"]
                                : part.contains("file_id") ? part["file_id"]
                                                           : json(type));
        out.mimeType = part.value("mime_type", part.value("media_type", std::string()));
    } else {
        out.type = LlmPart::Type::Other;
        out.text = part.dump();
    }
    return out;
}

void appendOtelMessages(const json &messages, bool output, std::vector<LlmMessage> &out)
{
    if (!messages.is_array())
        return;
    for (const auto &m : messages) {
        if (!m.is_object())
            continue;
        LlmMessage message;
        message.role = m.value("role", std::string("assistant"));
        message.finishReason = stringOf(m.value("finish_reason", json()));
        message.output = output;
        const auto parts = m.find("parts");
        if (parts != m.end() && parts->is_array()) {
            for (const auto &p : *parts)
                message.parts.push_back(otelPart(p));
        } else if (m.contains("content")) {
            message.parts.push_back(otelPart(m["content"]));
        }
        out.push_back(std::move(message));
    }
}

// OpenAI-style content: a string, or a list of {"type": "text", "text": ...} items.
void appendOpenAiContent(const json &content, LlmMessage &message)
{
    if (content.is_null())
        return;
    if (content.is_array()) {
        for (const auto &item : content) {
            LlmPart part;
            if (item.is_object() && (item.contains("text") || item.contains("content"))) {
                part.text = stringOf(item.contains("text") ? item["text"] : item["content"]);
            } else if (item.is_object() && item.contains("image_url")) {
                part.type = LlmPart::Type::Media;
                part.text = stringOf(item["image_url"].is_object()
                                         ? item["image_url"].value("url", json())
                                         : item["image_url"]);
            } else {
                part.text = stringOf(item);
            }
            message.parts.push_back(std::move(part));
        }
        return;
    }
    LlmPart part;
    part.text = stringOf(content);
    message.parts.push_back(std::move(part));
}

LlmMessage openAiMessage(const json &m, bool output)
{
    LlmMessage message;
    message.output = output;
    message.role = m.value("role", std::string(output ? "assistant" : "user"));
    if (message.role == "tool") {
        LlmPart part;
        part.type = LlmPart::Type::ToolResult;
        part.id = stringOf(m.value("tool_call_id", m.value("id", json())));
        part.name = stringOf(m.value("name", json()));
        part.payload = decoded(m.value("content", json()));
        message.parts.push_back(std::move(part));
        return message;
    }
    appendOpenAiContent(m.value("content", json()), message);
    const auto calls = m.find("tool_calls");
    if (calls != m.end() && calls->is_array()) {
        for (const auto &call : *calls) {
            LlmPart part;
            part.type = LlmPart::Type::ToolCall;
            part.id = stringOf(call.value("id", json()));
            const json function = call.value("function", json::object());
            part.name = stringOf(function.value("name", json()));
            part.payload = decoded(function.value("arguments", json()));
            message.parts.push_back(std::move(part));
        }
    }
    return message;
}

void appendLegacyEvents(const json &events, std::vector<LlmMessage> &out)
{
    if (!events.is_array())
        return;
    for (const auto &e : events) {
        if (!e.is_object())
            continue;
        const std::string name = e.value("event.name", e.value("name", std::string()));
        if (name == "gen_ai.choice") {
            LlmMessage message = openAiMessage(e.value("message", json::object()), true);
            message.finishReason = stringOf(e.value("finish_reason", json()));
            out.push_back(std::move(message));
            continue;
        }
        if (!name.starts_with("gen_ai.") || !name.ends_with(".message"))
            continue;
        json m = e;
        if (!m.contains("role"))
            m["role"] = name.substr(7, name.size() - 7 - 8); // gen_ai.<role>.message
        out.push_back(openAiMessage(m, false));
    }
}

} // namespace

LlmConversation parseConversation(const json &attributes)
{
    LlmConversation conversation;
    if (!attributes.is_object())
        return conversation;
    const json input = attribute(attributes, "gen_ai.input.messages");
    const json output = attribute(attributes, "gen_ai.output.messages");
    if (input.is_array() || output.is_array()) {
        conversation.source = LlmConversation::Source::OtelMessages;
        const json system = attribute(attributes, "gen_ai.system_instructions");
        if (system.is_array() && !system.empty()) {
            LlmMessage message;
            message.role = "system";
            for (const auto &p : system)
                message.parts.push_back(otelPart(p));
            conversation.messages.push_back(std::move(message));
        }
        appendOtelMessages(input, false, conversation.messages);
        appendOtelMessages(output, true, conversation.messages);
        return conversation;
    }
    const json all = attribute(attributes, "pydantic_ai.all_messages");
    if (all.is_array()) {
        conversation.source = LlmConversation::Source::PydanticAllMessages;
        appendOtelMessages(all, false, conversation.messages);
        return conversation;
    }
    const json events = attribute(attributes, "events");
    if (events.is_array()) {
        conversation.source = LlmConversation::Source::LegacyEvents;
        appendLegacyEvents(events, conversation.messages);
        return conversation;
    }
    const json request = attribute(attributes, "request_data");
    if (request.is_object() && request.contains("messages")) {
        conversation.source = LlmConversation::Source::RequestResponseData;
        for (const auto &m : request["messages"])
            conversation.messages.push_back(openAiMessage(m, false));
        const json response = attribute(attributes, "response_data");
        if (response.is_object() && response.contains("message"))
            conversation.messages.push_back(openAiMessage(response["message"], true));
    }
    return conversation;
}

const char *sourceName(LlmConversation::Source source)
{
    switch (source) {
    case LlmConversation::Source::OtelMessages:
        return "gen_ai.input.messages / gen_ai.output.messages";
    case LlmConversation::Source::PydanticAllMessages:
        return "pydantic_ai.all_messages";
    case LlmConversation::Source::LegacyEvents:
        return "events (legacy)";
    case LlmConversation::Source::RequestResponseData:
        return "request_data / response_data";
    case LlmConversation::Source::None:
        break;
    }
    return "";
}

} // namespace hearth::core::trace
