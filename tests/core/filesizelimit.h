// SPDX-License-Identifier: MIT
#pragma once

#include <cerrno>
#include <csignal>
#include <cstring>
#include <QByteArray>
#include <QFile>
#include <QProcess>
#include <QString>
#include <sys/resource.h>

namespace hearth::test {

// The whole content of a file, or "<missing>" (so a comparison failure says which it was).
inline QByteArray fileContents(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<missing>");
}

// Writes a file the plain way, to set up "the previous file" a failed write must leave alone.
inline bool writePlainFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

// A disk that fills up, without root: while this lives, the kernel refuses to grow any file of
// this process past `bytes` (writes fail with EFBIG; SIGXFSZ is ignored so it does not kill us).
// The previous limit comes back on destruction.
class FileSizeLimit
{
public:
    explicit FileSizeLimit(rlim_t bytes)
    {
        std::signal(SIGXFSZ, SIG_IGN);
        m_ok = getrlimit(RLIMIT_FSIZE, &m_old) == 0;
        rlimit small = m_old;
        small.rlim_cur = bytes;
        m_ok = m_ok && setrlimit(RLIMIT_FSIZE, &small) == 0;
    }
    ~FileSizeLimit() { restore(); }
    FileSizeLimit(const FileSizeLimit &) = delete;
    FileSizeLimit &operator=(const FileSizeLimit &) = delete;

    bool ok() const { return m_ok; }
    bool restore()
    {
        if (!m_ok)
            return false;
        m_ok = false;
        return setrlimit(RLIMIT_FSIZE, &m_old) == 0;
    }

    // How the OS words the failure ("File too large"), as error messages should show it.
    static QString cause() { return QString::fromLocal8Bit(std::strerror(EFBIG)); }

private:
    rlimit m_old {};
    bool m_ok = false;
};

// The same disk for a child process only (hearth-cli): the limit is set between fork and exec, so
// this test process is unaffected.
inline void limitChildFileSize(QProcess &process, rlim_t bytes)
{
    process.setChildProcessModifier([bytes] {
        std::signal(SIGXFSZ, SIG_IGN);
        rlimit limit {};
        if (getrlimit(RLIMIT_FSIZE, &limit) == 0) {
            limit.rlim_cur = bytes;
            setrlimit(RLIMIT_FSIZE, &limit);
        }
    });
}

} // namespace hearth::test
