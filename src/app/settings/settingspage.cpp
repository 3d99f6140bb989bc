// SPDX-License-Identifier: MIT
#include "app/settings/settingspage.h"

#include "app/appcontext.h"
#include "app/secrets/tokenstoragewidget.h"
#include "app/settings/connectiondialog.h"
#include "app/shell/theme.h"
#include "core/connections/secretstore.h"
#include "core/store/maintenance.h"
#include "core/store/store.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QSpinBox>
#include <QTimer>
#include <QVBoxLayout>

namespace hearth::app {

namespace {

QString receiverTokenKey()
{
    return QStringLiteral("receiver/token");
}

QGroupBox *section(const QString &title, QWidget *parent)
{
    auto *box = new QGroupBox(title, parent);
    QFont f = box->font();
    f.setBold(true);
    box->setFont(f);
    return box;
}

// Child widgets should not inherit the bold group title font.
void plainFont(QWidget *w)
{
    QFont f = w->font();
    f.setBold(false);
    w->setFont(f);
}

} // namespace

SettingsPage::SettingsPage(AppContext *context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_secrets(context->secrets())
    , m_diskJob(this)
    , m_maintenanceJob(this)
{
    setObjectName(QStringLiteral("settingspage"));
    auto *content = new QWidget;
    auto *column = new QVBoxLayout(content);
    column->setContentsMargins(24, 16, 24, 24);
    column->setSpacing(16);
    auto *title = new QLabel(tr("<h2>Settings</h2>"), content);
    column->addWidget(title);
    column->addWidget(createStoreSection());
    column->addWidget(createReceiverSection());
    column->addWidget(createConnectionsSection());
    column->addWidget(createAppearanceSection());
    column->addStretch(1);

    auto *scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

    connect(context, &AppContext::storeChanged, this, &SettingsPage::refreshDiskUsage);
    refreshDiskUsage();

    // Retention runs on its own too: shortly after start, then hourly.
    auto *retentionTimer = new QTimer(this);
    retentionTimer->setInterval(3600 * 1000);
    connect(retentionTimer, &QTimer::timeout, this, [this] {
        if (m_retentionDays->value() > 0 || m_retentionMb->value() > 0)
            runMaintenance(false);
    });
    retentionTimer->start();
}

SettingsPage::~SettingsPage() = default;

QWidget *SettingsPage::createStoreSection()
{
    auto *box = section(tr("Local store"), this);
    auto *form = new QFormLayout;
    QSettings settings;

    m_storePath = new QLabel(box);
    m_storePath->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_storePath->setWordWrap(true);
    auto *openOther = new QPushButton(tr("Open Another Store…"), box);
    connect(openOther, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Open Store"), QFileInfo(m_context->storePath()).absolutePath(),
            tr("Hearth stores (*.hearth *.db *.sqlite);;All files (*)"));
        if (path.isEmpty())
            return;
        if (auto s = m_context->openStore(path); !s)
            QMessageBox::critical(this, tr("Cannot open store"), s.error().message);
    });
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_storePath, 1);
    pathRow->addWidget(openOther);
    form->addRow(tr("File:"), pathRow);

    m_diskUsage = new QLabel(box);
    m_diskUsage->setObjectName(QStringLiteral("diskUsage"));
    form->addRow(tr("Disk usage:"), m_diskUsage);

    m_retentionDays = new QSpinBox(box);
    m_retentionDays->setObjectName(QStringLiteral("retentionDays"));
    m_retentionDays->setRange(0, 3650);
    m_retentionDays->setSpecialValueText(tr("Keep forever"));
    m_retentionDays->setSuffix(tr(" days"));
    m_retentionDays->setValue(settings.value(QStringLiteral("store/retentionDays"), 0).toInt());
    m_retentionDays->setAccessibleName(tr("Keep records for"));
    form->addRow(tr("Keep records for:"), m_retentionDays);

    m_retentionMb = new QSpinBox(box);
    m_retentionMb->setRange(0, 1024 * 1024);
    m_retentionMb->setSingleStep(512);
    m_retentionMb->setSpecialValueText(tr("No limit"));
    m_retentionMb->setSuffix(tr(" MB"));
    m_retentionMb->setValue(settings.value(QStringLiteral("store/retentionMb"), 0).toInt());
    m_retentionMb->setAccessibleName(tr("Maximum store size"));
    form->addRow(tr("Maximum size:"), m_retentionMb);
    for (auto *spin : {m_retentionDays, m_retentionMb}) {
        spin->setMaximumWidth(220);
        connect(spin, &QSpinBox::valueChanged, this, [this] {
            QSettings s;
            s.setValue(QStringLiteral("store/retentionDays"), m_retentionDays->value());
            s.setValue(QStringLiteral("store/retentionMb"), m_retentionMb->value());
        });
    }

    m_applyRetention = new QPushButton(tr("Apply Retention Now"), box);
    m_vacuum = new QPushButton(tr("Vacuum"), box);
    m_vacuum->setToolTip(tr("Rebuild the file to give free space back to the disk."));
    m_maintenanceProgress = new QProgressBar(box);
    m_maintenanceProgress->setRange(0, 0);
    m_maintenanceProgress->setMaximumWidth(160);
    m_maintenanceProgress->hide();
    m_maintenanceResult = new QLabel(box);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_applyRetention);
    buttons->addWidget(m_vacuum);
    buttons->addWidget(m_maintenanceProgress);
    buttons->addWidget(m_maintenanceResult, 1);
    form->addRow(QString(), buttons);
    connect(m_applyRetention, &QPushButton::clicked, this, [this] { runMaintenance(false); });
    connect(m_vacuum, &QPushButton::clicked, this, [this] { runMaintenance(true); });

    box->setLayout(form);
    for (auto *w : box->findChildren<QWidget *>())
        plainFont(w);
    return box;
}

