// SPDX-License-Identifier: MIT
#pragma once
// Starts a real `hearth-cli serve` on free loopback ports and reads the bound ports from its
// output (it prints them once listening), so tests never guess ports or sleep.

#include <QDeadlineTimer>
#include <QProcess>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

namespace hearth::test {

class ServeProcess
{
public:
    ~ServeProcess() { stopHard(); }

    // Returns an empty string on success, else what went wrong (with the server's output).
    QString start(const QString &db, const QStringList &extraArgs = {})
    {
        m_output.clear();
        QStringList args {QStringLiteral("serve"),
                          QStringLiteral("--db"),
                          db,
                          QStringLiteral("--otlp-http"),
                          QStringLiteral("127.0.0.1:0"),
                          QStringLiteral("--otlp-grpc"),
                          QStringLiteral("127.0.0.1:0")};
        args += extraArgs;
        m_process.setProcessChannelMode(QProcess::SeparateChannels);
        m_process.start(QStringLiteral(HEARTH_CLI_PATH), args);
        if (!m_process.waitForStarted(10000))
            return QStringLiteral("hearth-cli did not start");
        const QRegularExpression httpRe(
            QStringLiteral("OTLP/HTTP listening on http://[^:]+:(\\d+)"));
        const QRegularExpression grpcRe(QStringLiteral("OTLP/gRPC listening on [^:]+:(\\d+)"));
        QDeadlineTimer deadline(20000);
        while (!m_output.contains(QStringLiteral("hearth-cli serve: store"))) {
            if (m_process.state() != QProcess::Running || deadline.hasExpired())
                return QStringLiteral("serve did not become ready: ") + m_output
                    + QString::fromUtf8(m_process.readAllStandardError());
            m_process.waitForReadyRead(500);
            m_output += QString::fromUtf8(m_process.readAllStandardOutput());
        }
        if (auto m = httpRe.match(m_output); m.hasMatch())
            m_httpPort = m.captured(1).toInt();
        if (auto m = grpcRe.match(m_output); m.hasMatch())
            m_grpcPort = m.captured(1).toInt();
        return m_httpPort > 0 ? QString() : QStringLiteral("no HTTP port in: ") + m_output;
    }

    // SIGTERM and wait: returns the exit code (-1 when it had to be killed).
    int terminate()
    {
        if (m_process.state() == QProcess::NotRunning)
            return m_process.exitCode();
        m_process.terminate();
        if (!m_process.waitForFinished(30000)) {
            stopHard();
            return -1;
        }
        m_output += QString::fromUtf8(m_process.readAllStandardOutput());
        m_errors += QString::fromUtf8(m_process.readAllStandardError());
        return m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -1;
    }

    // kill -9.
    void stopHard()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(10000);
        }
    }

    int httpPort() const { return m_httpPort; }
    int grpcPort() const { return m_grpcPort; }
    QString output() const { return m_output; }
    QString errors() const { return m_errors; }
    QProcess &process() { return m_process; }

private:
    QProcess m_process;
    QString m_output;
    QString m_errors;
    int m_httpPort = 0;
    int m_grpcPort = 0;
};

} // namespace hearth::test
