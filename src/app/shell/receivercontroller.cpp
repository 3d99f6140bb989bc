// SPDX-License-Identifier: MIT
#include "app/shell/receivercontroller.h"

#include "app/appcontext.h"
#include "core/connections/secretstore.h"
#include "core/store/store.h"

#include <QLabel>
#include <QLocale>
#include <QSettings>
#include <QTimer>

namespace hearth::app {

ReceiverController::ReceiverController(AppContext *context, QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_rateTimer(new QTimer(this))
    , m_refreshThrottle(new QTimer(this))
{
    m_rateTimer->setInterval(1000);
    connect(m_rateTimer, &QTimer::timeout, this, &ReceiverController::updateRate);
    // Views refresh at most twice a second however fast rows arrive.
    m_refreshThrottle->setSingleShot(true);
    m_refreshThrottle->setInterval(500);
    connect(m_refreshThrottle, &QTimer::timeout, context, &AppContext::notifyDataChanged);
    connect(context, &AppContext::storeChanged, this, &ReceiverController::restart);
}

ReceiverController::~ReceiverController()
{
    stop();
}

QLabel *ReceiverController::createIndicator(QWidget *parent)
{
    m_indicator = new QLabel(parent);
    m_indicator->setObjectName(QStringLiteral("receiverIndicator"));
    m_indicator->setAccessibleName(tr("Receiver status"));
    m_indicator->setText(m_statusText);
    return m_indicator;
}

void ReceiverController::setStatus(const QString &text, const QString &tooltip)
{
    m_statusText = text;
    if (m_indicator) {
        m_indicator->setText(text);
        m_indicator->setToolTip(tooltip);
    }
    Q_EMIT statusChanged(text);
}

bool ReceiverController::isRunning() const
{
    return m_receiver && m_receiver->isRunning();
}

int ReceiverController::httpPort() const
{
    return m_receiver ? m_receiver->httpPort() : 0;
}

void ReceiverController::stop()
{
    m_rateTimer->stop();
    if (m_receiver)
        m_receiver->stop();
    m_receiver.reset();
    m_store.reset();
}

void ReceiverController::restart()
{
    QSettings settings;
    if (!settings.value(QStringLiteral("receiver/enabled"), true).toBool()) {
        stop();
        setStatus(tr("Receiver off"), tr("Turn it on in Settings → Local OTLP receiver."));
        return;
    }
    core::OtlpReceiverOptions options;
    options.httpPort = settings.value(QStringLiteral("receiver/httpPort"), 4318).toInt();
    options.grpcPort = settings.value(QStringLiteral("receiver/grpcPort"), 4317).toInt();
    if (!settings.value(QStringLiteral("receiver/requireToken"), false).toBool()) {
        (void)startWith(options); // failures are shown in the status bar
        return;
    }
    m_context->secrets()->read(QStringLiteral("receiver/token"),
                               [this, options](core::Result<QString> token) mutable {
                                   if (!token) {
                                       stop();
                                       m_lastError = token.error().message;
                                       setStatus(tr("Receiver off: no token"), m_lastError);
                                       return;
                                   }
                                   options.token = token->toStdString();
                                   (void)startWith(options);
                               });
}

core::Status ReceiverController::startWith(const core::OtlpReceiverOptions &options)
{
    stop();
    if (!m_context->hasStore() || m_context->storeReadOnly()) {
        setStatus(tr("Receiver off (read-only store)"));
        return {};
    }
    auto store = core::Store::open(m_context->storePath());
    if (!store) {
        m_lastError = store.error().message;
        setStatus(tr("Receiver stopped"), m_lastError);
        return store.error();
    }
    m_store = std::shared_ptr<core::Store>(std::move(store.value()));
    m_receiver = std::make_unique<core::OtlpReceiver>(m_store);
    connect(
        m_receiver.get(), &core::OtlpReceiver::rowsCommitted, this,
        [this] {
            if (!m_refreshThrottle->isActive())
                m_refreshThrottle->start();
        },
        Qt::QueuedConnection);
    if (auto s = m_receiver->start(options); !s) {
        m_lastError = s.error().message;
        m_receiver.reset();
        m_store.reset();
        setStatus(tr("⚠ Receiver not listening"), m_lastError);
        return s;
    }
    m_lastError.clear();
    m_lastRows = 0;
    m_rateClock.start();
    m_rateTimer->start();
    updateRate();
    return {};
}

void ReceiverController::updateRate()
{
    if (!isRunning())
        return;
    const auto stats = m_receiver->stats();
    const double seconds = std::max(0.001, m_rateClock.restart() / 1000.0);
    const qint64 rate = static_cast<qint64>((stats.rowsCommitted - m_lastRows) / seconds);
    m_lastRows = stats.rowsCommitted;
    const QString ports = m_receiver->grpcPort() > 0
        ? tr("OTLP :%1 / gRPC :%2").arg(m_receiver->httpPort()).arg(m_receiver->grpcPort())
        : tr("OTLP :%1").arg(m_receiver->httpPort());
    setStatus(tr("● %1 — %2 rows/s").arg(ports, QLocale().toString(rate)),
              m_receiver->statusLine());
}

} // namespace hearth::app
