// SPDX-License-Identifier: MIT
// Crash safety: kill -9 the server while clients are sending; every acknowledged record must be in
// the store afterwards, and the database must pass integrity_check.
#include "core/store/store.h"
#include "otlpfixtures.h"
#include "servehelper.h"

#include <atomic>
#include <httplib.h>
#include <mutex>
#include <QTemporaryDir>
#include <QTest>
#include <thread>

using namespace hearth;
using hearth::test::ServeProcess;

class TestOtlpCrash : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void killNineLosesNoAcknowledgedRecord()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("crash.hearth"));
        ServeProcess serve;
        const QString error = serve.start(db, {QStringLiteral("--no-otlp-grpc")});
        QVERIFY2(error.isEmpty(), qPrintable(error));

        constexpr int kClients = 4;
        constexpr int kSpansPerRequest = 50;
        std::atomic<bool> stop {false};
        std::atomic<int> acked {0};
        std::mutex mutex;
        std::vector<std::uint64_t> ackedTraces; // trace numbers whose request got a 200
        std::vector<std::thread> clients;
        const int port = serve.httpPort();
        for (int c = 0; c < kClients; ++c) {
            clients.emplace_back([&, c] {
                httplib::Client client("127.0.0.1", port);
                client.set_read_timeout(10, 0);
                for (std::uint64_t k = 0; !stop; ++k) {
                    const std::uint64_t traceNo = static_cast<std::uint64_t>(c) * 1'000'000 + k;
                    const auto body = test::traceRequest(traceNo, traceNo * 100, kSpansPerRequest)
                                          .SerializeAsString();
                    auto res = client.Post("/v1/traces", body, "application/x-protobuf");
                    if (!res)
                        break; // the server is gone: this request was never acknowledged
                    if (res->status == 200) {
                        std::lock_guard lock(mutex);
                        ackedTraces.push_back(traceNo);
                        ++acked;
                    }
                }
            });
        }
        // Kill while requests are in flight (clients never pause between requests).
        QTRY_VERIFY_WITH_TIMEOUT(acked >= 150, 60000);
        serve.stopHard();
        stop = true;
        for (auto &t : clients)
            t.join();
        QCOMPARE(serve.process().exitStatus(), QProcess::CrashExit);

        {
            auto opened = core::Store::open(db); // recovers the WAL
            QVERIFY2(opened.ok(), qPrintable(opened ? QString() : opened.error().message));
            auto &conn = (*opened)->writer();
            core::sqlite::Statement check(conn.get(), "PRAGMA integrity_check");
            QCOMPARE(check.step(), SQLITE_ROW);
            QCOMPARE(check.columnText(0), std::string_view("ok"));
            core::sqlite::Statement count(conn.get(),
                                          "SELECT count(*) FROM _records WHERE trace_id = ?1");
            std::lock_guard lock(mutex);
            QVERIFY(ackedTraces.size() >= 150);
            for (auto traceNo : ackedTraces) {
                const std::string traceId
                    = test::hexOf(test::rawId(0xABCD000000000000ULL | traceNo, traceNo + 1, 16));
                count.bind(1, std::string_view(traceId));
                QCOMPARE(count.step(), SQLITE_ROW);
                const auto n = count.columnInt(0);
                count.reset();
                QVERIFY2(n == kSpansPerRequest, traceId.c_str());
            }
        }

        // The store is usable again by a new server.
        ServeProcess again;
        const QString error2 = again.start(db, {QStringLiteral("--no-otlp-grpc")});
        QVERIFY2(error2.isEmpty(), qPrintable(error2));
        httplib::Client client("127.0.0.1", again.httpPort());
        auto res
            = client.Post("/v1/traces", test::traceRequest(99'000'000, 1, 3).SerializeAsString(),
                          "application/x-protobuf");
        QVERIFY(res);
        QCOMPARE(res->status, 200);
        QCOMPARE(again.terminate(), 0);
    }
};

QTEST_GUILESS_MAIN(TestOtlpCrash)
#include "tst_otlpcrash.moc"
