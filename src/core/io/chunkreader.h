// SPDX-License-Identifier: MIT
#pragma once

#include "core/result.h"

#include <cstdio>
#include <memory>
#include <QString>
#include <streambuf>
#include <string>
#include <vector>

namespace hearth::core::io {

// Reads a file in 1 MiB chunks as a std::streambuf (for nlohmann's SAX parser and getline) and
// knows how far it got, so that imports of multi-GB files run in constant memory with progress.
class ChunkReader : public std::streambuf
{
public:
    ChunkReader() = default;
    ~ChunkReader() override;
    ChunkReader(const ChunkReader &) = delete;
    ChunkReader &operator=(const ChunkReader &) = delete;

    Status open(const QString &path);
    qint64 totalBytes() const { return m_total; }
    // Bytes handed to the parser so far.
    qint64 position() const { return m_read - (egptr() - gptr()); }

    // One line without its "\n" / "\r\n"; false at the end of the file.
    bool readLine(std::string &line);
    // Up to `max` bytes from the current position, without consuming them.
    std::string peek(size_t max);

protected:
    int_type underflow() override;

private:
    std::FILE *m_file = nullptr;
    std::vector<char> m_buffer;
    qint64 m_total = 0;
    qint64 m_read = 0;
};

} // namespace hearth::core::io
