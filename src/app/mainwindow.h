// SPDX-License-Identifier: MIT
#pragma once

#include "core/async/jobtracker.h"

#include <QMainWindow>

class QLabel;
class QListWidget;
class QStackedWidget;

namespace hearth::app {

class AppContext;
class CommandPalette;
class ConnectionSwitcher;
class ReceiverController;

// The shell: navigation on the left (Live, Explore, Dashboards, Trace, Alerts, Settings), one page
// at a time on the right, the open store and its record count in the status bar.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    enum Page { Live, Explore, Dashboards, Trace, Alerts, Settings };
    Q_ENUM(Page)

    explicit MainWindow(AppContext *context, QWidget *parent = nullptr);
    ~MainWindow() override;

    void showPage(Page page);
    Page currentPage() const;
    ReceiverController *receiver() const { return m_receiver; }

    // Opens the store file at `path`, showing a dialog naming the cause if that fails.
    bool openStoreFile(const QString &path);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createCommandPalette();
    void createNavigation();
    void refreshStatus();
    void openStoreDialog();
    void restoreWindowState();
    void saveWindowState();

    AppContext *m_context;
    QListWidget *m_nav = nullptr;
    QStackedWidget *m_pages = nullptr;
    QLabel *m_storeLabel = nullptr;
    QLabel *m_countLabel = nullptr;
    CommandPalette *m_palette = nullptr;
    ConnectionSwitcher *m_connections = nullptr;
    ReceiverController *m_receiver = nullptr;
    QLabel *m_connectionLabel = nullptr;
    core::JobTracker m_countJob;
};

} // namespace hearth::app
