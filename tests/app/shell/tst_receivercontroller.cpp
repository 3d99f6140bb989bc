// SPDX-License-Identifier: MIT
// The GUI's in-process receiver: real OTLP/HTTP requests land in the open store and the views are
// told; a port already in use is reported and the app keeps its data.
#include "app/appcontext.h"
#include "app/shell/receivercontroller.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace hearth;

namespace {

QByteArray oneSpan()
{
    return R"({"resourceSpans":[{"resource":{"attributes":[{"key":"service.name","value":{"stringValue":"gui-test"}}]},
      "scopeSpans":[{"scope":{"name":"test"},"spans":[{"traceId":"5b8efff798038103d269b633813fc60c",
      "spanId":"eee19b7ec3c1b174","name":"in-process","kind":1,
      "startTimeUnixNano":"1764301560000000000","endTimeUnixNano":"1764301560500000000"}]}]}]})";
}

} // namespace

class TestReceiverController : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void receivesIntoTheOpenStore()
    {
        QTemporaryDir dir;
        app::AppContext context;
        QVERIFY(context.openStore(dir.filePath(QStringLiteral("r.hearth"))).ok());
        app::ReceiverController controller(&context);
        core::OtlpReceiverOptions options;
        options.httpPort = 0;
        options.grpcEnabled = false;
        QVERIFY(controller.startWith(options).ok());
        QVERIFY(controller.isRunning());
        QVERIFY(controller.statusText().contains(
            QStringLiteral("OTLP :%1").arg(controller.httpPort())));

        QSignalSpy dataChanged(&context, &app::AppContext::dataChanged);
        QNetworkAccessManager nam;
        QNetworkRequest request(
            QUrl(QStringLiteral("http://127.0.0.1:%1/v1/traces").arg(controller.httpPort())));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        QNetworkReply *reply = nam.post(request, oneSpan());
        QSignalSpy finished(reply, &QNetworkReply::finished);
        QVERIFY(finished.wait(20000));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        reply->deleteLater();

        QTRY_VERIFY_WITH_TIMEOUT(dataChanged.count() >= 1, 5000);
        QCOMPARE(context.store()->recordCount().value(), 1);
        controller.stop();
        QVERIFY(!controller.isRunning());
    }

    void portInUseIsReportedAndDataStays()
    {
        QTemporaryDir dir;
        app::AppContext context;
        QVERIFY(context.openStore(dir.filePath(QStringLiteral("p.hearth"))).ok());
        QTcpServer squatter;
        QVERIFY(squatter.listen(QHostAddress::LocalHost, 0));
        app::ReceiverController controller(&context);
        core::OtlpReceiverOptions options;
        options.httpPort = squatter.serverPort();
        options.grpcEnabled = false;
        const auto status = controller.startWith(options);
        QVERIFY(!status.ok());
        QVERIFY2(status.error().message.contains(QString::number(squatter.serverPort())),
                 qPrintable(status.error().message));
        QVERIFY(!controller.isRunning());
        QVERIFY(controller.statusText().contains(QStringLiteral("not listening")));
        QVERIFY(context.store()->recordCount().ok());
    }
};

QTEST_MAIN(TestReceiverController)
#include "tst_receivercontroller.moc"
