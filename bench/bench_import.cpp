// SPDX-License-Identifier: MIT
// Imports an N-row Logfire v2 JSON export (generated here with the exporter's writer) into a fresh
// store and prints time, throughput and peak RSS. Baselines in the same run: a bare SAX pass over
// the same file (what reading alone costs) and the same rows written with plain Store::write (what
// storing alone costs), so the ratios show what the import adds.
#include "core/io/exporter.h"
#include "core/io/importer.h"
#include "core/store/store.h"

#include <cstdio>
#include <ctime>
#include <fstream>
#include <nlohmann/json.hpp>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <sys/resource.h>

using namespace hearth::core;

namespace {

long statusKb(const char *key)
{
    std::ifstream in("/proc/self/status");
    std::string line;
    while (std::getline(in, line)) {
        if (line.rfind(key, 0) == 0)
            return std::atol(line.c_str() + std::strlen(key) + 1);
    }
    return -1;
}

double cpuSeconds(int who = RUSAGE_SELF)
{
    rusage u {};
    getrusage(who, &u);
    return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec)
        + double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

void resetPeakRss()
{
    std::ofstream("/proc/self/clear_refs") << "5";
}

QString generate(const QString &path, int rows)
{
    const char *names[] = {"start_timestamp",
                           "end_timestamp",
                           "duration",
                           "trace_id",
                           "span_id",
                           "parent_span_id",
                           "kind",
                           "level",
                           "span_name",
                           "message",
                           "attributes",
                           "tags",
                           "otel_status_code",
                           "otel_scope_name",
                           "otel_resource_attributes",
                           "service_name",
                           "service_version",
                           "deployment_environment",
                           "is_exception",
                           "exception_type",
                           "http_response_status_code"};
    const ColumnType types[]
        = {ColumnType::Timestamp, ColumnType::Timestamp, ColumnType::Float,   ColumnType::Text,
           ColumnType::Text,      ColumnType::Text,      ColumnType::Text,    ColumnType::Integer,
           ColumnType::Text,      ColumnType::Text,      ColumnType::Json,    ColumnType::List,
           ColumnType::Text,      ColumnType::Text,      ColumnType::Json,    ColumnType::Text,
           ColumnType::Text,      ColumnType::Text,      ColumnType::Boolean, ColumnType::Text,
           ColumnType::Integer};
    QVector<Column> columns;
    for (size_t i = 0; i < std::size(names); ++i)
        columns.push_back({QString::fromLatin1(names[i]), types[i]});
    io::ResultWriter writer(io::ExportFormat::Json, path);
    if (!writer.begin(columns))
        return {};
    const Micros t0 = 1'780'000'000'000'000;
    QVector<QVariant> row(columns.size());
    for (int i = 0; i < rows; ++i) {
        const int trace = i / 8;
        const int inTrace = i % 8;
        const Micros start = t0 + qint64(i) * 3000;
        row[0] = QVariant::fromValue<qint64>(start);
        row[1] = QVariant::fromValue<qint64>(start + 1500 + inTrace * 100);
        row[2] = (1500 + inTrace * 100) / 1e6;
        row[3] = QStringLiteral("%1").arg(quint64(trace) * 2654435761u, 32, 16, QLatin1Char('0'));
        row[4] = QStringLiteral("%1").arg(quint64(i) * 40503u + 1, 16, 16, QLatin1Char('0'));
        row[5] = inTrace == 0 ? QVariant()
                              : QVariant(QStringLiteral("%1").arg(quint64(trace * 8) * 40503u + 1,
                                                                  16, 16, QLatin1Char('0')));
        row[6] = QStringLiteral("span");
        row[7] = QVariant::fromValue<qint64>(inTrace == 7 ? 17 : 9);
        row[8] = inTrace == 0 ? QStringLiteral("agent run") : QStringLiteral("chat {model}");
        row[9] = QStringLiteral("chat gpt-4o-mini step %1").arg(inTrace);
        row[10] = QStringLiteral("{\"gen_ai.request.model\":\"gpt-4o-mini\",\"gen_ai.usage.input_"
                                 "tokens\":%1,\"gen_ai.usage.output_tokens\":%2,\"step\":%3}")
                      .arg(100 + i % 900)
                      .arg(20 + i % 80)
                      .arg(inTrace);
        row[11] = QStringLiteral("[\"agent\"]");
        row[12] = inTrace == 7 ? QVariant(QStringLiteral("ERROR")) : QVariant();
        row[13] = QStringLiteral("pydantic-ai");
        row[14]
            = QStringLiteral("{\"service.name\":\"support-bot\",\"service.version\":\"1.4.2\"}");
        row[15] = QStringLiteral("support-bot");
        row[16] = QStringLiteral("1.4.2");
        row[17] = QStringLiteral("prod");
        row[18] = inTrace == 7;
        row[19] = inTrace == 7 ? QVariant(QStringLiteral("TimeoutError")) : QVariant();
        row[20] = inTrace == 0 ? QVariant::fromValue<qint64>(200) : QVariant();
        if (!writer.row(row))
            return {};
    }
    if (!writer.finish())
        return {};
    return path;
}

// The rows of the export as the importer maps them, built directly: the baseline writes these
// with plain Store::write batches (the ingest path), so import / baseline is what reading,
// parsing, mapping and staging add on top of storing.
WriteBatch baselineBatch(int from, int to)
{
    WriteBatch b;
    const Micros t0 = 1'780'000'000'000'000;
    for (int i = from; i < to; ++i) {
        const int trace = i / 8;
        const int inTrace = i % 8;
        Record r;
        r.startUs = t0 + qint64(i) * 3000;
        r.endUs = r.startUs + 1500 + inTrace * 100;
        r.duration = (1500 + inTrace * 100) / 1e6;
        r.traceId = QStringLiteral("%1")
                        .arg(quint64(trace) * 2654435761u, 32, 16, QLatin1Char('0'))
                        .toStdString();
        r.spanId = QStringLiteral("%1")
                       .arg(quint64(i) * 40503u + 1, 16, 16, QLatin1Char('0'))
                       .toStdString();
        if (inTrace != 0)
            r.parentSpanId = QStringLiteral("%1")
                                 .arg(quint64(trace * 8) * 40503u + 1, 16, 16, QLatin1Char('0'))
                                 .toStdString();
        r.kind = "span";
        r.level = inTrace == 7 ? 17 : 9;
        r.spanName = inTrace == 0 ? "agent run" : "chat {model}";
        r.message = "chat gpt-4o-mini step " + std::to_string(inTrace);
        r.attributes = "{\"gen_ai.request.model\":\"gpt-4o-mini\",\"gen_ai.usage.input_tokens\":"
            + std::to_string(100 + i % 900) + ",\"gen_ai.usage.output_tokens\":"
            + std::to_string(20 + i % 80) + ",\"step\":" + std::to_string(inTrace) + "}";
        r.tags = "[\"agent\"]";
        if (inTrace == 7)
            r.otelStatusCode = "ERROR";
        r.otelScopeName = "pydantic-ai";
        r.otelResourceAttributes
            = "{\"service.name\":\"support-bot\",\"service.version\":\"1.4.2\"}";
        r.serviceName = "support-bot";
        r.serviceVersion = "1.4.2";
        r.deploymentEnvironment = "prod";
        r.isException = inTrace == 7;
        if (inTrace == 7)
            r.exceptionType = "TimeoutError";
        if (inTrace == 0)
            r.httpResponseStatusCode = 200;
        r.genAiRequestModel = "gpt-4o-mini";
        r.genAiInputTokens = 100 + i % 900;
        r.genAiOutputTokens = 20 + i % 80;
        b.records.push_back(std::move(r));
    }
    return b;
}

struct CountingSax : nlohmann::json_sax<nlohmann::json>
{
    long values = 0;
    bool null() override { return ++values; }
    bool boolean(bool) override { return ++values; }
    bool number_integer(number_integer_t) override { return ++values; }
    bool number_unsigned(number_unsigned_t) override { return ++values; }
    bool number_float(number_float_t, const string_t &) override { return ++values; }
    bool string(string_t &) override { return ++values; }
    bool binary(binary_t &) override { return ++values; }
    bool start_object(std::size_t) override { return true; }
    bool end_object() override { return true; }
    bool start_array(std::size_t) override { return true; }
    bool end_array() override { return true; }
    bool key(string_t &) override { return true; }
    bool parse_error(std::size_t, const std::string &, const nlohmann::detail::exception &) override
    {
        return false;
    }
};

} // namespace