QWidget *SettingsPage::createReceiverSection()
{
    auto *box = section(tr("Local OTLP receiver"), this);
    auto *form = new QFormLayout;
    QSettings settings;

    m_receiverEnabled = new QCheckBox(tr("Receive telemetry while Hearth runs"), box);
    m_receiverEnabled->setChecked(
        settings.value(QStringLiteral("receiver/enabled"), true).toBool());
    form->addRow(QString(), m_receiverEnabled);

    m_httpPort = new QSpinBox(box);
    m_httpPort->setRange(1, 65535);
    m_httpPort->setValue(settings.value(QStringLiteral("receiver/httpPort"), 4318).toInt());
    m_httpPort->setAccessibleName(tr("OTLP HTTP port"));
    form->addRow(tr("HTTP port (127.0.0.1):"), m_httpPort);
    m_grpcPort = new QSpinBox(box);
    m_grpcPort->setRange(1, 65535);
    m_grpcPort->setValue(settings.value(QStringLiteral("receiver/grpcPort"), 4317).toInt());
    m_grpcPort->setAccessibleName(tr("OTLP gRPC port"));
    m_httpPort->setMaximumWidth(120);
    m_grpcPort->setMaximumWidth(120);
    form->addRow(tr("gRPC port (127.0.0.1):"), m_grpcPort);

    m_requireToken = new QCheckBox(tr("Require an Authorization token"), box);
    m_requireToken->setChecked(
        settings.value(QStringLiteral("receiver/requireToken"), false).toBool());
    m_receiverToken = new QLineEdit(box);
    m_receiverToken->setEchoMode(QLineEdit::Password);
    m_receiverToken->setPlaceholderText(tr("stored in the system keychain"));
    m_receiverToken->setAccessibleName(tr("Receiver token"));
    m_receiverToken->setMaximumWidth(420);
    form->addRow(QString(), m_requireToken);
    form->addRow(tr("Token:"), m_receiverToken);

    auto *apply = new QPushButton(tr("Apply"), box);
    auto *note = new QLabel(
        tr("Point SDKs at <code>OTEL_EXPORTER_OTLP_ENDPOINT=http://localhost:%1</code>")
            .arg(m_httpPort->value()),
        box);
    note->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *row = new QHBoxLayout;
    row->addWidget(apply);
    row->addWidget(note, 1);
    form->addRow(QString(), row);
    connect(m_httpPort, &QSpinBox::valueChanged, note, [note](int port) {
        note->setText(
            tr("Point SDKs at <code>OTEL_EXPORTER_OTLP_ENDPOINT=http://localhost:%1</code>")
                .arg(port));
    });
    connect(apply, &QPushButton::clicked, this, [this] {
        QSettings s;
        s.setValue(QStringLiteral("receiver/enabled"), m_receiverEnabled->isChecked());
        s.setValue(QStringLiteral("receiver/httpPort"), m_httpPort->value());
        s.setValue(QStringLiteral("receiver/grpcPort"), m_grpcPort->value());
        s.setValue(QStringLiteral("receiver/requireToken"), m_requireToken->isChecked());
        const QString token = m_receiverToken->text();
        if (!token.isEmpty()) {
            m_secrets->write(receiverTokenKey(), token, [this, token](core::Status status) {
                if (!status) {
                    m_secrets->rememberForSession(receiverTokenKey(), token);
                    QMessageBox::information(this, tr("Token kept for this session"),
                                             status.error().message);
                }
                Q_EMIT receiverSettingsChanged();
            });
        } else {
            Q_EMIT receiverSettingsChanged();
        }
    });

    box->setLayout(form);
    for (auto *w : box->findChildren<QWidget *>())
        plainFont(w);
    return box;
}

