// SPDX-License-Identifier: MIT
#include "core/io/chunkreader.h"

#include <cstring>
#include <QCoreApplication>
#include <QFileInfo>

namespace hearth::core::io {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(hearth::core::Io)
};

constexpr size_t kChunk = 1 << 20;
} // namespace

ChunkReader::~ChunkReader()
{
    if (m_file)
        std::fclose(m_file);
}

Status ChunkReader::open(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return Error::make(Error::Code::NotFound, Tr::tr("'%1' does not exist.").arg(path));
    if (info.isDir())
        return Error::make(Error::Code::Io, Tr::tr("'%1' is a folder.").arg(path));
    m_file = std::fopen(QFile::encodeName(path).constData(), "rb");
    if (!m_file)
        return Error::make(
            Error::Code::Io,
            Tr::tr("Cannot read '%1': %2").arg(path, QString::fromLocal8Bit(std::strerror(errno))));
    m_total = info.size();
    m_buffer.resize(kChunk);
    setg(m_buffer.data(), m_buffer.data(), m_buffer.data());
    return {};
}

ChunkReader::int_type ChunkReader::underflow()
{
    if (gptr() < egptr())
        return traits_type::to_int_type(*gptr());
    if (!m_file)
        return traits_type::eof();
    const size_t n = std::fread(m_buffer.data(), 1, m_buffer.size(), m_file);
    if (n == 0)
        return traits_type::eof();
    m_read += static_cast<qint64>(n);
    setg(m_buffer.data(), m_buffer.data(), m_buffer.data() + n);
    return traits_type::to_int_type(*gptr());
}

bool ChunkReader::readLine(std::string &line)
{
    line.clear();
    if (sgetc() == traits_type::eof())
        return false;
    for (;;) {
        char *begin = gptr();
        char *end = egptr();
        char *nl = static_cast<char *>(std::memchr(begin, '\n', static_cast<size_t>(end - begin)));
        if (nl) {
            line.append(begin, nl);
            gbump(static_cast<int>(nl - begin + 1));
            break;
        }
        line.append(begin, end);
        gbump(static_cast<int>(end - begin));
        if (underflow() == traits_type::eof())
            break;
    }
    if (!line.empty() && line.back() == '\r')
        line.pop_back();
    return true;
}

std::string ChunkReader::peek(size_t max)
{
    if (sgetc() == traits_type::eof())
        return {};
    // The first chunk is at least 1 MiB (or the whole file), enough for every sniff.
    return std::string(gptr(), std::min<size_t>(max, static_cast<size_t>(egptr() - gptr())));
}

} // namespace hearth::core::io
