// SPDX-License-Identifier: MIT
// The forwarder's queue is bounded: a stalled upstream never blocks the caller, and what does not
// fit is dropped and counted.
#include "core/otlp/forwarder.h"

#include <QElapsedTimer>
#include <QTcpServer>
#include <QTest>

using namespace hearth::core::otlp;

class TestOtlpForwarder : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void urls()
    {
        QCOMPARE(Forwarder::urlFor("http://h:4318", "/v1/traces"),
                 std::string("http://h:4318/v1/traces"));
        QCOMPARE(Forwarder::urlFor("http://h:4318/", "/v1/logs"),
                 std::string("http://h:4318/v1/logs"));
        QCOMPARE(Forwarder::urlFor("http://h/custom/v1/traces", "/v1/traces"),
                 std::string("http://h/custom/v1/traces"));
    }

    void stalledUpstreamDropsInsteadOfBlocking()
    {
        // Listens but never answers: every send runs into the timeout.
        QTcpServer stalled;
        QVERIFY(stalled.listen(QHostAddress::LocalHost));
        Forwarder::Options options;
        options.baseUrl = "http://127.0.0.1:" + std::to_string(stalled.serverPort());
        options.maxQueuedBytes = 10;
        options.timeoutMs = 300;
        Forwarder forwarder(options);
        QElapsedTimer timer;
        timer.start();
        int accepted = 0;
        for (int i = 0; i < 5; ++i)
            accepted
                += forwarder.enqueue("/v1/traces", std::string(8, 'x'), "application/x-protobuf")
                ? 1
                : 0;
        QVERIFY(timer.elapsed() < 250); // enqueue never waited for the upstream
        QVERIFY(accepted >= 1 && accepted <= 2);
        QCOMPARE(forwarder.dropped(), std::int64_t(5 - accepted));
        forwarder.stop(); // waits at most for the send in flight, drops the rest
        QVERIFY(timer.elapsed() < 5000);
        QCOMPARE(forwarder.sent(), 0);
        QVERIFY(forwarder.failed() <= 1);
        QCOMPARE(forwarder.failed() + forwarder.dropped(), 5);
    }
};

QTEST_GUILESS_MAIN(TestOtlpForwarder)
#include "tst_otlpforwarder.moc"