QWidget *SettingsPage::createConnectionsSection()
{
    auto *box = section(tr("Connections"), this);
    auto *layout = new QVBoxLayout;
    auto *intro = new QLabel(tr("Views query the local store, or a Logfire project through its "
                                "query API. Read tokens are kept in the system keychain, never in "
                                "settings files; without a keychain, as chosen below."),
                             box);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_connections = new QListWidget(box);
    m_connections->setObjectName(QStringLiteral("connectionList"));
    m_connections->setAccessibleName(tr("Connections"));
    m_connections->setMinimumHeight(90);
    m_connections->setMaximumHeight(150);
    layout->addWidget(m_connections);

    auto *buttons = new QHBoxLayout;
    auto *add = new QPushButton(tr("Add Logfire Connection…"), box);
    auto *edit = new QPushButton(tr("Edit…"), box);
    auto *remove = new QPushButton(tr("Remove"), box);
    auto *use = new QPushButton(tr("Use for Views"), box);
    use->setObjectName(QStringLiteral("useConnection"));
    buttons->addWidget(add);
    buttons->addWidget(edit);
    buttons->addWidget(remove);
    buttons->addStretch(1);
    buttons->addWidget(use);
    layout->addLayout(buttons);
    layout->addWidget(new TokenStorageWidget(m_secrets, box));
    connect(add, &QPushButton::clicked, this, [this] { editConnection(-1); });
    connect(edit, &QPushButton::clicked, this,
            [this] { editConnection(m_connections->currentRow() - 1); });
    connect(m_connections, &QListWidget::itemDoubleClicked, this,
            [this] { editConnection(m_connections->currentRow() - 1); });
    connect(remove, &QPushButton::clicked, this, &SettingsPage::removeConnection);
    connect(use, &QPushButton::clicked, this, &SettingsPage::useConnection);
    connect(m_connections, &QListWidget::currentRowChanged, this, [edit, remove](int row) {
        edit->setEnabled(row > 0);
        remove->setEnabled(row > 0);
    });

    box->setLayout(layout);
    for (auto *w : box->findChildren<QWidget *>())
        plainFont(w);
    reloadConnections();
    return box;
}

