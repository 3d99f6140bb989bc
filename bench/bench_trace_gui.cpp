// SPDX-License-Identifier: MIT
// Trace waterfall benchmark: open time, memory, and paint time per frame while scrolling, panning
// and zooming, with the painter the app uses (offscreen platform, raster).
//   bench_trace_gui STORE TRACE_ID
// Writes one line per figure; run through bench/run_trace.sh.
#include "app/trace/tracerenderer.h"
#include "core/store/store.h"
#include "core/trace/traceloader.h"

#include <algorithm>
#include <ctime>
#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QTextStream>

using namespace hearth;
using namespace hearth::core::trace;

namespace {

// CPU time of this thread: on a machine shared by many builds, wall time mostly measures the
// queue for a core; both are reported.
double threadCpuMs()
{
    timespec ts {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return static_cast<double>(ts.tv_sec) * 1e3 + static_cast<double>(ts.tv_nsec) / 1e6;
}

double peakRssMiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return -1;
}

struct Frames
{
    std::vector<double> ms;
    std::vector<double> cpu;
    void add(double v, double c)
    {
        ms.push_back(v);
        cpu.push_back(c);
    }
    QString summary()
    {
        std::sort(ms.begin(), ms.end());
        double sum = 0;
        for (double v : ms)
            sum += v;
        const double p95 = ms[static_cast<size_t>(static_cast<double>(ms.size() - 1) * 0.95)];
        std::sort(cpu.begin(), cpu.end());
        double cpuSum = 0;
        for (double v : cpu)
            cpuSum += v;
        const double cpuP95 = cpu[static_cast<size_t>(static_cast<double>(cpu.size() - 1) * 0.95)];
        return QStringLiteral(
                   "frames=%1 wall mean=%2ms p95=%3ms max=%4ms | cpu mean=%5ms p95=%6ms max=%7ms")
            .arg(ms.size())
            .arg(sum / static_cast<double>(ms.size()), 0, 'f', 2)
            .arg(p95, 0, 'f', 2)
            .arg(ms.back(), 0, 'f', 2)
            .arg(cpuSum / static_cast<double>(cpu.size()), 0, 'f', 2)
            .arg(cpuP95, 0, 'f', 2)
            .arg(cpu.back(), 0, 'f', 2);
    }
};

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QTextStream out(stdout);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 3) {
        QTextStream(stderr) << "usage: bench_trace_gui STORE TRACE_ID\n";
        return 2;
    }
    const std::string traceId = args[2].toStdString();
    auto reader = core::Store::openReader(args[1]);
    if (!reader) {
        QTextStream(stderr) << reader.error().message << '\n';
        return 1;
    }

    // Baseline: the bare SQLite scan of the trace's rows through the same index.
    QElapsedTimer timer;
    double scanCpuMs = 0;
    {
        timer.start();
        const double c0 = threadCpuMs();
        core::sqlite::Statement scan(reader->get(),
                                     "SELECT count(*), sum(length(message)) FROM _records WHERE "
                                     "trace_id = ?1");
        scan.bind(1, std::string_view(traceId));
        scan.step();
        scanCpuMs = threadCpuMs() - c0;
        out << "baseline_scan_ms " << timer.elapsed() << " cpu_ms "
            << QString::number(scanCpuMs, 'f', 1) << " rows " << scan.columnInt(0) << '\n';
    }
    const double scanMs = static_cast<double>(timer.elapsed());

    // Open = what the trace page's job does: load, build the tree, prebuild big-subtree mipmaps,
    // then the outline (default expansion) on the GUI thread.
    timer.restart();
    const double cpu0 = threadCpuMs();
    auto loaded = loadTrace(reader->get(), traceId);
    if (!loaded) {
        QTextStream(stderr) << loaded.error().message << '\n';
        return 1;
    }
    const double loadMs = static_cast<double>(timer.nsecsElapsed()) / 1e6;
    auto mipmaps = app::TraceRenderer::prebuildMipmaps(*loaded.value(), 5000);
    const double mipmapMs = static_cast<double>(timer.nsecsElapsed()) / 1e6 - loadMs;
    TraceOutline outline(loaded.value());
    const double openMs = static_cast<double>(timer.nsecsElapsed()) / 1e6;
    const double openCpuMs = threadCpuMs() - cpu0;
    const TraceData &data = *loaded.value();
    out << "spans " << data.size() << '\n'
        << "open_ms " << QString::number(openMs, 'f', 1) << " (load "
        << QString::number(loadMs, 'f', 1) << ", lod " << QString::number(mipmapMs, 'f', 1)
        << ", outline " << QString::number(openMs - loadMs - mipmapMs, 'f', 1) << ") cpu_ms "
        << QString::number(openCpuMs, 'f', 1) << " ratio_to_scan "
        << QString::number(openMs / std::max(1.0, scanMs), 'f', 2) << '\n'
        << "peak_rss_after_open_mib " << QString::number(peakRssMiB(), 'f', 0) << '\n';

    app::TraceRenderer renderer;
    renderer.setOutline(&outline);
    renderer.setMipmaps(std::move(mipmaps));
    QImage image(1600, 1000, QImage::Format_ARGB32_Premultiplied);
    app::TraceViewState state;
    state.treeWidth = 560;
    const double duration = static_cast<double>(data.endUs - data.startUs);
    const core::trace::TimeGeometry fit(-duration * 0.01, duration * 1.01, 574, 980);
    state.geometry = fit;
    auto frame = [&](Frames &frames) {
        const double c0 = threadCpuMs();
        QPainter painter(&image);
        renderer.paint(painter, image.rect(), state);
        painter.end();
        frames.add(renderer.lastPaintMs(), threadCpuMs() - c0);
    };
    const int visibleRows
        = (1000 - app::TraceRenderer::kHeaderHeight) / app::TraceRenderer::kRowHeight;
    auto maxScroll = [&] {
        return std::max(0, outline.rowCount() - visibleRows) * app::TraceRenderer::kRowHeight;
    };

    Frames first;
    frame(first);
    out << "first_frame_ms " << QString::number(first.ms[0], 'f', 2) << '\n';

    Frames scrollDefault;
    for (int i = 0; i < 120; ++i) {
        state.scrollY = std::min(maxScroll(), i * 3 * app::TraceRenderer::kRowHeight);
        frame(scrollDefault);
    }
    out << "scroll_default_expansion rows=" << outline.rowCount() << ' ' << scrollDefault.summary()
        << '\n';

    timer.restart();
    outline.expandAll();
    out << "expand_all_ms " << timer.elapsed() << " rows " << outline.rowCount() << '\n';
    Frames scrollAll;
    std::uint64_t seed = 7;
    for (int i = 0; i < 150; ++i) {
        seed = seed * 6364136223846793005ULL + 1442695040888963407ULL;
        // Half smooth scrolling, half scrollbar jumps anywhere in the million rows.
        state.scrollY = i < 75
            ? std::min(maxScroll(), i * 5 * app::TraceRenderer::kRowHeight)
            : static_cast<int>((seed >> 33) % static_cast<std::uint64_t>(maxScroll() + 1));
        frame(scrollAll);
    }
    out << "scroll_expanded " << scrollAll.summary() << '\n';

    // Zoom from the whole trace down to ~20 µs around the middle and back, then pan at depth.
    Frames zoom;
    state.scrollY = maxScroll() / 2;
    const double anchor = fit.x0() + fit.width() / 2;
    for (int i = 0; i < 60; ++i) {
        state.geometry = state.geometry.zoomed(1.25, anchor);
        frame(zoom);
    }
    Frames pan;
    for (int i = 0; i < 80; ++i) {
        state.geometry = state.geometry.panned(i < 40 ? 25 : -25);
        frame(pan);
    }
    for (int i = 0; i < 60; ++i) {
        state.geometry = state.geometry.zoomed(0.8, anchor);
        frame(zoom);
    }
    out << "zoom_expanded " << zoom.summary() << '\n' << "pan_zoomed_in " << pan.summary() << '\n';

    // Collapsed: every row summarises its hidden descendants with LOD boxes.
    timer.restart();
    outline.collapseAll();
    for (int root : data.roots())
        outline.setExpanded(root, true);
    out << "collapse_all_ms " << timer.elapsed() << " rows " << outline.rowCount() << '\n';
    Frames lod;
    state.geometry = fit;
    state.scrollY = 0;
    for (int i = 0; i < 50; ++i) {
        state.geometry = state.geometry.zoomed(1.3, anchor);
        frame(lod);
    }
    for (int i = 0; i < 50; ++i) {
        state.geometry = state.geometry.panned(i % 2 ? 300 : -280);
        frame(lod);
    }
    for (int i = 0; i < 50; ++i) {
        state.geometry = state.geometry.zoomed(1 / 1.3, anchor);
        frame(lod);
    }
    out << "lod_collapsed_zoom_pan " << lod.summary() << '\n';

    Frames critical;
    timer.restart();
    const auto path = criticalPath(data);
    out << "critical_path_ms " << timer.elapsed() << " segments " << path.size() << '\n';
    renderer.setCriticalPath(&path);
    state.criticalPath = true;
    outline.expandAll();
    for (int i = 0; i < 40; ++i) {
        state.scrollY = std::min(maxScroll(), i * 997 * app::TraceRenderer::kRowHeight);
        frame(critical);
    }
    out << "critical_path_frames " << critical.summary() << '\n';

    timer.restart();
    const int matches = outline.search("order #4242");
    out << "search_ms " << timer.elapsed() << " matches " << matches << '\n';
    out << "peak_rss_mib " << QString::number(peakRssMiB(), 'f', 0) << '\n';
    return 0;
}
