// SPDX-License-Identifier: MIT
#include "app/shell/connectionswitcher.h"

#include "app/appcontext.h"
#include "core/connections/secretstore.h"
#include "core/query/localengine.h"
#include "core/query/resultcache.h"
#include "core/remote/remoteengine.h"

#include <QComboBox>
#include <QDir>
#include <QInputDialog>
#include <QSettings>
#include <QStandardPaths>
#include <QTimer>

namespace hearth::app {

ConnectionSwitcher::ConnectionSwitcher(AppContext *context, core::SecretStore *secrets,
                                       QObject *parent)
    : QObject(parent), m_context(context), m_secrets(secrets), m_testJob(this)
{
    const QString cacheDir = QStandardPaths::writableLocation(QStandardPaths::CacheLocation);
    QDir().mkpath(cacheDir);
    if (auto cache = core::ResultCache::open(cacheDir + QStringLiteral("/query-results.sqlite")))
        m_cache = std::shared_ptr<core::ResultCache>(std::move(cache.value()));
    m_envConnection = core::ConnectionList::fromEnvironment(&m_envToken);
    reload();
    // The connection used last comes back on restart (once the event loop runs, since a
    // token may have to be asked for).
    QSettings settings;
    const QString saved = core::ConnectionList::active(settings);
    if (saved != QLatin1String("local"))
        QTimer::singleShot(0, this, [this, saved] { activate(saved); });
    connect(context, &AppContext::storeChanged, this, [this] {
        if (m_activeId == QLatin1String("local"))
            Q_EMIT activeChanged(activeLabel());
    });
}

ConnectionSwitcher::~ConnectionSwitcher() = default;

void ConnectionSwitcher::reload()
{
    QSettings settings;
    m_connections = core::ConnectionList::load(settings);
    fillCombo();
}

void ConnectionSwitcher::fillCombo()
{
    if (!m_combo)
        return;
    const QSignalBlocker blocker(m_combo);
    m_combo->clear();
    m_combo->addItem(tr("Local store"), QStringLiteral("local"));
    if (m_envConnection)
        m_combo->addItem(m_envConnection->name, QStringLiteral("env"));
    for (const auto &c : m_connections)
        m_combo->addItem(c.name, c.id);
    m_combo->setCurrentIndex(std::max(0, m_combo->findData(m_activeId)));
}

QComboBox *ConnectionSwitcher::createComboBox(QWidget *parent)
{
    m_combo = new QComboBox(parent);
    m_combo->setObjectName(QStringLiteral("connectionCombo"));
    m_combo->setAccessibleName(tr("Active connection"));
    m_combo->setToolTip(tr("Where views run their queries"));
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    fillCombo();
    connect(m_combo, &QComboBox::activated, this,
            [this](int index) { activate(m_combo->itemData(index).toString()); });
    return m_combo;
}

QString ConnectionSwitcher::activeLabel() const
{
    if (m_activeId == QLatin1String("env") && m_envConnection)
        return tr("Logfire: %1").arg(m_envConnection->effectiveBaseUrl());
    for (const auto &c : m_connections) {
        if (c.id == m_activeId)
            return tr("Logfire: %1").arg(c.name);
    }
    return tr("Local store");
}

void ConnectionSwitcher::activate(const QString &id)
{
    QSettings settings;
    if (id == QLatin1String("local") || id.isEmpty()) {
        m_activeId = QStringLiteral("local");
        core::ConnectionList::setActive(settings, m_activeId);
        if (m_context->hasStore())
            m_context->setEngine(std::make_shared<core::LocalEngine>(m_context->storePath()));
        fillCombo();
        Q_EMIT activeChanged(activeLabel());
        return;
    }
    if (id == QLatin1String("env") && m_envConnection) {
        m_activeId = id;
        useRemote(*m_envConnection, m_envToken);
        return;
    }
    const auto it = std::find_if(m_connections.cbegin(), m_connections.cend(),
                                 [&id](const auto &c) { return c.id == id; });
    if (it == m_connections.cend()) {
        Q_EMIT failed(tr("The connection no longer exists."));
        activate(QStringLiteral("local"));
        return;
    }
    const core::LogfireConnection connection = *it;
    m_secrets->read(connection.tokenKey(), [this, connection](core::Result<QString> token) {
        if (token) {
            m_activeId = connection.id;
            useRemote(connection, token.value());
            return;
        }
        // The user closed the passphrase prompt: stay on the local store, ask nothing more.
        if (token.error().code == core::Error::Code::Cancelled) {
            fillCombo();
            return;
        }
        // No keychain, or nothing stored: ask for the token for this session.
        bool ok = false;
        const QString typed = QInputDialog::getText(
            nullptr, tr("Read token for %1").arg(connection.name),
            tr("%1\n\nPaste the read token to use for this session:").arg(token.error().message),
            QLineEdit::Password, QString(), &ok);
        if (!ok || typed.trimmed().isEmpty()) {
            fillCombo();
            return;
        }
        m_secrets->rememberForSession(connection.tokenKey(), typed.trimmed());
        // With the token file in use, keep it there too, so the next session does not ask.
        if (m_secrets->backend() == core::SecretStore::Backend::Vault)
            m_secrets->write(connection.tokenKey(), typed.trimmed(), [](core::Status) {});
        m_activeId = connection.id;
        useRemote(connection, typed.trimmed());
    });
}

void ConnectionSwitcher::useRemote(const core::LogfireConnection &connection, const QString &token)
{
    core::RemoteOptions options;
    options.token = token;
    options.baseUrl = connection.effectiveBaseUrl();
    auto remote = std::make_shared<core::RemoteEngine>(options);
    std::shared_ptr<core::QueryEngine> engine = remote;
    if (m_cache)
        engine = std::make_shared<core::CachingEngine>(remote, m_cache, std::chrono::seconds(30));
    m_context->setEngine(engine);
    QSettings settings;
    core::ConnectionList::setActive(settings, m_activeId);
    fillCombo();
    Q_EMIT activeChanged(activeLabel());
}

void ConnectionSwitcher::testConnection(const core::LogfireConnection &connection,
                                        const QString &token,
                                        std::function<void(core::Result<QString>)> done)
{
    core::RemoteOptions options;
    options.token = token;
    options.baseUrl = connection.effectiveBaseUrl();
    options.maxRetries = 0;
    m_testJob.run(
        [options](const core::CancelTokenPtr &cancel) -> core::Result<QString> {
            core::RemoteEngine engine(options);
            auto info = engine.readTokenInfo(cancel);
            if (!info)
                return info.error();
            const auto text = [&info](const char *key) {
                const auto it = info->find(key);
                return it != info->end() && it->is_string()
                    ? QString::fromStdString(it->get<std::string>())
                    : QStringLiteral("?");
            };
            return tr("organisation %1, project %2")
                .arg(text("organization_name"), text("project_name"));
        },
        [done = std::move(done)](core::Result<QString> result) { done(std::move(result)); });
}

} // namespace hearth::app
