// SPDX-License-Identifier: MIT
// PNG writers (hearth --screenshot, hearth-cli render, render-trace) share writePngFile.
#include "app/shell/pngfile.h"
#include "core/filesizelimit.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace hearth;
using hearth::test::FileSizeLimit;

namespace {

// Noise does not compress: about 3 MB of PNG.
QImage noisyImage()
{
    QImage image(1000, 1000, QImage::Format_RGB32);
    QRandomGenerator random(42);
    for (int y = 0; y < image.height(); ++y) {
        auto *line = reinterpret_cast<quint32 *>(image.scanLine(y));
        for (int x = 0; x < image.width(); ++x)
            line[x] = 0xff000000u | (random.generate() & 0xffffffu);
    }
    return image;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<missing>");
}

} // namespace

class TestPngFile : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void writesAReadablePng()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("shot.png"));
        const QImage image = noisyImage();
        QVERIFY(app::writePngFile(image, path));
        QImage back(path, "PNG");
        QCOMPARE(back.size(), image.size());
        QCOMPARE(back.pixel(10, 20), image.pixel(10, 20));
    }

    void fullDiskKeepsThePreviousPng()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("shot.png"));
        QImage small(8, 8, QImage::Format_RGB32);
        small.fill(Qt::red);
        QVERIFY(app::writePngFile(small, path));
        const QByteArray before = readAll(path);

        core::Status s;
        {
            FileSizeLimit disk {256 * 1024};
            QVERIFY(disk.ok());
            s = app::writePngFile(noisyImage(), path);
        }
        QVERIFY(!s);
        QVERIFY2(s.error().message.contains(QDir::toNativeSeparators(path)),
                 qPrintable(s.error().message));
        QVERIFY2(s.error().message.contains(FileSizeLimit::cause()), qPrintable(s.error().message));
        QCOMPARE(readAll(path), before);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList {QStringLiteral("shot.png")});
    }
};

QTEST_MAIN(TestPngFile)
#include "tst_pngfile.moc"
