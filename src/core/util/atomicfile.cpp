// SPDX-License-Identifier: MIT
#include "core/util/atomicfile.h"

#include <filesystem>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <system_error>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>
#endif

namespace hearth::core {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(hearth::core::Files)
};

std::filesystem::path fsPath(const QString &path)
{
    return std::filesystem::path(QFile::encodeName(path).toStdString());
}

// Makes a rename durable. Best effort on purpose: the new file is already in place and complete,
// and some file systems refuse to sync a folder; that is no reason to report the write as failed.
void syncFolderOf(const QString &path)
{
#ifdef Q_OS_UNIX
    const QByteArray dir = QFile::encodeName(QFileInfo(path).absolutePath());
    const int fd = ::open(dir.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0) {
        (void)::fsync(fd);
        ::close(fd);
    }
#else
    Q_UNUSED(path);
#endif
}

} // namespace

AtomicFile::AtomicFile(const QString &path) : m_path(path) { }

AtomicFile::~AtomicFile()
{
    cancel();
}

bool AtomicFile::fail(const QString &why)
{
    if (m_error.isEmpty())
        m_error = why;
    cancel();
    return false;
}

Error AtomicFile::error() const
{
    return Error::make(Error::Code::Io,
                       Tr::tr("Cannot write %1: %2. The previous file, if any, is unchanged.")
                           .arg(QDir::toNativeSeparators(m_path), m_error));
}

bool AtomicFile::open(QFileDevice::Permissions permissions)
{
    m_error.clear();
    m_file = std::make_unique<QSaveFile>(m_path);
    // Unbuffered: every write below reaches the OS at once, so its failure is seen here and not
    // lost in a flush on close (the Qt 6.4 QSaveFile bug above).
    if (!m_file->open(QIODevice::WriteOnly | QIODevice::Unbuffered))
        return fail(m_file->errorString());
    if (permissions && !m_file->setPermissions(permissions))
        return fail(Tr::tr("cannot set its permissions"));
    return true;
}

bool AtomicFile::write(const char *data, qint64 size)
{
    if (!m_file || !m_error.isEmpty())
        return false;
    // write(2) may take only part of the bytes (the disk filled up, a size limit was reached);
    // asking again for the rest makes the OS say why.
    while (size > 0) {
        const qint64 written = m_file->write(data, size);
        if (written <= 0) {
            return fail(m_file->error() != QFileDevice::NoError
                            ? m_file->errorString()
                            : Tr::tr("only part of it could be written (disk full or file "
                                     "size limit)"));
        }
        data += written;
        size -= written;
    }
    return true;
}

bool AtomicFile::commit()
{
    if (!m_file || !m_error.isEmpty())
        return false;
#ifdef Q_OS_UNIX
    // QSaveFile syncs too but ignores the answer; a failed sync means bytes may be missing.
    if (::fsync(m_file->handle()) != 0)
        return fail(QString::fromLocal8Bit(std::strerror(errno)));
#endif
    if (!m_file->commit())
        return fail(m_file->errorString());
    m_file.reset();
    syncFolderOf(m_path);
    return true;
}

void AtomicFile::cancel()
{
    if (!m_file)
        return;
    // QSaveFile removes its temporary file when cancelled and destroyed before commit().
    m_file->cancelWriting();
    m_file.reset();
}

Status writeFileAtomically(const QString &path, const QByteArray &bytes,
                           QFileDevice::Permissions permissions)
{
    AtomicFile file(path);
    if (!file.open(permissions) || !file.write(bytes) || !file.commit())
        return file.error();
    return {};
}

bool replaceFile(const QString &from, const QString &to, QString *why)
{
    std::error_code ec;
    std::filesystem::rename(fsPath(from), fsPath(to), ec);
    if (ec) {
        if (why)
            *why = QString::fromLocal8Bit(ec.message());
        return false;
    }
    syncFolderOf(to);
    return true;
}

} // namespace hearth::core
