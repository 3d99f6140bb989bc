// SPDX-License-Identifier: MIT
#include "app/shell/pngfile.h"
#include "app/trace/tracerenderer.h"
#include "cli/command.h"
#include "core/store/store.h"
#include "core/trace/criticalpath.h"
#include "core/trace/traceloader.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QImage>
#include <QPainter>
#include <QTextStream>

using namespace hearth;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(hearth::cli::RenderTrace)
};

int runRenderTrace(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Draw the waterfall of one trace to a PNG (headless), with the painter the "
               "app uses."));
    parser.addHelpOption();
    parser.addOptions({
        {QStringLiteral("db"), Tr::tr("The store file."), QStringLiteral("FILE"),
         core::defaultStorePath()},
        {QStringLiteral("trace"), Tr::tr("Trace id (32 hex); default: the latest trace."),
         QStringLiteral("TRACE_ID")},
        {QStringLiteral("out"), Tr::tr("PNG file to write."), QStringLiteral("FILE.png")},
        {QStringLiteral("width"), Tr::tr("Image width in pixels (default 1600)."),
         QStringLiteral("W"), QStringLiteral("1600")},
        {QStringLiteral("height"), Tr::tr("Image height in pixels (default 900)."),
         QStringLiteral("H"), QStringLiteral("900")},
        {QStringLiteral("view"),
         Tr::tr("Visible time range in ms from the trace start, e.g. 120:180."),
         QStringLiteral("FROM:TO")},
        {QStringLiteral("expand-all"),
         Tr::tr("Expand every span (default: huge traces "
                "open collapsed).")},
        {QStringLiteral("collapse-all"), Tr::tr("Collapse every span.")},
        {QStringLiteral("critical-path"), Tr::tr("Highlight the critical path.")},
        {QStringLiteral("search"), Tr::tr("Highlight spans matching TEXT."),
         QStringLiteral("TEXT")},
        {QStringLiteral("select"), Tr::tr("Select (and reveal) this span id."),
         QStringLiteral("SPAN_ID")},
        {QStringLiteral("scroll"), Tr::tr("Scroll down this many rows."), QStringLiteral("ROWS")},
    });
    parser.process(QStringList {QStringLiteral("hearth-cli render-trace")} + args);

    QTextStream err(stderr);
    QTextStream out(stdout);
    const QString outPath = parser.value(QStringLiteral("out"));
    bool okW = false;
    bool okH = false;
    const int width = parser.value(QStringLiteral("width")).toInt(&okW);
    const int height = parser.value(QStringLiteral("height")).toInt(&okH);
    if (outPath.isEmpty()) {
        err << "hearth-cli render-trace: " << Tr::tr("--out FILE.png is required") << '\n';
        return cli::ExitUsage;
    }
    if (!okW || !okH || width < 200 || height < 100 || width > 16384 || height > 16384) {
        err << "hearth-cli render-trace: "
            << Tr::tr("--width must be 200..16384 and --height 100..16384") << '\n';
        return cli::ExitUsage;
    }
    auto reader = core::Store::openReader(parser.value(QStringLiteral("db")));
    if (!reader) {
        err << "hearth-cli render-trace: " << reader.error().message << '\n';
        return cli::ExitFailure;
    }
    std::string traceId = parser.value(QStringLiteral("trace")).trimmed().toLower().toStdString();
    if (traceId.empty()) {
        auto latest = core::trace::latestTraceId(reader->get());
        if (!latest || latest->empty()) {
            err << "hearth-cli render-trace: " << Tr::tr("the store holds no trace") << '\n';
            return cli::ExitFailure;
        }
        traceId = *latest;
    }
    QElapsedTimer timer;
    timer.start();
    auto loaded = core::trace::loadTrace(reader->get(), traceId);
    if (!loaded) {
        err << "hearth-cli render-trace: " << loaded.error().message << '\n';
        return cli::ExitFailure;
    }
    const auto loadMs = timer.elapsed();
    const auto &data = *loaded.value();
    core::trace::TraceOutline outline(loaded.value());
    if (parser.isSet(QStringLiteral("expand-all")))
        outline.expandAll();
    if (parser.isSet(QStringLiteral("collapse-all")))
        outline.collapseAll();
    if (parser.isSet(QStringLiteral("search")))
        outline.search(parser.value(QStringLiteral("search")).toStdString());

    app::TraceViewState state;
    state.treeWidth = std::clamp(width * 2 / 5, 240, 560);
    const double duration = static_cast<double>(data.endUs - data.startUs);
    state.geometry = core::trace::TimeGeometry(-duration * 0.01, duration * 1.06,
                                               state.treeWidth + 12, width - state.treeWidth - 24);
    if (parser.isSet(QStringLiteral("view"))) {
        const QStringList range = parser.value(QStringLiteral("view")).split(QLatin1Char(':'));
        bool a = false;
        bool b = false;
        const double from = range.value(0).toDouble(&a) * 1000;
        const double to = range.value(1).toDouble(&b) * 1000;
        if (!a || !b || to <= from) {
            err << "hearth-cli render-trace: "
                << Tr::tr("--view wants FROM:TO in milliseconds, FROM < TO") << '\n';
            return cli::ExitUsage;
        }
        state.geometry = state.geometry.withView(from, to);
    }
    if (parser.isSet(QStringLiteral("select"))) {
        const int node = data.findSpan(parser.value(QStringLiteral("select")).toStdString());
        if (node < 0) {
            err << "hearth-cli render-trace: "
                << Tr::tr("no span %1 in this trace").arg(parser.value(QStringLiteral("select")))
                << '\n';
            return cli::ExitFailure;
        }
        outline.expandAncestors(node);
        state.selectedNode = node;
        // Without an explicit view, frame the selected span's parent, as the app does.
        if (!parser.isSet(QStringLiteral("view"))) {
            const int frame = std::max(0, data.nodes[static_cast<size_t>(node)].parent);
            const double start
                = static_cast<double>(data.nodes[static_cast<size_t>(frame)].start - data.startUs);
            const double end
                = static_cast<double>(data.subtreeEnd[static_cast<size_t>(frame)] - data.startUs);
            const double pad = std::max(1.0, (end - start) * 0.05);
            state.geometry = state.geometry.withView(start - pad, end + pad);
        }
        if (!parser.isSet(QStringLiteral("scroll")))
            state.scrollY = std::max(0, outline.rowOf(node) - 4) * app::TraceRenderer::kRowHeight;
    }
    if (parser.isSet(QStringLiteral("scroll")))
        state.scrollY
            = parser.value(QStringLiteral("scroll")).toInt() * app::TraceRenderer::kRowHeight;
    std::vector<core::trace::CriticalSegment> path;
    app::TraceRenderer renderer;
    renderer.setOutline(&outline);
    if (parser.isSet(QStringLiteral("critical-path"))) {
        path = core::trace::criticalPath(data);
        renderer.setCriticalPath(&path);
        state.criticalPath = true;
    }

    QImage image(width, height, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        renderer.paint(painter, image.rect(), state);
    }
    if (auto s = app::writePngFile(image, outPath); !s) {
        err << "hearth-cli render-trace: " << s.error().message << '\n';
        return cli::ExitFailure;
    }
    out << Tr::tr("wrote %1 (%2x%3): %4 spans, %5 rows, loaded in %6 ms, painted in %7 ms")
               .arg(outPath)
               .arg(width)
               .arg(height)
               .arg(data.size())
               .arg(outline.rowCount())
               .arg(loadMs)
               .arg(QString::number(renderer.lastPaintMs(), 'f', 1))
        << '\n';
    return cli::ExitOk;
}

// A PNG renderer: needs a QApplication (offscreen), hence needsGui.
const cli::CommandRegistrar registerRenderTrace(cli::Command {
    "render-trace",
    QT_TRANSLATE_NOOP("hearth::cli::Commands", "Draw a trace's waterfall to a PNG (headless)"),
    runRenderTrace, true});

} // namespace
