// SPDX-License-Identifier: MIT
// Renders the Live and Explore pages in the states the docs show (details panel open, chart tab)
// to PNGs, so screenshots are reproducible: bench_live_shots_gui --db FILE --out DIR
#include "app/appcontext.h"
#include "app/explore/explorepage.h"
#include "app/live/livepage.h"
#include "app/mainwindow.h"
#include "core/live/livetreemodel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QListView>
#include <QTabWidget>
#include <QTextStream>

using namespace hearth;

namespace {

void pump(int ms)
{
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < ms)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("hearth-shots"));
    const QStringList args = app.arguments();
    auto option = [&](const QString &name, const QString &fallback) {
        const int i = args.indexOf(name);
        return i >= 0 && i + 1 < args.size() ? args.at(i + 1) : fallback;
    };
    const QString db = option(QStringLiteral("--db"), QStringLiteral("/tmp/live_shot.db"));
    const QString out = option(QStringLiteral("--out"), QStringLiteral("/tmp"));
    app::AppContext context;
    if (!context.openStore(db).ok())
        return 1;
    app::MainWindow window(&context);
    window.resize(1440, 860);
    window.showPage(app::MainWindow::Live);
    window.show();
    auto *live = window.findChild<app::LivePage *>();
    pump(1500);
    // Select the last model request so the details panel shows tokens.
    for (int row = live->model()->rowCount() - 1; row >= 0; --row) {
        if (live->model()->node(row)->record.modelRequest) {
            live->list()->setCurrentIndex(live->model()->index(row));
            break;
        }
    }
    pump(300);
    window.grab().save(out + QStringLiteral("/live-details.png"));

    window.showPage(app::MainWindow::Explore);
    auto *explore = window.findChild<app::ExplorePage *>();
    pump(800);
    window.grab().save(out + QStringLiteral("/explore.png"));
    if (auto *tabs = explore->findChild<QTabWidget *>())
        tabs->setCurrentIndex(1);
    pump(500);
    window.grab().save(out + QStringLiteral("/explore-chart.png"));
    QTextStream(stdout) << "saved to " << out << Qt::endl;
    return 0;
}