QWidget *SettingsPage::createAppearanceSection()
{
    auto *box = section(tr("Appearance"), this);
    auto *form = new QFormLayout;
    m_theme = new QComboBox(box);
    m_theme->setObjectName(QStringLiteral("themeCombo"));
    m_theme->addItem(tr("Follow the system"), static_cast<int>(Theme::Mode::System));
    m_theme->addItem(tr("Light"), static_cast<int>(Theme::Mode::Light));
    m_theme->addItem(tr("Dark"), static_cast<int>(Theme::Mode::Dark));
    m_theme->setMaximumWidth(260);
    m_theme->setCurrentIndex(m_theme->findData(static_cast<int>(Theme::instance().mode())));
    connect(m_theme, &QComboBox::currentIndexChanged, this, [this] {
        Theme::instance().setMode(static_cast<Theme::Mode>(m_theme->currentData().toInt()));
    });
    form->addRow(tr("Theme:"), m_theme);

    m_language = new QComboBox(box);
    m_language->setObjectName(QStringLiteral("languageCombo"));
    m_language->addItem(tr("Follow the system"), QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
    m_language->addItem(QStringLiteral("Español"), QStringLiteral("es"));
    m_language->setCurrentIndex(
        m_language->findData(QSettings().value(QStringLiteral("appearance/language")).toString()));
    auto *restartNote = new QLabel(box);
    connect(m_language, &QComboBox::currentIndexChanged, this, [this, restartNote] {
        QSettings().setValue(QStringLiteral("appearance/language"), m_language->currentData());
        restartNote->setText(tr("The language changes when Hearth restarts."));
    });
    auto *row = new QHBoxLayout;
    row->addWidget(m_language);
    row->addWidget(restartNote, 1);
    form->addRow(tr("Language:"), row);
    box->setLayout(form);
    for (auto *w : box->findChildren<QWidget *>())
        plainFont(w);
    return box;
}

void SettingsPage::refreshDiskUsage()
{
    const QString path = m_context->storePath();
    m_storePath->setText(path.isEmpty() ? tr("No store open") : path);
    if (path.isEmpty())
        return;
    m_diskJob.run(
        [path](const core::CancelTokenPtr &) -> core::Result<core::DiskUsage> {
            auto store = core::Store::open(path, core::Store::OpenMode::ReadOnly);
            if (!store)
                return store.error();
            return core::diskUsage(**store);
        },
        [this](core::Result<core::DiskUsage> usage) {
            if (!usage) {
                m_diskUsage->setText(usage.error().message);
                return;
            }
            const QLocale locale;
            m_diskUsage->setText(tr("%1 (%2 in the write-ahead log, %3 free inside the file)")
                                     .arg(locale.formattedDataSize(usage->total()),
                                          locale.formattedDataSize(usage->walBytes),
                                          locale.formattedDataSize(usage->freeBytes)));
        });
}

void SettingsPage::runMaintenance(bool vacuumAfter)
{
    const QString path = m_context->storePath();
    if (path.isEmpty() || m_context->storeReadOnly())
        return;
    core::RetentionPolicy policy;
    if (m_retentionDays->value() > 0)
        policy.maxAgeDays = m_retentionDays->value();
    if (m_retentionMb->value() > 0)
        policy.maxBytes = static_cast<std::int64_t>(m_retentionMb->value()) * 1024 * 1024;
    m_applyRetention->setEnabled(false);
    m_vacuum->setEnabled(false);
    m_maintenanceProgress->show();
    m_maintenanceResult->setText(vacuumAfter ? tr("Vacuuming…") : tr("Applying retention…"));
    // Maintenance opens its own writer connection: WAL lets it take turns with ingest.
    m_maintenanceJob.run(
        [path, policy,
         vacuumAfter](const core::CancelTokenPtr &) -> core::Result<core::RetentionResult> {
            auto store = core::Store::open(path);
            if (!store)
                return store.error();
            auto result = core::applyRetention(**store, policy);
            if (!result)
                return result.error();
            if (vacuumAfter) {
                if (auto s = core::vacuum(**store); !s)
                    return s.error();
            }
            return result;
        },
        [this](core::Result<core::RetentionResult> result) {
            m_applyRetention->setEnabled(true);
            m_vacuum->setEnabled(true);
            m_maintenanceProgress->hide();
            m_maintenanceResult->setText(result
                                             ? tr("Removed %1 records and %2 metric points.")
                                                   .arg(QLocale().toString(result->recordsDeleted),
                                                        QLocale().toString(result->metricsDeleted))
                                             : result.error().message);
            refreshDiskUsage();
            m_context->notifyDataChanged();
        });
}

void SettingsPage::reloadConnections()
{
    QSettings settings;
    m_connectionList = core::ConnectionList::load(settings);
    const QString active = core::ConnectionList::active(settings);
    m_connections->clear();
    auto *local = new QListWidgetItem(tr("Local store"), m_connections);
    local->setData(Qt::UserRole, QStringLiteral("local"));
    for (const auto &c : m_connectionList) {
        auto *item
            = new QListWidgetItem(tr("%1 — %2").arg(c.name, c.effectiveBaseUrl()), m_connections);
        item->setData(Qt::UserRole, c.id);
    }
    for (int i = 0; i < m_connections->count(); ++i) {
        auto *item = m_connections->item(i);
        const bool isActive = item->data(Qt::UserRole).toString() == active;
        QFont f = item->font();
        f.setBold(isActive);
        item->setFont(f);
        if (isActive) {
            item->setText(item->text() + tr("  (in use)"));
            m_connections->setCurrentRow(i);
        }
    }
}

void SettingsPage::editConnection(int index)
{
    const bool adding = index < 0 || index >= m_connectionList.size();
    core::LogfireConnection connection;
    if (adding) {
        connection.id = core::ConnectionList::newId();
        connection.region = QStringLiteral("us");
    } else {
        connection = m_connectionList[index];
    }
    // Testing a saved connection without retyping its token uses the stored one (which may ask
    // for the vault passphrase).
    ConnectionDialog::Tester tester;
    if (m_tester)
        tester = [this](const core::LogfireConnection &c, const QString &token,
                        std::function<void(core::Result<QString>)> done) {
            if (!token.isEmpty()) {
                m_tester(c, token, std::move(done));
                return;
            }
            m_secrets->read(c.tokenKey(), [this, c, done](core::Result<QString> stored) {
                if (!stored)
                    done(stored.error());
                else
                    m_tester(c, stored.value(), done);
            });
        };
    ConnectionDialog dialog(connection, QString(), tester, this);
    if (m_secrets->backend() == core::SecretStore::Backend::Vault)
        dialog.setKeychainNote(tr("No keychain service is available: the token is stored in the "
                                  "passphrase-protected token file."));
    else if (!m_secrets->keychainAvailable())
        dialog.setKeychainNote(tr("No keychain service is available: the token is kept for this "
                                  "session only and asked again next time."));
    if (dialog.exec() != QDialog::Accepted)
        return;
    const core::LogfireConnection edited = dialog.connection();
    if (adding)
        m_connectionList.push_back(edited);
    else
        m_connectionList[index] = edited;
    QSettings settings;
    core::ConnectionList::save(settings, m_connectionList);
    Q_EMIT connectionsChanged();
    if (const QString token = dialog.token(); !token.isEmpty()) {
        m_secrets->write(edited.tokenKey(), token,
                         [this, key = edited.tokenKey(), token](core::Status s) {
                             if (!s) {
                                 m_secrets->rememberForSession(key, token);
                                 QMessageBox::information(this, tr("Token kept for this session"),
                                                          s.error().message);
                             }
                         });
    }
    reloadConnections();
}

void SettingsPage::removeConnection()
{
    const int index = m_connections->currentRow() - 1;
    if (index < 0 || index >= m_connectionList.size())
        return;
    const auto c = m_connectionList[index];
    if (QMessageBox::question(this, tr("Remove Connection"),
                              tr("Remove the connection “%1” and its stored token?").arg(c.name))
        != QMessageBox::Yes)
        return;
    m_connectionList.removeAt(index);
    QSettings settings;
    core::ConnectionList::save(settings, m_connectionList);
    Q_EMIT connectionsChanged();
    if (core::ConnectionList::active(settings) == c.id) {
        core::ConnectionList::setActive(settings, QStringLiteral("local"));
        Q_EMIT activeConnectionChosen(QStringLiteral("local"));
    }
    m_secrets->remove(c.tokenKey(), [](core::Status) {});
    reloadConnections();
}

void SettingsPage::useConnection()
{
    auto *item = m_connections->currentItem();
    if (!item)
        return;
    const QString id = item->data(Qt::UserRole).toString();
    QSettings settings;
    core::ConnectionList::setActive(settings, id);
    reloadConnections();
    Q_EMIT activeConnectionChosen(id);
}

} // namespace hearth::app
