// SPDX-License-Identifier: MIT
#pragma once

#include <array>
#include <charconv>
#include <cstdint>
#include <string>
#include <string_view>

namespace hearth::core::demo {

// Appends JSON text to a string. The demo writes a million rows of attributes; building
// nlohmann::json objects for each costs more than the SQLite insert, so the generator streams
// text instead. Escaping follows RFC 8259; the tests check every column with json_valid().
class JsonWriter
{
public:
    explicit JsonWriter(std::string &out) : m_out(out) { }

    JsonWriter &beginObject() { return open('{'); }
    JsonWriter &endObject() { return close('}'); }
    JsonWriter &beginArray() { return open('['); }
    JsonWriter &endArray() { return close(']'); }

    JsonWriter &key(std::string_view k)
    {
        comma();
        appendString(m_out, k);
        m_out.push_back(':');
        m_afterKey = true;
        return *this;
    }

    JsonWriter &value(std::string_view v)
    {
        comma();
        appendString(m_out, v);
        return *this;
    }
    JsonWriter &value(const char *v) { return value(std::string_view(v)); }
    JsonWriter &value(const std::string &v) { return value(std::string_view(v)); }
    JsonWriter &value(std::int64_t v)
    {
        comma();
        appendNumber(m_out, v);
        return *this;
    }
    JsonWriter &value(int v) { return value(static_cast<std::int64_t>(v)); }
    JsonWriter &value(double v)
    {
        comma();
        appendNumber(m_out, v);
        return *this;
    }
    JsonWriter &value(bool v)
    {
        comma();
        m_out += v ? "true" : "false";
        return *this;
    }
    // Already-serialised JSON (a pre-rendered message, a cached object).
    JsonWriter &raw(std::string_view json)
    {
        comma();
        m_out += json;
        return *this;
    }

    template<typename T> JsonWriter &field(std::string_view k, const T &v)
    {
        key(k);
        return value(v);
    }
    JsonWriter &rawField(std::string_view k, std::string_view json)
    {
        key(k);
        return raw(json);
    }

    static void appendString(std::string &out, std::string_view s)
    {
        static constexpr char kHex[] = "0123456789abcdef";
        out.push_back('"');
        for (const char c : s) {
            const auto u = static_cast<unsigned char>(c);
            switch (c) {
            case '"':
                out += "\\\"";
                break;
            case '\\':
                out += "\\\\";
                break;
            case '\n':
                out += "\\n";
                break;
            case '\r':
                out += "\\r";
                break;
            case '\t':
                out += "\\t";
                break;
            default:
                if (u < 0x20) {
                    out += "\\u00";
                    out.push_back(kHex[u >> 4]);
                    out.push_back(kHex[u & 0xf]);
                } else {
                    out.push_back(c);
                }
            }
        }
        out.push_back('"');
    }
    static void appendNumber(std::string &out, std::int64_t v)
    {
        std::array<char, 24> buf {};
        const auto res = std::to_chars(buf.data(), buf.data() + buf.size(), v);
        out.append(buf.data(), res.ptr);
    }
    // Shortest round-trip form; the generator never produces NaN or infinity.
    static void appendNumber(std::string &out, double v)
    {
        std::array<char, 32> buf {};
        const auto res = std::to_chars(buf.data(), buf.data() + buf.size(), v);
        out.append(buf.data(), res.ptr);
    }

private:
    JsonWriter &open(char c)
    {
        comma();
        m_out.push_back(c);
        m_first[++m_depth] = true;
        return *this;
    }
    JsonWriter &close(char c)
    {
        m_out.push_back(c);
        --m_depth;
        return *this;
    }
    void comma()
    {
        if (m_afterKey) {
            m_afterKey = false;
            return;
        }
        if (!m_first[m_depth])
            m_out.push_back(',');
        m_first[m_depth] = false;
    }

    std::string &m_out;
    std::array<bool, 32> m_first {true};
    int m_depth = 0;
    bool m_afterKey = false;
};

} // namespace hearth::core::demo