int main(int argc, char **argv)
{
    std::setvbuf(stdout, nullptr, _IOLBF, 0);
    QCoreApplication app(argc, argv);
    int rows = 1'000'000;
    const QStringList args = app.arguments();
    if (const int i = args.indexOf(QStringLiteral("--rows")); i > 0 && i + 1 < args.size())
        rows = args[i + 1].toInt();
    QTemporaryDir dir(QStringLiteral("/tmp/bench_import-XXXXXX"));
    QElapsedTimer timer;
    timer.start();
    // --file PATH reuses (or writes, then keeps) the export, e.g. to profile the import alone;
    // --no-baseline skips the baselines.
    QString file;
    if (const int i = args.indexOf(QStringLiteral("--file")); i > 0 && i + 1 < args.size())
        file = args[i + 1];
    const bool baselines = !args.contains(QStringLiteral("--no-baseline"));
    if (file.isEmpty())
        file = generate(dir.path() + QStringLiteral("/export.json"), rows);
    else if (!QFileInfo::exists(file))
        file = generate(file, rows); // kept for the next run
    if (file.isEmpty()) {
        std::fprintf(stderr, "generating the export failed\n");
        return 1;
    }
    const double genS = timer.elapsed() / 1000.0;
    const double mb = QFileInfo(file).size() / 1e6;
    std::printf("export: %d rows, %.0f MB (generated in %.1f s)\n", rows, mb, genS);

    double saxS = 0, saxCpu = 0, writeS = 0, writeCpu = 0;
    if (baselines) {
        resetPeakRss();
        timer.restart();
        const double saxCpu0 = cpuSeconds();
        {
            std::ifstream in(file.toStdString(), std::ios::binary);
            CountingSax sax;
            nlohmann::json::sax_parse(in, &sax);
        }
        saxS = timer.elapsed() / 1000.0;
        saxCpu = cpuSeconds() - saxCpu0;
    }

    resetPeakRss();
    const long rssBefore = statusKb("VmRSS:");
    auto store = Store::open(dir.path() + QStringLiteral("/bench.hearth"));
    if (!store) {
        std::fprintf(stderr, "%s\n", qPrintable(store.error().message));
        return 1;
    }
    // --cache-mb N: the store's page cache (default the Store's own), to see what the cache buys.
    if (const int i = args.indexOf(QStringLiteral("--cache-mb")); i > 0 && i + 1 < args.size())
        (void)(*store)->writer().exec("PRAGMA cache_size=-"
                                      + std::to_string(args[i + 1].toLongLong() * 1024));
    io::ImportOptions options;
    // --stage-rows N / --stage-ms N: to measure what staging costs against bigger stages.
    if (const int i = args.indexOf(QStringLiteral("--stage-rows")); i > 0 && i + 1 < args.size())
        options.stageRows = args[i + 1].toLongLong();
    if (const int i = args.indexOf(QStringLiteral("--stage-ms")); i > 0 && i + 1 < args.size())
        options.stageMillis = args[i + 1].toInt();
    io::Importer importer(**store, options);
    timer.restart();
    const double cpu0 = cpuSeconds();
    const double writerCpu0 = cpuSeconds(RUSAGE_THREAD);
    auto report = importer.importFiles({file});
    const double importS = timer.elapsed() / 1000.0;
    const double importCpu = cpuSeconds() - cpu0;
    // The calling thread writes; the importer's second thread parses and maps.
    const double writerCpu = cpuSeconds(RUSAGE_THREAD) - writerCpu0;
    if (!report) {
        std::fprintf(stderr, "%s\n", qPrintable(report.error().message));
        return 1;
    }
    const long peak = statusKb("VmHWM:");
    // Baseline 2 runs after the import so that it does not inflate the import's peak RSS.
    if (baselines) {
        // Baseline 2: the same rows through plain Store::write (5,000-row transactions).
        auto base = Store::open(dir.path() + QStringLiteral("/baseline.hearth"));
        if (!base) {
            std::fprintf(stderr, "%s\n", qPrintable(base.error().message));
            return 1;
        }
        resetPeakRss();
        double buildCpu = 0;
        timer.restart();
        const double writeCpu0 = cpuSeconds();
        qint64 buildMs = 0;
        for (int from = 0; from < rows; from += 5000) {
            QElapsedTimer build;
            build.start();
            const double b0 = cpuSeconds();
            const WriteBatch batch = baselineBatch(from, std::min(rows, from + 5000));
            buildCpu += cpuSeconds() - b0;
            buildMs += build.elapsed();
            if (auto w = (*base)->write(batch); !w) {
                std::fprintf(stderr, "%s\n", qPrintable(w.error().message));
                return 1;
            }
        }
        writeS = (timer.elapsed() - buildMs) / 1000.0; // building the rows is not storing them
        writeCpu = cpuSeconds() - writeCpu0 - buildCpu;
        base->reset();
        QFile::remove(dir.path() + QStringLiteral("/baseline.hearth"));
        QFile::remove(dir.path() + QStringLiteral("/baseline.hearth-wal"));
    }
    if (baselines) {
        std::printf("baseline 1, SAX pass only:          %6.2f s wall, %6.2f s CPU\n", saxS,
                    saxCpu);
        std::printf("baseline 2, Store::write same rows: %6.2f s wall, %6.2f s CPU\n", writeS,
                    writeCpu);
    }
    std::printf("import into a new store:            %6.2f s wall, %6.2f s CPU (%.0f rows/s, %.0f "
                "MB/s, %lld stages)\n",
                importS, importCpu, rows / importS, mb / importS,
                static_cast<long long>(report->stages));
    std::printf(
        "  of which writing thread %.2f s CPU, parsing thread %.2f s CPU: on two free cores "
        "the wall time approaches the larger\n",
        writerCpu, importCpu - writerCpu);
    if (baselines)
        std::printf("ratios: import / Store::write = %.2f (wall), %.2f (CPU); import / SAX pass = "
                    "%.2f (wall)\n",
                    importS / writeS, importCpu / writeCpu, importS / saxS);
    std::printf("records stored: %lld; peak RSS during import: %ld MB (RSS before: %ld MB)\n",
                static_cast<long long>(report->recordsInserted), peak / 1024, rssBefore / 1024);
    timer.restart();
    auto again = importer.importFiles({file});
    std::printf("re-import of the same file: %.2f s, %lld new, %lld duplicates\n",
                timer.elapsed() / 1000.0,
                again ? static_cast<long long>(again->recordsInserted) : -1LL,
                again ? static_cast<long long>(again->recordsDuplicate) : -1LL);
    return importS <= 20.0 ? 0 : 2;
}
