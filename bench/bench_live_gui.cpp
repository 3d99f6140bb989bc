// SPDX-License-Identifier: MIT
// Live view benchmarks (issue 5):
//   1. first screen: time from opening the Live view on a large store to its first rows;
//   2. stalls: the longest gap of a 5 ms GUI timer while another thread writes spans through
//      core::Store at a target rate and the Live view polls and follows them.
// Usage: bench_live_gui [--records N] [--rate SPANS_PER_S] [--seconds S] [--db FILE] [--make-db
// FILE]
#include "app/appcontext.h"
#include "app/live/livepage.h"
#include "core/live/livetreemodel.h"
#include "core/store/store.h"
#include "livefixture.h"

#include <atomic>
#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QListView>
#include <QTextStream>
#include <QTimer>
#include <thread>

using namespace hearth;

namespace {

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

// Fills `path` with about `records` records spread over the last `spanUs`, newest at now.
bool fillStore(const QString &path, qint64 records, core::Micros spanUs)
{
    auto store = core::Store::open(path);
    if (!store) {
        out() << "cannot open " << path << ": " << store.error().message << Qt::endl;
        return false;
    }
    auto count = (*store)->recordCount();
    if (count && count.value() >= records * 9 / 10) {
        out() << "reusing " << path << " (" << count.value() << " records)" << Qt::endl;
        return true;
    }
    std::mt19937_64 rng(7);
    const core::Micros now = core::nowMicros();
    const qint64 traces = records / 10;
    core::WriteBatch batch;
    qint64 written = 0;
    for (qint64 i = 0; i < traces; ++i) {
        const core::Micros start = now - spanUs + spanUs * i / std::max<qint64>(traces, 1);
        for (auto &r : bench::makeTrace(rng, start, i == traces - 1))
            batch.records.push_back(std::move(r));
        if (batch.records.size() >= 5000) {
            written += static_cast<qint64>(batch.records.size());
            if (auto s = (*store)->write(batch); !s) {
                out() << "write failed: " << s.error().message << Qt::endl;
                return false;
            }
            batch.records.clear();
        }
    }
    if (!batch.records.empty())
        (void)(*store)->write(batch);
    (void)(*store)->checkpoint();
    out() << "wrote ~" << written << " records to " << path << Qt::endl;
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    auto option = [&](const QString &name, const QString &fallback) {
        const int i = args.indexOf(name);
        return i >= 0 && i + 1 < args.size() ? args.at(i + 1) : fallback;
    };
    if (args.contains(QStringLiteral("--make-db"))) {
        const QString path = option(QStringLiteral("--make-db"), QString());
        return fillStore(path,
                         option(QStringLiteral("--records"), QStringLiteral("3000")).toLongLong(),
                         option(QStringLiteral("--span-minutes"), QStringLiteral("50")).toLongLong()
                             * core::kMicrosPerMinute)
            ? 0
            : 1;
    }
    const qint64 records
        = option(QStringLiteral("--records"), QStringLiteral("1000000")).toLongLong();
    const int rate = option(QStringLiteral("--rate"), QStringLiteral("20000")).toInt();
    const int seconds = option(QStringLiteral("--seconds"), QStringLiteral("10")).toInt();
    const QString path
        = option(QStringLiteral("--db"), QStringLiteral("/tmp/hearth-bench-live.db"));

    // 1M records over 7 days (about 1.7 records/s), like a week of a busy agent service.
    if (!fillStore(path, records, 7 * core::kMicrosPerDay))
        return 1;

    app::AppContext context;
    if (auto s = context.openStore(path); !s) {
        out() << s.error().message << Qt::endl;
        return 1;
    }

    // --- 1. First screen -------------------------------------------------------------------
    double firstScreenMs = 0;
    {
        QElapsedTimer timer;
        timer.start();
        app::LivePage page(&context);
        page.resize(1400, 900);
        page.setTimeRange(core::TimeRange::last(7 * core::kMicrosPerDay));
        page.show();
        bool loaded = false;
        QObject::connect(&page, &app::LivePage::loaded, [&] { loaded = true; });
        while (!loaded && timer.elapsed() < 10000)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        page.list()->viewport()->repaint();
        firstScreenMs = static_cast<double>(timer.nsecsElapsed()) / 1e6;
        out() << "first screen (7-day window, " << records << " records): " << firstScreenMs
              << " ms, " << page.model()->rowCount() << " rows" << Qt::endl;
    }

    // --- 2. Stalls while writing at `rate` spans/s --------------------------------------------
    // Phase A (baseline): the writer alone with the stall detector, no Live view: what this
    // (shared, noisy) machine's scheduler does to a GUI thread anyway. Phase B: the same with the
    // Live view open and following.
    auto store = context.store();
    struct Phase
    {
        qint64 worst = 0;
        qint64 stalls = 0;
        double achieved = 0;
    };
    auto measure = [&](app::LivePage *page) {
        std::atomic_bool stop {false};
        std::atomic<qint64> written {0};
        std::thread writer([&] {
            std::mt19937_64 rng(
                static_cast<std::uint64_t>(core::nowMicros())); // fresh ids every run
            QElapsedTimer clock;
            clock.start();
            while (!stop.load()) {
                // Write what the rate allows so far.
                const qint64 due = clock.elapsed() * rate / 1000;
                core::WriteBatch batch;
                while (written.load() + static_cast<qint64>(batch.records.size()) < due
                       && batch.records.size() < 20000)
                    for (auto &r :
                         bench::makeTrace(rng, core::nowMicros() - 3 * core::kMicrosPerSecond))
                        batch.records.push_back(std::move(r));
                if (!batch.records.empty()) {
                    written += static_cast<qint64>(batch.records.size());
                    if (auto status = store->write(batch); !status)
                        out() << "write failed: " << status.error().message << Qt::endl;
                }
                std::this_thread::sleep_for(
                    std::chrono::milliseconds(50)); // pacing, not synchronisation
            }
        });
        Phase phase;
        QElapsedTimer gap;
        gap.start();
        QTimer ticker;
        ticker.setInterval(5);
        QObject::connect(&ticker, &QTimer::timeout, [&] {
            const qint64 g = gap.restart();
            phase.worst = std::max(phase.worst, g);
            if (g > 50)
                ++phase.stalls;
        });
        ticker.start();
        QElapsedTimer run;
        run.start();
        while (run.elapsed() < seconds * 1000)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        stop = true;
        writer.join();
        phase.achieved
            = static_cast<double>(written.load()) * 1000.0 / static_cast<double>(run.elapsed());
        (void)page;
        return phase;
    };

    const Phase baseline = measure(nullptr);
    out() << "baseline (writer only, no Live view): achieved " << qint64(baseline.achieved)
          << " spans/s; worst gap " << baseline.worst << " ms, gaps over 50 ms: " << baseline.stalls
          << Qt::endl;

    app::LivePage page(&context);
    page.resize(1400, 900);
    page.setTimeRange(core::TimeRange::last(5 * core::kMicrosPerMinute));
    page.show();
    {
        bool loaded = false;
        QObject::connect(&page, &app::LivePage::loaded, [&] { loaded = true; });
        QElapsedTimer wait;
        wait.start();
        while (!loaded && wait.elapsed() < 10000)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    }
    qint64 polls = 0;
    qint64 merged = 0;
    QObject::connect(&page, &app::LivePage::polled, [&](int added) {
        ++polls;
        merged += added;
    });
    const Phase live = measure(&page);
    const auto &gui = page.guiStats();
    out() << "live view following: target " << rate << " spans/s, achieved "
          << qint64(live.achieved) << " spans/s for " << seconds << " s; polls " << polls
          << ", records merged " << merged << ", rows shown " << page.model()->rowCount()
          << Qt::endl;
    out() << "event-loop: worst gap " << live.worst
          << " ms (5 ms timer), gaps over 50 ms: " << live.stalls << " (baseline " << baseline.worst
          << " ms / " << baseline.stalls << ")" << Qt::endl;
    out() << "GUI-thread merge slices: " << gui.merges << ", longest " << gui.maxMergeMs
          << " ms, total " << gui.totalMergeMs << " ms" << Qt::endl;
    out() << "RESULT first_screen_ms=" << firstScreenMs << " worst_gap_ms=" << live.worst
          << " stalls_over_50ms=" << live.stalls << " baseline_worst_gap_ms=" << baseline.worst
          << " baseline_stalls=" << baseline.stalls << " longest_merge_ms=" << gui.maxMergeMs
          << " achieved_rate=" << qint64(live.achieved) << Qt::endl;
    return 0;
}
