// SPDX-License-Identifier: MIT
// core::OtlpReceiver in-process, as the GUI embeds it: start on free ports, rowsCommitted after a
// request, stats, a clear error for a taken port, stop() drains.
#include "core/otlp/otlpreceiver.h"
#include "core/store/store.h"
#include "otlpfixtures.h"

#include <httplib.h>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <thread>

using namespace hearth;

class TestOtlpReceiver : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void embeddedReceiverCommitsAndSignals()
    {
        QTemporaryDir dir;
        auto opened = core::Store::open(dir.filePath(QStringLiteral("gui.hearth")));
        QVERIFY(opened.ok());
        std::shared_ptr<core::Store> store(std::move(opened.value()));
        core::OtlpReceiver receiver(store);
        QSignalSpy committed(&receiver, &core::OtlpReceiver::rowsCommitted);
        core::OtlpReceiverOptions options;
        options.httpPort = 0;
        options.grpcPort = 0;
        const auto started = receiver.start(options);
        QVERIFY2(started.ok(), qPrintable(started ? QString() : started.error().message));
        QVERIFY(receiver.isRunning());
        QVERIFY(receiver.httpPort() > 0);
        QVERIFY(receiver.grpcPort() > 0);

        // The HTTP call blocks until committed, so it runs off this thread while the event loop
        // delivers the queued rowsCommitted signal.
        int status = 0;
        std::thread client([&] {
            httplib::Client c("127.0.0.1", receiver.httpPort());
            auto res = c.Post("/v1/traces", test::traceRequest(1, 10, 6).SerializeAsString(),
                              "application/x-protobuf");
            status = res ? res->status : -1;
        });
        QTRY_COMPARE(committed.count(), 1);
        client.join();
        QCOMPARE(status, 200);
        QCOMPARE(committed.first().at(0).toLongLong(), 6);
        QCOMPARE(committed.first().at(1).toLongLong(), 0);
        const auto stats = receiver.stats();
        QCOMPARE(stats.spansAccepted, 6);
        QCOMPARE(stats.requestsOk, 1);
        QCOMPARE(stats.rowsCommitted, 6);
        QVERIFY(receiver.statusLine().contains(QStringLiteral("6 spans")));

        // A second receiver on the same port fails with a message naming it.
        core::OtlpReceiver second(store);
        core::OtlpReceiverOptions same = options;
        same.httpPort = receiver.httpPort();
        same.grpcEnabled = false;
        const auto clash = second.start(same);
        QVERIFY(!clash.ok());
        QVERIFY2(clash.error().message.contains(QString::number(receiver.httpPort())),
                 qPrintable(clash.error().message));
        QVERIFY(!second.isRunning());

        receiver.stop();
        QVERIFY(!receiver.isRunning());
        QCOMPARE(store->recordCount().value(), 6);
        // Restartable (Settings may toggle it).
        QVERIFY(receiver.start(options).ok());
        receiver.stop();
    }

    void saturatedWriterAnswers503WithRetryAfter()
    {
        QTemporaryDir dir;
        auto opened = core::Store::open(dir.filePath(QStringLiteral("busy.hearth")));
        QVERIFY(opened.ok());
        std::shared_ptr<core::Store> store(std::move(opened.value()));
        core::OtlpReceiver receiver(store);
        core::OtlpReceiverOptions options;
        options.httpPort = 0;
        options.grpcEnabled = false;
        options.maxQueuedRows = 1; // one request at a time may wait for the writer
        QVERIFY(receiver.start(options).ok());
        std::atomic<int> ok {0}, throttled {0}, retryAfter {0};
        // Concurrent 1,000-span requests: while one is being written, the others find the queue
        // full. Rounds repeat until that happened (bounded), since thread timing is not ours.
        for (int round = 0; round < 20 && throttled == 0; ++round) {
            std::vector<std::thread> clients;
            for (int c = 0; c < 6; ++c) {
                clients.emplace_back([&, round, c] {
                    httplib::Client client("127.0.0.1", receiver.httpPort());
                    const std::uint64_t n = static_cast<std::uint64_t>(round * 10 + c);
                    auto res = client.Post(
                        "/v1/traces", test::traceRequest(n, n * 10000, 1000).SerializeAsString(),
                        "application/x-protobuf");
                    if (res && res->status == 200)
                        ++ok;
                    if (res && res->status == 503) {
                        ++throttled;
                        if (res->get_header_value("Retry-After") == "1")
                            ++retryAfter;
                    }
                });
            }
            for (auto &t : clients)
                t.join();
        }
        QVERIFY(throttled > 0);
        QCOMPARE(retryAfter.load(), throttled.load());
        QVERIFY(ok > 0);
        receiver.stop();
        // Exactly the acknowledged requests were stored.
        QCOMPARE(store->recordCount().value(), std::int64_t(ok) * 1000);
        QCOMPARE(receiver.stats().requestsThrottled, std::int64_t(throttled));
    }
};

QTEST_GUILESS_MAIN(TestOtlpReceiver)
#include "tst_otlpreceiver.moc"
