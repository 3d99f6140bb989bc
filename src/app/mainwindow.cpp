// SPDX-License-Identifier: MIT
#include "app/mainwindow.h"

#include "app/alerts/alertspage.h"
#include "app/appcontext.h"
#include "app/dashboards/dashboardspage.h"
#include "app/dashboards/dashboardview.h"
#include "app/explore/explorepage.h"
#include "app/io/iocontroller.h"
#include "app/live/livepage.h"
#include "app/secrets/secretprompter.h"
#include "app/settings/settingspage.h"
#include "app/shell/commandpalette.h"
#include "app/shell/connectionswitcher.h"
#include "app/shell/receivercontroller.h"
#include "app/shell/shortcutsdialog.h"
#include "app/shell/theme.h"
#include "app/trace/tracepage.h"
#include "core/alerts/alertrule.h"
#include "hearth/version.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>

namespace hearth::app {

MainWindow::MainWindow(AppContext *context, QWidget *parent)
    : QMainWindow(parent), m_context(context), m_countJob(this)
{
    setWindowTitle(tr("Hearth"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/hearth.svg")));

    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    createNavigation();
    m_pages = new QStackedWidget(central);
    m_pages->addWidget(new LivePage(context, m_pages));
    m_pages->addWidget(new ExplorePage(context, m_pages));
    auto *dashboardsPage = new DashboardsPage(context, m_pages);
    m_pages->addWidget(dashboardsPage);
    auto *tracePage = new TracePage(context, m_pages);
    m_pages->addWidget(tracePage);
    auto *alertsPage = new AlertsPage(context, m_pages);
    m_pages->addWidget(alertsPage);
    // A dashboard panel becomes an alert rule that keeps its SQL and variables.
    connect(dashboardsPage->view(), &DashboardView::createAlertRequested, this,
            [this, alertsPage](const QString &title, const QString &sql, const QVariantMap &vars) {
                showPage(Alerts);
                auto rule = core::fromPanel(title, sql, vars);
                rule.engine = m_connections->activeId(); // where the panel's query ran
                alertsPage->createRule(rule);
            });
    auto *settingsPage = new SettingsPage(context, m_pages);
    m_pages->addWidget(settingsPage);
    layout->addWidget(m_nav);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);

    m_storeLabel = new QLabel(this);
    m_storeLabel->setObjectName(QStringLiteral("storeLabel"));
    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(QStringLiteral("recordCountLabel"));
    m_connectionLabel = new QLabel(this);
    m_connectionLabel->setObjectName(QStringLiteral("connectionLabel"));
    statusBar()->addWidget(m_storeLabel, 1);
    // Before anything asks for a token: the dialogs for a missing keychain and a locked vault.
    new SecretPrompter(context->secrets(), this);
    m_receiver = new ReceiverController(context, this);
    statusBar()->addPermanentWidget(m_receiver->createIndicator(this));
    statusBar()->addPermanentWidget(m_connectionLabel);
    statusBar()->addPermanentWidget(m_countLabel);

    m_connections = new ConnectionSwitcher(context, context->secrets(), this);
    auto *toolbar = addToolBar(tr("Connection"));
    toolbar->setObjectName(QStringLiteral("connectionToolBar"));
    toolbar->setMovable(false);
    toolbar->addWidget(new QLabel(tr("  Query: "), toolbar));
    toolbar->addWidget(m_connections->createComboBox(toolbar));
    connect(m_connections, &ConnectionSwitcher::activeChanged, m_connectionLabel, &QLabel::setText);
    connect(m_connections, &ConnectionSwitcher::failed, this,
            [this](const QString &message) { statusBar()->showMessage(message, 8000); });
    connect(settingsPage, &SettingsPage::activeConnectionChosen, m_connections,
            &ConnectionSwitcher::activate);
    connect(settingsPage, &SettingsPage::receiverSettingsChanged, m_receiver,
            &ReceiverController::restart);
    connect(settingsPage, &SettingsPage::connectionsChanged, m_connections,
            &ConnectionSwitcher::reload);
    connect(settingsPage, &SettingsPage::connectionsChanged, alertsPage,
            &AlertsPage::reloadConnections);
    settingsPage->setConnectionTester(
        [this](const core::LogfireConnection &c, const QString &token, auto done) {
            m_connections->testConnection(c, token, std::move(done));
        });
    m_connectionLabel->setText(m_connections->activeLabel());

    createActions();
    createCommandPalette();

    connect(m_nav, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    connect(context, &AppContext::storeChanged, this, &MainWindow::refreshStatus);
    connect(context, &AppContext::dataChanged, this, &MainWindow::refreshStatus);
    connect(context, &AppContext::openTraceRequested, this,
            [this, tracePage](const QString &traceId, const QString &spanId) {
                tracePage->openTrace(traceId, spanId);
                showPage(Trace);
            });

    // The record count also moves when another process (hearth-cli serve) writes to the store.
    auto *poll = new QTimer(this);
    poll->setInterval(5000);
    connect(poll, &QTimer::timeout, this, &MainWindow::refreshStatus);
    poll->start();

    restoreWindowState();
    refreshStatus();
}

MainWindow::~MainWindow() = default;

void MainWindow::createNavigation()
{
    m_nav = new QListWidget(this);
    m_nav->setObjectName(QStringLiteral("navigation"));
    m_nav->setAccessibleName(tr("Navigation"));
    m_nav->setFixedWidth(150);
    m_nav->setFrameShape(QFrame::NoFrame);
    m_nav->setIconSize(QSize(20, 20));
    const struct
    {
        QString label;
        QString icon;
    } entries[] = {
        {tr("Live"), QStringLiteral(":/icons/live.svg")},
        {tr("Explore"), QStringLiteral(":/icons/explore.svg")},
        {tr("Dashboards"), QStringLiteral(":/icons/dashboards.svg")},
        {tr("Trace"), QStringLiteral(":/icons/trace.svg")},
        {tr("Alerts"), QStringLiteral(":/icons/alerts.svg")},
        {tr("Settings"), QStringLiteral(":/icons/settings.svg")},
    };
    for (const auto &entry : entries) {
        auto *item = new QListWidgetItem(QIcon(entry.icon), entry.label, m_nav);
        item->setSizeHint(QSize(140, 36));
    }
    m_nav->setCurrentRow(0);
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *open = file->addAction(tr("&Open Store…"), this, &MainWindow::openStoreDialog);
    open->setShortcut(QKeySequence::Open);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    const QString names[] = {tr("&Live"),  tr("&Explore"), tr("&Dashboards"),
                             tr("&Trace"), tr("&Alerts"),  tr("&Settings")};
    for (int i = 0; i < 6; ++i) {
        QAction *a = view->addAction(names[i], this, [this, i] { showPage(static_cast<Page>(i)); });
        a->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + i)));
    }
    // Import, export, case files, Pinned & Notes dock, drag and drop (src/app/io).
    installIoActions(this, m_context, file, view);

