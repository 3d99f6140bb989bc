// SPDX-License-Identifier: MIT
// Imports an N-row Logfire v2 JSON export (generated here with the exporter's writer) into a fresh
// store and prints time, throughput and peak RSS. Baseline in the same run: a bare SAX pass over
// the same file (what reading alone costs), so the ratio shows the cost of mapping and storing.
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

double cpuSeconds()
{
    rusage u {};
    getrusage(RUSAGE_SELF, &u);
    return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec)
        + double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

void resetPeakRss()
{
    std::ofstream("/proc/self/clear_refs") << "5";
}

QString generate(const QString &dir, int rows)
{
    const QString path = dir + QStringLiteral("/export.json");
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
    const QString file = generate(dir.path(), rows);
    if (file.isEmpty()) {
        std::fprintf(stderr, "generating the export failed\n");
        return 1;
    }
    const double genS = timer.elapsed() / 1000.0;
    const double mb = QFileInfo(file).size() / 1e6;
    std::printf("export: %d rows, %.0f MB (generated in %.1f s)\n", rows, mb, genS);

    resetPeakRss();
    timer.restart();
    const double saxCpu0 = cpuSeconds();
    {
        std::ifstream in(file.toStdString(), std::ios::binary);
        CountingSax sax;
        nlohmann::json::sax_parse(in, &sax);
    }
    const double saxS = timer.elapsed() / 1000.0;
    const double saxCpu = cpuSeconds() - saxCpu0;

    resetPeakRss();
    const long rssBefore = statusKb("VmRSS:");
    auto store = Store::open(dir.path() + QStringLiteral("/bench.hearth"));
    if (!store) {
        std::fprintf(stderr, "%s\n", qPrintable(store.error().message));
        return 1;
    }
    io::ImportOptions options;
    io::Importer importer(**store, options);
    timer.restart();
    const double cpu0 = cpuSeconds();
    auto report = importer.importFiles({file});
    const double importS = timer.elapsed() / 1000.0;
    const double importCpu = cpuSeconds() - cpu0;
    if (!report) {
        std::fprintf(stderr, "%s\n", qPrintable(report.error().message));
        return 1;
    }
    const long peak = statusKb("VmHWM:");
    std::printf("baseline SAX pass only:  %.2f s wall, %.2f s CPU (%.0f MB/s)\n", saxS, saxCpu,
                mb / saxS);
    std::printf("import into a new store: %.2f s wall, %.2f s CPU (%.0f rows/s, %.0f MB/s) = %.1fx "
                "the SAX pass (CPU)\n",
                importS, importCpu, rows / importS, mb / importS, importCpu / saxCpu);
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
