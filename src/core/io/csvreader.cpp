// SPDX-License-Identifier: MIT
#include "core/io/csvreader.h"

#include "core/io/chunkreader.h"

#include <QCoreApplication>

namespace hearth::core::io {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(hearth::core::Io)
};

constexpr int kEof = std::char_traits<char>::eof();
} // namespace

void CsvReader::skipRestOfLine()
{
    for (int c = m_in.sbumpc(); c != kEof; c = m_in.sbumpc()) {
        if (c == '\n') {
            ++m_line;
            return;
        }
    }
}

CsvReader::Outcome CsvReader::next(std::vector<std::string> &fields)
{
    fields.clear();
    m_error.clear();
    // Blank lines between records carry nothing.
    while (m_in.sgetc() == '\n' || m_in.sgetc() == '\r') {
        if (m_in.sbumpc() == '\n')
            ++m_line;
    }
    if (m_in.sgetc() == kEof)
        return Outcome::End;
    m_recordLine = m_line;
    std::string field;
    for (;;) {
        int c = m_in.sbumpc();
        if (c == '"' && field.empty()) {
            // Quoted field: runs to the closing quote; "" is a literal quote.
            for (;;) {
                c = m_in.sbumpc();
                if (c == kEof) {
                    m_error = Tr::tr("a quoted field that starts on line %1 is never closed")
                                  .arg(m_recordLine);
                    return Outcome::Malformed;
                }
                if (c == '"') {
                    if (m_in.sgetc() == '"') {
                        m_in.sbumpc();
                        field += '"';
                        continue;
                    }
                    break;
                }
                if (c == '\n')
                    ++m_line;
                field += static_cast<char>(c);
            }
            c = m_in.sbumpc();
            if (c == '\r' && m_in.sgetc() == '\n')
                c = m_in.sbumpc();
            if (c != ',' && c != '\n' && c != kEof) {
                m_error = Tr::tr("unexpected character '%1' after a closing quote on line %2")
                              .arg(QChar(c))
                              .arg(m_line);
                skipRestOfLine();
                return Outcome::Malformed;
            }
        } else {
            while (c != ',' && c != '\n' && c != kEof) {
                if (c == '\r' && m_in.sgetc() == '\n') {
                    c = m_in.sbumpc();
                    break;
                }
                field += static_cast<char>(c);
                c = m_in.sbumpc();
            }
        }
        fields.push_back(std::move(field));
        field.clear();
        if (c == ',')
            continue;
        if (c == '\n')
            ++m_line;
        return Outcome::Record;
    }
}

} // namespace hearth::core::io
