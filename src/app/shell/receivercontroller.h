// SPDX-License-Identifier: MIT
#pragma once

#include "core/otlp/otlpreceiver.h"

#include <memory>
#include <QElapsedTimer>
#include <QObject>

class QLabel;
class QTimer;

namespace hearth::core {
class Store;
}

namespace hearth::app {

class AppContext;

// Runs the OTLP receiver inside the GUI (Settings → Local OTLP receiver): started on the open
// store with its own writer connection, restarted when the store or the settings change, and
// shown in the status bar with the current intake rate. A port already in use is reported there;
// the app keeps working on its stored data.
class ReceiverController : public QObject
{
    Q_OBJECT
public:
    explicit ReceiverController(AppContext *context, QObject *parent = nullptr);
    ~ReceiverController() override;

    // The status bar indicator this controller keeps up to date.
    QLabel *createIndicator(QWidget *parent);

    // (Re)starts from QSettings ("receiver/*") and the keychain token.
    void restart();
    // For tests and embedding: start with explicit options.
    core::Status startWith(const core::OtlpReceiverOptions &options);
    void stop();

    bool isRunning() const;
    int httpPort() const;
    QString statusText() const { return m_statusText; }
    QString lastError() const { return m_lastError; }

Q_SIGNALS:
    void statusChanged(const QString &text);

private:
    void updateRate();
    void setStatus(const QString &text, const QString &tooltip = QString());

    AppContext *m_context;
    std::shared_ptr<core::Store> m_store; // its own connection: WAL lets it write beside the GUI
    std::unique_ptr<core::OtlpReceiver> m_receiver;
    QLabel *m_indicator = nullptr;
    QTimer *m_rateTimer;
    QTimer *m_refreshThrottle;
    qint64 m_lastRows = 0;
    QElapsedTimer m_rateClock;
    QString m_statusText;
    QString m_lastError;
};

} // namespace hearth::app
