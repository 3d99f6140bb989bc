// SPDX-License-Identifier: MIT
#pragma once

#include "core/async/jobtracker.h"
#include "core/io/importer.h"

#include <atomic>
#include <memory>
#include <QDialog>

class QLabel;
class QListWidget;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QTimer;

namespace hearth::app {

class AppContext;

// File → Import: the files to load, what to do with a malformed line (stop and import nothing, or
// skip it and list it), a progress bar over the bytes read, and Cancel, which leaves the store as
// it was. The import runs on the thread pool on its own writer connection.
class ImportDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ImportDialog(AppContext *context, QWidget *parent = nullptr);
    ~ImportDialog() override;

    void setFiles(const QStringList &paths);
    QStringList files() const;
    void setSkipMalformed(bool skip);
    bool running() const { return m_running; }

public Q_SLOTS:
    void startImport();
    void cancelImport();

Q_SIGNALS:
    // After every run: ok = the import committed.
    void importFinished(bool ok);

private:
    struct Progress
    {
        std::atomic<qint64> done {0};
        std::atomic<qint64> total {0};
    };

    void addFiles();
    void updateProgress();
    void showResult(const core::Result<core::io::ImportReport> &result);
    void setRunning(bool running);

    AppContext *m_context;
    QListWidget *m_files = nullptr;
    QRadioButton *m_stop = nullptr;
    QRadioButton *m_skip = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_status = nullptr;
    QPlainTextEdit *m_issues = nullptr;
    QPushButton *m_addButton = nullptr;
    QPushButton *m_importButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QPushButton *m_closeButton = nullptr;
    QTimer *m_poll = nullptr;
    std::shared_ptr<Progress> m_shared;
    core::CancelTokenPtr m_cancel;
    bool m_running = false;
    core::JobTracker m_job;
};

} // namespace hearth::app
