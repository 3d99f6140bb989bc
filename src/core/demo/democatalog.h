// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>

// What the demo world is made of: models with their list prices, the tickers the market agents
// look up, the agents and their tools, and the service instances that run them.
namespace hearth::core::demo::catalog {

struct Model
{
    const char *provider; // gen_ai.system / gen_ai.provider.name as Pydantic AI sets them
    const char *requestModel;
    const char *responseModel;
    const char *serverAddress;
    double inputPerMTok; // USD per million tokens
    double outputPerMTok;
    double timeToFirstToken; // seconds, median
    double tokensPerSecond;
};

enum ModelId { Gpt4o, Gpt4oMini, ClaudeSonnet, ClaudeHaiku, GeminiFlash, GeminiPro, ModelCount };

inline constexpr Model kModels[ModelCount] = {
    {"openai", "gpt-4o", "gpt-4o-2024-08-06", "api.openai.com", 2.50, 10.00, 0.45, 90},
    {"openai", "gpt-4o-mini", "gpt-4o-mini-2024-07-18", "api.openai.com", 0.15, 0.60, 0.35, 120},
    {"anthropic", "claude-sonnet-4-5", "claude-sonnet-4-5-20250929", "api.anthropic.com", 3.00,
     15.00, 0.85, 70},
    {"anthropic", "claude-haiku-4-5", "claude-haiku-4-5-20251001", "api.anthropic.com", 1.00, 5.00,
     0.50, 140},
    {"google-gla", "gemini-2.5-flash", "gemini-2.5-flash", "generativelanguage.googleapis.com",
     0.30, 2.50, 0.40, 180},
    {"google-gla", "gemini-2.5-pro", "gemini-2.5-pro", "generativelanguage.googleapis.com", 1.25,
     10.00, 1.10, 80},
};

struct Ticker
{
    const char *symbol;
    const char *company;
    double price;
    double pe;
    double marketCapB; // billions of USD
};

inline constexpr Ticker kTickers[] = {
    {"AAPL", "Apple Inc.", 227.48, 34.2, 3410},
    {"MSFT", "Microsoft Corp.", 415.10, 36.8, 3090},
    {"NVDA", "NVIDIA Corp.", 141.95, 55.1, 3480},
    {"GOOGL", "Alphabet Inc.", 171.30, 23.4, 2110},
    {"AMZN", "Amazon.com Inc.", 198.40, 42.7, 2080},
    {"META", "Meta Platforms", 563.20, 27.9, 1420},
    {"TSLA", "Tesla Inc.", 331.60, 88.3, 1060},
    {"AMD", "Advanced Micro Devices", 137.80, 118.5, 223},
    {"NFLX", "Netflix Inc.", 897.10, 49.6, 384},
    {"JPM", "JPMorgan Chase", 243.50, 13.1, 686},
    {"V", "Visa Inc.", 309.70, 31.8, 602},
    {"ASML", "ASML Holding", 688.40, 36.2, 271},
};

enum class ToolKind { Price, Fundamentals, News, Filings };

struct Tool
{
    ToolKind kind;
    const char *name;
    const char *host;
    const char *path; // symbol appended
    const char *query; // empty or "q={symbol}&..." with the symbol substituted
    const char *function; // Python function in the worker's tools module
    int line;
};

inline constexpr Tool kTools[] = {
    {ToolKind::Price, "fetch_price", "api.example.com", "/price/", "", "fetch_price", 42},
    {ToolKind::Fundamentals, "fetch_fundamentals", "api.example.com", "/fundamentals/", "",
     "fetch_fundamentals", 58},
    {ToolKind::News, "fetch_news", "newsapi.example.com", "/v2/everything",
     "pageSize=5&q=", "fetch_news", 77},
    {ToolKind::Filings, "search_filings", "efts.sec.gov", "/LATEST/search-index",
     "forms=10-K,10-Q&q=", "search_filings", 96},
};

struct Agent
{
    const char *name;
    const char *gatewayRoute;
    ModelId models[2];
    double firstModelShare;
    ToolKind tools[3];
    const char *systemPrompt;
    const char *tag;
};

inline constexpr Agent kAgents[] = {
    {"market_agent",
     "/v1/analyze",
     {Gpt4o, Gpt4oMini},
     0.7,
     {ToolKind::Price, ToolKind::Fundamentals, ToolKind::News},
     "You are a market data analyst. Use available tools to fetch data.",
     "market-analysis"},
    {"research_agent",
     "/v1/research",
     {ClaudeSonnet, ClaudeHaiku},
     0.75,
     {ToolKind::Filings, ToolKind::Fundamentals, ToolKind::News},
     "You are an equity research assistant. Cite filings and keep answers under 120 words.",
     "research"},
    {"summary_agent",
     "/v1/summarize",
     {GeminiFlash, GeminiPro},
     0.8,
     {ToolKind::News, ToolKind::Price, ToolKind::News},
     "Summarise market news for a busy portfolio manager in three bullet points.",
     "summaries"},
    {"risk_agent",
     "",
     {Gpt4oMini, ClaudeHaiku},
     0.6,
     {ToolKind::Price, ToolKind::Fundamentals, ToolKind::Price},
     "You assess portfolio risk. Report concentration and valuation risks.",
     "risk"},
};
enum AgentId { MarketAgent, ResearchAgent, SummaryAgent, RiskAgent };

struct Instance
{
    const char *service;
    const char *environment;
    const char *host;
    std::int64_t pidBase;
    const char *oldVersion; // before the deploy two days before the end
    const char *newVersion;
    bool staging; // staging runs Pydantic AI 2.x (instrumentation v5 span names)
};

enum InstanceId {
    GatewayProd,
    WorkerProdA,
    WorkerProdB,
    GatewayStaging,
    WorkerStaging,
    InstanceCount
};

inline constexpr Instance kInstances[InstanceCount] = {
    {"gateway", "prod", "gw-prod-7f9c4", 7, "2.3.1", "2.4.0", false},
    {"agent-worker", "prod", "worker-prod-5d8b2", 12, "1.14.1", "1.15.0", false},
    {"agent-worker", "prod", "worker-prod-9a1e6", 12, "1.14.1", "1.15.0", false},
    {"gateway", "staging", "gw-staging-3c2a1", 7, "2.4.0", "2.5.0rc1", true},
    {"agent-worker", "staging", "worker-staging-6e4f0", 12, "1.15.0", "1.16.0rc2", true},
};

} // namespace hearth::core::demo::catalog
