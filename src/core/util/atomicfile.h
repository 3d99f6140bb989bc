// SPDX-License-Identifier: MIT
#pragma once

#include "core/result.h"

#include <memory>
#include <QByteArray>
#include <QFileDevice>
#include <QString>

class QSaveFile;

namespace hearth::core {

// A file that appears at its path whole or not at all. Bytes go to a temporary file in the same
// folder, every write is checked, the data is synced, and only commit() renames it over `path`;
// until then any previous file there is untouched, and a cancelled or destroyed AtomicFile leaves
// no temporary file behind.
//
// Why not QSaveFile alone: Qt 6.4's QSaveFile::commit() does not notice a write that fails while
// its buffer is flushed on close (disk full, file size limit) and renames the short file into
// place. AtomicFile writes unbuffered, retries short writes until the OS names its error, and
// syncs before the rename.
class AtomicFile
{
public:
    explicit AtomicFile(const QString &path);
    ~AtomicFile(); // cancels unless committed
    AtomicFile(const AtomicFile &) = delete;
    AtomicFile &operator=(const AtomicFile &) = delete;

    // `permissions` empty keeps those of the file being replaced (or the umask default).
    bool open(QFileDevice::Permissions permissions = {});
    bool write(const char *data, qint64 size);
    bool write(const QByteArray &bytes) { return write(bytes.constData(), bytes.size()); }
    bool commit();
    void cancel();

    QString path() const { return m_path; }
    // The cause of the first failure, in the OS's words ("No space left on device").
    QString errorString() const { return m_error; }
    // "Cannot write <path>: <cause>. The previous file, if any, is unchanged."
    Error error() const;

private:
    bool fail(const QString &why);

    QString m_path;
    std::unique_ptr<QSaveFile> m_file;
    QString m_error;
};

// Whole-buffer writes: AtomicFile::open, write, commit; the error names the path and the cause.
Status writeFileAtomically(const QString &path, const QByteArray &bytes,
                           QFileDevice::Permissions permissions = {});

// Renames `from` over `to` in one step (rename(2) replaces atomically), then syncs the folder so
// the new name survives a crash. On failure `to` is untouched and `*why` holds the OS's reason.
bool replaceFile(const QString &from, const QString &to, QString *why);

} // namespace hearth::core