    view->addSeparator();
    QMenu *themeMenu = view->addMenu(tr("&Theme"));
    auto *themes = new QActionGroup(this);
    const struct
    {
        QString text;
        Theme::Mode mode;
    } modes[] = {{tr("Follow &System"), Theme::Mode::System},
                 {tr("&Light"), Theme::Mode::Light},
                 {tr("&Dark"), Theme::Mode::Dark}};
    for (const auto &m : modes) {
        QAction *a = themeMenu->addAction(m.text, this,
                                          [mode = m.mode] { Theme::instance().setMode(mode); });
        a->setCheckable(true);
        a->setChecked(Theme::instance().mode() == m.mode);
        themes->addAction(a);
    }

    QAction *palette = new QAction(tr("Command Palette…"), this);
    palette->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    palette->setShortcutContext(Qt::ApplicationShortcut);
    connect(palette, &QAction::triggered, this, [this] { m_palette->popup(); });
    addAction(palette);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *shortcuts = help->addAction(tr("&Keyboard Shortcuts"), this, [this] {
        ShortcutsDialog dialog(this, this);
        dialog.exec();
    });
    shortcuts->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Slash));
    help->addAction(tr("&About Hearth"), this, [this] {
        QMessageBox::about(this, tr("About Hearth"),
                           tr("<b>Hearth %1</b><p>A desktop observability console for agentic AI "
                              "systems: OpenTelemetry and Logfire data on your own machine.</p>")
                               .arg(QStringLiteral(HEARTH_VERSION)));
    });
}

