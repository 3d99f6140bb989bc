// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <string>
#include <vector>

namespace hearth::core::io {

class ChunkReader;

// RFC 4180 records from a ChunkReader: quoted fields may hold commas, doubled quotes and newlines,
// so a record can span several physical lines. Streams: only the current record is in memory.
class CsvReader
{
public:
    enum class Outcome { Record, End, Malformed };

    explicit CsvReader(ChunkReader &in) : m_in(in) { }

    // The next record; on Malformed, `error()` says why and the reader has skipped to the next
    // line.
    Outcome next(std::vector<std::string> &fields);
    // Physical line (1-based) where the last record started.
    qint64 recordLine() const { return m_recordLine; }
    const QString &error() const { return m_error; }

private:
    void skipRestOfLine();

    ChunkReader &m_in;
    qint64 m_line = 1;
    qint64 m_recordLine = 0;
    QString m_error;
};

} // namespace hearth::core::io
