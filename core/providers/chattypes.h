#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Cutover {

// The neutral request and result that every protocol adapter maps to and from.

enum class ChatRole { System, User, Assistant, Tool };

enum class PartKind {
    Text,       // text
    Image,      // mediaType + base64 data, or url
    ToolCall,   // toolCallId, toolName, arguments (raw JSON text)
    ToolResult, // toolCallId, text, isError
    Reasoning,  // text (+ signature for Anthropic thinking)
};

struct ChatPart
{
    PartKind kind = PartKind::Text;
    QString text;
    QString mediaType;    // Image: image/png, image/jpeg, ...
    QByteArray data;      // Image: base64 text
    QString url;          // Image: http(s) or data: URL
    QString toolCallId;   // ToolCall, ToolResult
    QString toolName;     // ToolCall
    QString arguments;    // ToolCall: JSON text, kept verbatim even if it does not parse
    QString signature;    // Reasoning (Anthropic thinking)
    bool isError = false; // ToolResult

    static ChatPart textPart(const QString &text)
    {
        ChatPart p;
        p.text = text;
        return p;
    }

    friend bool operator==(const ChatPart &, const ChatPart &) = default;
};

struct ChatMessage
{
    ChatRole role = ChatRole::User;
    QList<ChatPart> parts;

    static ChatMessage text(ChatRole role, const QString &text)
    {
        return ChatMessage{role, {ChatPart::textPart(text)}};
    }

    friend bool operator==(const ChatMessage &, const ChatMessage &) = default;
};

struct ToolSpec
{
    QString name;
    QString description;
    QJsonObject parameters; // JSON schema

    friend bool operator==(const ToolSpec &, const ToolSpec &) = default;
};

// Sampling parameters; an unset value is left out of the request so that
// the server's default applies.
struct ChatParams
{
    std::optional<double> temperature;
    std::optional<double> topP;
    std::optional<int> maxTokens;
    QStringList stop;
    std::optional<qint64> seed;

    friend bool operator==(const ChatParams &, const ChatParams &) = default;
};

struct ChatRequest
{
    QList<ChatMessage> messages;
    QList<ToolSpec> tools;
    ChatParams params; // overrides the endpoint's defaults field by field
    bool stream = true;
    QJsonObject extraBody; // merged into the top level of the body (enable_thinking, ...)
};

// Token counts; std::nullopt means the provider did not say (a cut stream,
// a server without usage), which is not the same as zero.
struct TokenUsage
{
    std::optional<qint64> input;       // all prompt tokens, cached ones included
    std::optional<qint64> cachedInput; // the part of input read from the cache
    std::optional<qint64> output;

    friend bool operator==(const TokenUsage &, const TokenUsage &) = default;
};

struct StreamEvent
{
    enum class Kind { TextDelta, ToolCallDelta, ReasoningDelta, Usage, Finish, Error, Meta };
    Kind kind = Kind::TextDelta;
    QString text;       // TextDelta, ReasoningDelta; Error: provider message
    int index = 0;      // ToolCallDelta: position of the call in the reply
    QString toolCallId; // ToolCallDelta (first fragment)
    QString toolName;   // ToolCallDelta (first fragment)
    QString argumentsDelta;
    TokenUsage usage;       // Usage: fields present replace earlier values
    QString finishReason;   // Finish: normalized (stop, length, tool_calls, content_filter, ...)
    QString signature;      // ReasoningDelta (Anthropic signature_delta)
    bool retryable = false; // Error
    QString model;          // Meta: model reported by the server
    QString responseId;     // Meta: provider's response id
};

struct ToolCall
{
    QString id;
    QString name;
    QString arguments; // JSON text as received

    friend bool operator==(const ToolCall &, const ToolCall &) = default;
};

enum class CallStatus { Ok, Error, Incomplete, Cancelled };

struct ChatResult
{
    CallStatus status = CallStatus::Error;
    QString text;
    QString reasoning;
    QString reasoningSignature; // Anthropic thinking signature, to send the thinking back
    QList<ToolCall> toolCalls;
    QString finishReason;
    TokenUsage usage;
    std::optional<qint64> ttftMs; // first text, reasoning or tool-call byte of the last attempt
    qint64 latencyMs = 0;         // from the call's start to its end, retries included
    int attempts = 0;
    int httpStatus = 0;            // of the last attempt; 0 when no response came
    QString requestId;             // x-request-id / request-id of the last attempt
    QStringList attemptRequestIds; // one per attempt that got headers
    QString responseId;
    QString model;
    std::optional<double> cost; // in the prices' currency; unknown if usage or prices are
    QString errorMessage;       // translated, redacted
    QDateTime rateLimitedUntil; // set when the provider asked for a wait too long to sleep
};

QString callStatusKey(CallStatus status);

} // namespace Cutover