void MainWindow::createCommandPalette()
{
    m_palette = new CommandPalette(this);
    m_palette->addProvider([this] {
        std::vector<CommandPalette::Entry> entries;
        for (int i = 0; i < m_nav->count(); ++i)
            entries.push_back({tr("Page"), m_nav->item(i)->text(), QString(),
                               [this, i] { showPage(static_cast<Page>(i)); }});
        const auto addMenu = [&entries](QMenu *menu, const QString &group, auto &&self) -> void {
            for (QAction *a : menu->actions()) {
                if (a->menu()) {
                    self(a->menu(), group, self);
                } else if (!a->isSeparator() && a->isEnabled() && !a->text().isEmpty()) {
                    QString text = a->text();
                    text.remove(QLatin1Char('&'));
                    entries.push_back({group, text,
                                       a->shortcut().toString(QKeySequence::NativeText),
                                       [a] { a->trigger(); }});
                }
            }
        };
        for (QAction *top : menuBar()->actions()) {
            if (top->menu())
                addMenu(top->menu(), top->text().remove(QLatin1Char('&')), addMenu);
        }
        return entries;
    });
    m_palette->addProvider([this] {
        std::vector<CommandPalette::Entry> entries;
        for (const auto &provider : m_context->commandProviders()) {
            for (auto &c : provider())
                entries.push_back({c.category, c.text, c.detail, c.activate});
        }
        return entries;
    });
}

void MainWindow::showPage(Page page)
{
    m_nav->setCurrentRow(page);
}

MainWindow::Page MainWindow::currentPage() const
{
    return static_cast<Page>(m_pages->currentIndex());
}

bool MainWindow::openStoreFile(const QString &path)
{
    if (auto status = m_context->openStore(path); !status) {
        QMessageBox::critical(this, tr("Cannot open store"), status.error().message);
        return false;
    }
    QSettings().setValue(QStringLiteral("store/lastPath"), path);
    return true;
}

void MainWindow::openStoreDialog()
{
    const QString start = QFileInfo(m_context->storePath()).absolutePath();
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open Store"), start, tr("Hearth stores (*.hearth *.db *.sqlite);;All files (*)"));
    if (!path.isEmpty())
        openStoreFile(path);
}

void MainWindow::refreshStatus()
{
    if (!m_context->hasStore()) {
        m_storeLabel->setText(tr("No store open"));
        m_countLabel->clear();
        return;
    }
    const QString path = m_context->storePath();
    m_storeLabel->setText(
        tr("Store: %1%2").arg(path, m_context->storeReadOnly() ? tr(" (read-only)") : QString()));
    m_storeLabel->setToolTip(path);
    setWindowTitle(tr("%1 — Hearth").arg(QFileInfo(path).fileName()));
    m_countJob.run(
        [path](const core::CancelTokenPtr &) -> core::Result<std::int64_t> {
            auto store = core::Store::open(path, core::Store::OpenMode::ReadOnly);
            if (!store)
                return store.error();
            return (*store)->recordCount();
        },
        [this](core::Result<std::int64_t> count) {
            m_countLabel->setText(count ? tr("%1 records").arg(QLocale().toString(count.value()))
                                        : count.error().message);
        });
}

void MainWindow::restoreWindowState()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1280, 800);
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    showPage(
        static_cast<Page>(qBound(0, settings.value(QStringLiteral("window/page"), 0).toInt(), 5)));
}

void MainWindow::saveWindowState()
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("window/page"), static_cast<int>(currentPage()));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveWindowState();
    event->accept();
}

} // namespace hearth::app
