// SPDX-License-Identifier: MIT
// Writes the trace fixtures used by the trace benchmark and screenshots into a store:
//   bench_trace_fixtures STORE [BIG_SPANS...]
// Small traces (agent, exception, legacy LLM) always; then one batch-job trace per size given.
// Prints "<kind> <trace_id>" per trace.
#include "core/store/store.h"
#include "core/trace/sampletraces.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

using namespace hearth::core;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 2) {
        QTextStream(stderr) << "usage: bench_trace_fixtures STORE [BIG_SPANS...]\n";
        return 2;
    }
    auto store = Store::open(args[1]);
    if (!store) {
        QTextStream(stderr) << store.error().message << '\n';
        return 1;
    }
    const Micros now = nowMicros() - 3'600'000'000LL;
    WriteBatch batch;
    const auto add = [&batch](std::vector<Record> rows) {
        batch.records.insert(batch.records.end(), rows.begin(), rows.end());
    };
    const std::string agent = trace::samples::makeTraceId(101);
    const std::string failure = trace::samples::makeTraceId(102);
    const std::string legacy = trace::samples::makeTraceId(103);
    add(trace::samples::agentTrace(agent, now));
    add(trace::samples::exceptionTrace(failure, now + 10'000'000));
    add(trace::samples::legacyLlmTrace(legacy, now + 20'000'000));
    if (auto r = (*store)->write(batch); !r) {
        QTextStream(stderr) << r.error().message << '\n';
        return 1;
    }
    out << "agent " << QString::fromStdString(agent) << '\n'
        << "exception " << QString::fromStdString(failure) << '\n'
        << "legacy " << QString::fromStdString(legacy) << '\n';
    for (int i = 2; i < args.size(); ++i) {
        const int spans = args[i].toInt();
        const std::string id = trace::samples::makeTraceId(200 + static_cast<std::uint64_t>(spans));
        QElapsedTimer timer;
        timer.start();
        if (auto st = trace::samples::writeBigTrace(**store, id, spans, now + 30'000'000); !st) {
            QTextStream(stderr) << st.error().message << '\n';
            return 1;
        }
        out << "big" << spans << ' ' << QString::fromStdString(id) << "  (written in "
            << timer.elapsed() << " ms)\n";
    }
    return 0;
}
