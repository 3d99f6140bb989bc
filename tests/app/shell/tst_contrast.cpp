// SPDX-License-Identifier: MIT
// Light and dark themes: text on pills, badges and the view background keeps WCAG AA (4.5:1), and
// services and levels have one colour on every page.
#include "app/shell/theme.h"
#include "app/trace/tracerenderer.h"
#include "app/widgets/palette.h"

#include <QApplication>
#include <QStandardPaths>
#include <QTest>

using namespace hearth::app;

namespace {

constexpr double kAA = 4.5;

QString describe(const QString &what, const QColor &fg, const QColor &bg, bool dark)
{
    return QStringLiteral("%1 in %2 theme: %3 on %4 = %5:1")
        .arg(what, dark ? QStringLiteral("dark") : QStringLiteral("light"), fg.name(), bg.name())
        .arg(palette::contrastRatio(fg, bg), 0, 'f', 2);
}

} // namespace

class TestContrast : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void ratioMatchesWcagReferences()
    {
        QCOMPARE(qRound(palette::contrastRatio(Qt::black, Qt::white) * 10), 210);
        QCOMPARE(palette::contrastRatio(QColor(0x777777), QColor(0x777777)), 1.0);
        // #767676 on white is the classic smallest AA grey (4.54:1).
        QVERIFY(qAbs(palette::contrastRatio(QColor(0x767676), Qt::white) - 4.54) < 0.01);
    }

    void pillsMeetAA_data()
    {
        QTest::addColumn<bool>("dark");
        QTest::newRow("light") << false;
        QTest::newRow("dark") << true;
    }
    void pillsMeetAA()
    {
        QFETCH(bool, dark);
        QStringList failures;
        auto check = [&](const QString &what, const QColor &hue) {
            const auto pill = palette::pillColors(hue, dark);
            if (palette::contrastRatio(pill.text, pill.background) < kAA)
                failures << describe(what, pill.text, pill.background, dark);
        };
        for (int level : {1, 5, 9, 10, 13, 17, 21}) {
            const auto pill = palette::levelPill(level, dark);
            if (palette::contrastRatio(pill.text, pill.background) < kAA)
                failures << describe(QStringLiteral("level %1").arg(level), pill.text,
                                     pill.background, dark);
        }
        // Enough names to hit every hue of the service and tag palettes.
        for (int i = 0; i < 200; ++i) {
            const QString name = QStringLiteral("service-%1").arg(i);
            check(name, palette::serviceColor(name));
            check(QStringLiteral("tag ") + name, palette::tagColor(name));
        }
        check(QStringLiteral("tokens"), palette::tokenHue());
        check(QStringLiteral("scope"), palette::scopeHue());
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1Char('\n'))));
    }

    void textOnThemeBackgroundsMeetsAA_data() { pillsMeetAA_data(); }
    void textOnThemeBackgroundsMeetsAA()
    {
        QFETCH(bool, dark);
        Theme::instance().applyForSession(dark ? Theme::Mode::Dark : Theme::Mode::Light);
        QCOMPARE(palette::isDark(), dark);
        const QPalette p = QApplication::palette();
        QCOMPARE(p.color(QPalette::Base), palette::baseColor(dark));
        QStringList failures;
        auto check = [&](const QString &what, const QColor &fg, const QColor &bg) {
            if (palette::contrastRatio(fg, bg) < kAA)
                failures << describe(what, fg, bg, dark);
        };
        for (auto role : {QPalette::Base, QPalette::Window, QPalette::AlternateBase}) {
            const QColor bg = p.color(role);
            check(QStringLiteral("text"), p.color(QPalette::Text), bg);
            check(QStringLiteral("muted text"), palette::mutedTextColor(), bg);
            check(QStringLiteral("error text"), palette::errorTextColor(), bg);
            check(QStringLiteral("success text"), palette::successTextColor(), bg);
        }
        check(QStringLiteral("window text"), p.color(QPalette::WindowText),
              p.color(QPalette::Window));
        check(QStringLiteral("button text"), p.color(QPalette::ButtonText),
              p.color(QPalette::Button));
        check(QStringLiteral("selected text"), p.color(QPalette::HighlightedText),
              p.color(QPalette::Highlight));
        check(QStringLiteral("error banner"), palette::errorTextColor(), palette::errorWash());
        check(QStringLiteral("text on selection wash"), p.color(QPalette::Text),
              palette::selectionWash());
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1Char('\n'))));
    }

    void servicesHaveOneColourEverywhere()
    {
        // Live and Explore use palette::serviceColor; the waterfall and details panel go through
        // TraceRenderer: the two must agree for every service.
        for (const char *name : {"checkout", "agent", "llm-gateway", "unknown_service", "ü-svc"}) {
            const QString q = QString::fromUtf8(name);
            QCOMPARE(TraceRenderer::serviceColor(std::string(name)), palette::serviceColor(q));
        }
        QCOMPARE(palette::serviceColor(QStringLiteral("agent")),
                 palette::serviceColor(QStringLiteral("agent")));
    }

    void darkHtmlSwapsLightColours()
    {
        const QString html = QStringLiteral("<span style='color:#6b7280'>x</span>");
        Theme::instance().applyForSession(Theme::Mode::Light);
        QCOMPARE(palette::themedHtml(html), html);
        Theme::instance().applyForSession(Theme::Mode::Dark);
        const QString dark = palette::themedHtml(html);
        QVERIFY(!dark.contains(QStringLiteral("#6b7280")));
        QVERIFY(dark.contains(palette::mutedTextColor().name()));
    }
};

QTEST_MAIN(TestContrast)
#include "tst_contrast.moc"
