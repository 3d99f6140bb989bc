// SPDX-License-Identifier: MIT
#include "core/otlp/otlpreceiver.h"

#include "core/otlp/forwarder.h"
#include "core/otlp/ingestwriter.h"
#include "core/otlp/otlpcodec.h"
#include "core/otlp/otlpmapper.h"
#include "core/store/store.h"
#include "opentelemetry/proto/collector/logs/v1/logs_service.grpc.pb.h"
#include "opentelemetry/proto/collector/metrics/v1/metrics_service.grpc.pb.h"
#include "opentelemetry/proto/collector/trace/v1/trace_service.grpc.pb.h"

#include <atomic>
#include <grpcpp/grpcpp.h>
#include <httplib.h>
#include <QCoreApplication>
#include <sys/socket.h>
#include <thread>

namespace hearth::core {

namespace pb = opentelemetry::proto;
using otlp::Encoding;
using otlp::Signal;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(hearth::core::Otlp)
};

// gRPC status codes used in google.rpc.Status bodies (otlp.md §1).
constexpr int kInvalidArgument = 3;
constexpr int kResourceExhausted = 8;
constexpr int kUnauthenticated = 16;
constexpr int kUnavailable = 14;

constexpr int kHttpThreads = 8;

const char *pathFor(Signal s)
{
    switch (s) {
    case Signal::Traces:
        return "/v1/traces";
    case Signal::Metrics:
        return "/v1/metrics";
    case Signal::Logs:
        return "/v1/logs";
    }
    return "";
}

// Only SO_REUSEADDR: cpp-httplib's default also sets SO_REUSEPORT, which would let a second Hearth
// share the port silently instead of failing with "port in use".
void socketOptions(socket_t sock)
{
    int yes = 1;
    setsockopt(sock, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof yes);
}

bool tokenMatches(const std::string &header, const std::string &token)
{
    auto equal = [](std::string_view a, std::string_view b) {
        // Constant time in the length of the candidate: no early exit on the first mismatch.
        if (a.size() != b.size())
            return false;
        unsigned char diff = 0;
        for (size_t i = 0; i < a.size(); ++i)
            diff |= static_cast<unsigned char>(a[i] ^ b[i]);
        return diff == 0;
    };
    std::string_view h = header;
    constexpr std::string_view bearer = "Bearer ";
    if (h.size() > bearer.size() && h.substr(0, bearer.size()) == bearer)
        return equal(h.substr(bearer.size()), token);
    return equal(h, token);
}

} // namespace

struct OtlpReceiver::Impl
{
    OtlpReceiver *q = nullptr;
    std::shared_ptr<Store> store;
    OtlpReceiverOptions options;
    std::unique_ptr<otlp::IngestWriter> writer;
    std::unique_ptr<otlp::Forwarder> forwarder;
    std::unique_ptr<httplib::Server> http;
    std::thread httpThread;
    int boundHttpPort = 0;
    std::unique_ptr<grpc::Server> grpcServer;
    std::vector<std::unique_ptr<grpc::Service>> grpcServices;
    int boundGrpcPort = 0;
    std::atomic<bool> running {false};

    std::atomic<std::int64_t> spans {0}, logs {0}, points {0}, itemsRejected {0};
    std::atomic<std::int64_t> requestsOk {0}, requestsRejected {0}, requestsThrottled {0};
    std::atomic<std::int64_t> rowsCommitted {0}, commits {0};

    enum class Outcome { Ok, Saturated, WriteFailed };
    struct IngestResult
    {
        Outcome outcome = Outcome::Ok;
        std::int64_t rejected = 0;
        std::string message;
    };

    IngestResult ingest(Signal signal, const google::protobuf::Message &request);
    void handleHttp(Signal signal, const httplib::Request &req, httplib::Response &res,
                    const httplib::ContentReader &reader);
    Status startHttp();
    Status startGrpc();
    void onCommit(const WriteStats &stats);
};

OtlpReceiver::Impl::IngestResult
OtlpReceiver::Impl::ingest(Signal signal, const google::protobuf::Message &request)
{
    otlp::MapResult mapped;
    switch (signal) {
    case Signal::Traces:
        otlp::mapTraces(
            static_cast<const pb::collector::trace::v1::ExportTraceServiceRequest &>(request),
            mapped);
        break;
    case Signal::Metrics:
        otlp::mapMetrics(
            static_cast<const pb::collector::metrics::v1::ExportMetricsServiceRequest &>(request),
            mapped);
        break;
    case Signal::Logs:
        otlp::mapLogs(
            static_cast<const pb::collector::logs::v1::ExportLogsServiceRequest &>(request),
            mapped);
        break;
    }
    IngestResult result;
    result.rejected = mapped.rejected;
    result.message = mapped.rejectReason;
    if (!mapped.batch.empty()) {
        // Kept here so that the rows are freed on this thread once written (see submit()).
        const auto batch = std::make_shared<const WriteBatch>(std::move(mapped.batch));
        auto future = writer->submit(batch);
        if (!future) {
            result.outcome = Outcome::Saturated;
            result.message = "the store writer is saturated; retry later";
            return result;
        }
        auto written = future->get();
        if (!written) {
            result.outcome = Outcome::WriteFailed;
            result.message = "storing failed: " + written.error().message.toStdString();
            return result;
        }
    }
    itemsRejected += mapped.rejected;
    (signal == Signal::Traces ? spans : signal == Signal::Logs ? logs : points) += mapped.accepted;
    return result;
}

void OtlpReceiver::Impl::onCommit(const WriteStats &stats)
{
    ++commits;
    rowsCommitted += stats.recordsInserted + stats.metricsInserted;
    Q_EMIT q->rowsCommitted(stats.recordsInserted, stats.metricsInserted);
}

void OtlpReceiver::Impl::handleHttp(Signal signal, const httplib::Request &req,
                                    httplib::Response &res, const httplib::ContentReader &reader)
{
    const auto encoding = otlp::encodingForContentType(req.get_header_value("Content-Type"));
    const Encoding replyEncoding = encoding.value_or(Encoding::Protobuf);

    // Reads (and caps) the body even for requests we refuse, so the connection stays usable.
    std::string body;
    bool tooLarge = false;
    const size_t cap = options.maxBodyBytes;
    auto readBody = [&]() {
        return reader([&](const char *data, size_t n) {
            if (body.size() + n > cap) {
                tooLarge = true;
                return false;
            }
            body.append(data, n);
            return true;
        });
    };
    auto fail = [&](int httpStatus, int grpcCode, const std::string &message) {
        ++requestsRejected;
        res.status = httpStatus;
        if (encoding)
            res.set_content(otlp::encodeStatus(replyEncoding, grpcCode, message),
                            otlp::contentTypeFor(replyEncoding));
        else
            res.set_content(message + "\n", "text/plain");
    };

    if (!options.token.empty()) {
        if (!tokenMatches(req.get_header_value("Authorization"), options.token)) {
            readBody();
            fail(401, kUnauthenticated, "missing or wrong Authorization token");
            return;
        }
    }
    if (!encoding) {
        readBody();
        fail(415, kInvalidArgument,
             "unsupported Content-Type '" + req.get_header_value("Content-Type")
                 + "': use application/x-protobuf or application/json");
        return;
    }
    const auto contentEncoding = req.get_header_value("Content-Encoding");
    if (!contentEncoding.empty() && contentEncoding != "gzip" && contentEncoding != "identity"
        && contentEncoding != "deflate" && contentEncoding != "br") {
        readBody();
        fail(400, kInvalidArgument,
             "unsupported Content-Encoding '" + contentEncoding + "': use gzip or none");
        return;
    }
    // cpp-httplib inflates gzip as it streams; the cap above applies to the inflated bytes, so a
    // gzip bomb stops at maxBodyBytes. Raw bodies over the cap are refused by the library (413).
    const bool read = readBody();
    if (tooLarge || res.status == 413) {
        fail(413, kInvalidArgument,
             "request body larger than " + std::to_string(cap) + " bytes (after decompression)");
        return;
    }
    if (!read) {
        fail(400, kInvalidArgument, "cannot read the request body (broken gzip or connection)");
        return;
    }

    // An arena: a 1,000-span request is ~10,000 small messages, freed here in one go instead of
    // one by one (malloc/free dominated the profile).
    google::protobuf::ArenaOptions arenaOptions;
    arenaOptions.start_block_size = 64 * 1024;
    arenaOptions.max_block_size = 4 * 1024 * 1024;
    google::protobuf::Arena arena(arenaOptions);
    google::protobuf::Message *request = nullptr;
    switch (signal) {
    case Signal::Traces:
        request = google::protobuf::Arena::CreateMessage<
            pb::collector::trace::v1::ExportTraceServiceRequest>(&arena);
        break;
    case Signal::Metrics:
        request = google::protobuf::Arena::CreateMessage<
            pb::collector::metrics::v1::ExportMetricsServiceRequest>(&arena);
        break;
    case Signal::Logs:
        request = google::protobuf::Arena::CreateMessage<
            pb::collector::logs::v1::ExportLogsServiceRequest>(&arena);
        break;
    }
    if (auto decoded = otlp::decodeRequest(*encoding, body, *request); !decoded) {
        fail(400, kInvalidArgument, decoded.error().message.toStdString());
        return;
    }
    const auto result = ingest(signal, *request);
    if (result.outcome != Outcome::Ok) {
        ++requestsThrottled;
        res.status = 503;
        res.set_header("Retry-After", "1");
        res.set_content(otlp::encodeStatus(replyEncoding,
                                           result.outcome == Outcome::Saturated ? kResourceExhausted
                                                                                : kUnavailable,
                                           result.message),
                        otlp::contentTypeFor(replyEncoding));
        return;
    }
    ++requestsOk;
    if (forwarder)
        forwarder->enqueue(pathFor(signal), std::move(body), otlp::contentTypeFor(*encoding));
    res.status = 200;
    res.set_content(otlp::encodeResponse(signal, replyEncoding, result.rejected, result.message),
                    otlp::contentTypeFor(replyEncoding));
}

Status OtlpReceiver::Impl::startHttp()
{
    http = std::make_unique<httplib::Server>();
    http->set_socket_options(socketOptions);
    http->set_payload_max_length(options.maxBodyBytes);
    http->set_read_timeout(10, 0);
    // Idle keep-alive connections hold a worker; a short timeout also keeps shutdown quick.
    http->set_keep_alive_timeout(2);
    http->new_task_queue = [] { return new httplib::ThreadPool(kHttpThreads); };
    for (Signal s : {Signal::Traces, Signal::Metrics, Signal::Logs}) {
        const std::string path = pathFor(s);
        http->Post(
            path,
            [this, s](const httplib::Request &req, httplib::Response &res,
                      const httplib::ContentReader &reader) { handleHttp(s, req, res, reader); });
        auto notAllowed = [this](const httplib::Request &, httplib::Response &res) {
            ++requestsRejected;
            res.status = 405;
            res.set_header("Allow", "POST");
            res.set_content("method not allowed: OTLP/HTTP takes POST\n", "text/plain");
        };
        http->Get(path, notAllowed);
        http->Put(path, notAllowed);
        http->Patch(path, notAllowed);
        http->Delete(path, notAllowed);
        http->Options(path, notAllowed);
    }
    const std::string host = options.httpHost.toStdString();
    int port = options.httpPort;
    if (port == 0) {
        port = http->bind_to_any_port(host);
        if (port <= 0)
            port = 0;
    } else if (!http->bind_to_port(host, port)) {
        port = 0;
    }
    if (port == 0)
        return Error::make(Error::Code::Network,
                           Tr::tr("cannot listen for OTLP/HTTP on %1:%2 (is the port in use "
                                  "by another program?)")
                               .arg(options.httpHost)
                               .arg(options.httpPort));
    boundHttpPort = port;
    httpThread = std::thread([this] { http->listen_after_bind(); });
    // cpp-httplib's stop() does nothing until the accept loop runs: wait for it, so that a stop()
    // right after start() cannot leave the loop running (and the join hanging).
    for (int i = 0; i < 5000 && !http->is_running(); ++i)
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
    return {};
}

namespace {

template<typename Service, typename Request, typename Response>
class GrpcExport final : public Service
{
public:
    GrpcExport(std::function<grpc::Status(grpc::ServerContext *, const Request &, Response &)> fn)
        : m_fn(std::move(fn))
    {
    }
    grpc::Status Export(grpc::ServerContext *context, const Request *request,
                        Response *response) override
    {
        return m_fn(context, *request, *response);
    }

private:
    std::function<grpc::Status(grpc::ServerContext *, const Request &, Response &)> m_fn;
};

} // namespace

Status OtlpReceiver::Impl::startGrpc()
{
    auto handle
        = [this](Signal signal, grpc::ServerContext *context,
                 const google::protobuf::Message &request, auto setPartial) -> grpc::Status {
        if (!options.token.empty()) {
            const auto &md = context->client_metadata();
            const auto it = md.find("authorization");
            if (it == md.end()
                || !tokenMatches(std::string(it->second.data(), it->second.size()),
                                 options.token)) {
                ++requestsRejected;
                return {grpc::StatusCode::UNAUTHENTICATED, "missing or wrong authorization token"};
            }
        }
        const auto result = ingest(signal, request);
        if (result.outcome == Outcome::Saturated) {
            ++requestsThrottled;
            return {grpc::StatusCode::RESOURCE_EXHAUSTED, result.message};
        }
        if (result.outcome == Outcome::WriteFailed) {
            ++requestsThrottled;
            return {grpc::StatusCode::UNAVAILABLE, result.message};
        }
        ++requestsOk;
        if (result.rejected > 0 || !result.message.empty())
            setPartial(result.rejected, result.message);
        if (forwarder)
            forwarder->enqueue(pathFor(signal), request.SerializeAsString(),
                               "application/x-protobuf");
        return grpc::Status::OK;
    };

    using namespace pb::collector;
    using TraceImpl
        = GrpcExport<trace::v1::TraceService::Service, trace::v1::ExportTraceServiceRequest,
                     trace::v1::ExportTraceServiceResponse>;
    using MetricsImpl
        = GrpcExport<metrics::v1::MetricsService::Service, metrics::v1::ExportMetricsServiceRequest,
                     metrics::v1::ExportMetricsServiceResponse>;
    using LogsImpl = GrpcExport<logs::v1::LogsService::Service, logs::v1::ExportLogsServiceRequest,
                                logs::v1::ExportLogsServiceResponse>;
    grpcServices.push_back(
        std::make_unique<TraceImpl>([handle](grpc::ServerContext *c, const auto &req, auto &resp) {
            return handle(Signal::Traces, c, req, [&resp](std::int64_t n, const std::string &m) {
                resp.mutable_partial_success()->set_rejected_spans(n);
                resp.mutable_partial_success()->set_error_message(m);
            });
        }));
    grpcServices.push_back(std::make_unique<MetricsImpl>(
        [handle](grpc::ServerContext *c, const auto &req, auto &resp) {
            return handle(Signal::Metrics, c, req, [&resp](std::int64_t n, const std::string &m) {
                resp.mutable_partial_success()->set_rejected_data_points(n);
                resp.mutable_partial_success()->set_error_message(m);
            });
        }));
    grpcServices.push_back(
        std::make_unique<LogsImpl>([handle](grpc::ServerContext *c, const auto &req, auto &resp) {
            return handle(Signal::Logs, c, req, [&resp](std::int64_t n, const std::string &m) {
                resp.mutable_partial_success()->set_rejected_log_records(n);
                resp.mutable_partial_success()->set_error_message(m);
            });
        }));

    grpc::ServerBuilder builder;
    // As for HTTP: a taken port must be an error, not a silently shared one.
    builder.AddChannelArgument(GRPC_ARG_ALLOW_REUSEPORT, 0);
    builder.SetMaxReceiveMessageSize(static_cast<int>(options.maxBodyBytes));
    const std::string address
        = options.grpcHost.toStdString() + ":" + std::to_string(options.grpcPort);
    int selected = 0;
    builder.AddListeningPort(address, grpc::InsecureServerCredentials(), &selected);
    for (auto &s : grpcServices)
        builder.RegisterService(s.get());
    grpcServer = builder.BuildAndStart();
    if (!grpcServer || selected == 0) {
        grpcServer.reset();
        return Error::make(Error::Code::Network,
                           Tr::tr("cannot listen for OTLP/gRPC on %1:%2 (is the port in use "
                                  "by another program?)")
                               .arg(options.grpcHost)
                               .arg(options.grpcPort));
    }
    boundGrpcPort = selected;
    return {};
}

OtlpReceiver::OtlpReceiver(std::shared_ptr<Store> store, QObject *parent)
    : QObject(parent), d(std::make_unique<Impl>())
{
    d->q = this;
    d->store = std::move(store);
}

OtlpReceiver::~OtlpReceiver()
{
    stop();
}

Status OtlpReceiver::start(const OtlpReceiverOptions &options)
{
    if (d->running)
        return Error::make(Error::Code::Generic, Tr::tr("the OTLP receiver is running"));
    if (!d->store || d->store->readOnly())
        return Error::make(Error::Code::Io,
                           Tr::tr("the OTLP receiver needs a store open for writing"));
    d->options = options;
    d->writer = std::make_unique<otlp::IngestWriter>(
        d->store, options.maxQueuedRows, [this](const WriteStats &s) { d->onCommit(s); });
    if (!options.forwardUrl.empty()) {
        otlp::Forwarder::Options fo;
        fo.baseUrl = options.forwardUrl;
        fo.headers = options.forwardHeaders;
        d->forwarder = std::make_unique<otlp::Forwarder>(fo);
    }
    d->running = true;
    if (options.httpEnabled) {
        if (auto s = d->startHttp(); !s) {
            stop();
            return s;
        }
    }
    if (options.grpcEnabled) {
        if (auto s = d->startGrpc(); !s) {
            stop();
            return s;
        }
    }
    return {};
}

void OtlpReceiver::stop()
{
    if (!d->running.exchange(false))
        return;
    // Order matters: stop taking requests (in-flight ones finish and get their answer), then
    // commit what is queued, then let the forwarder finish.
    if (d->http) {
        d->http->stop();
        if (d->httpThread.joinable())
            d->httpThread.join();
        d->http.reset();
    }
    if (d->grpcServer) {
        d->grpcServer->Shutdown(std::chrono::system_clock::now() + std::chrono::seconds(5));
        d->grpcServer->Wait();
        d->grpcServer.reset();
    }
    d->grpcServices.clear();
    if (d->writer) {
        d->writer->stop();
        d->writer.reset();
    }
    if (d->forwarder) {
        d->forwarder->stop();
    }
    d->boundHttpPort = 0;
    d->boundGrpcPort = 0;
}

bool OtlpReceiver::isRunning() const
{
    return d->running;
}

int OtlpReceiver::httpPort() const
{
    return d->boundHttpPort;
}

int OtlpReceiver::grpcPort() const
{
    return d->boundGrpcPort;
}

OtlpStats OtlpReceiver::stats() const
{
    OtlpStats s;
    s.spansAccepted = d->spans;
    s.logsAccepted = d->logs;
    s.pointsAccepted = d->points;
    s.itemsRejected = d->itemsRejected;
    s.requestsOk = d->requestsOk;
    s.requestsRejected = d->requestsRejected;
    s.requestsThrottled = d->requestsThrottled;
    s.rowsCommitted = d->rowsCommitted;
    s.commits = d->commits;
    if (d->forwarder) {
        s.forwardSent = d->forwarder->sent();
        s.forwardFailed = d->forwarder->failed();
        s.forwardDropped = d->forwarder->dropped();
    }
    return s;
}

QString OtlpReceiver::statusLine() const
{
    const auto s = stats();
    QString line = Tr::tr("otlp: %1 spans, %2 logs, %3 points accepted; %4 items and %5 "
                          "requests rejected, %6 throttled")
                       .arg(s.spansAccepted)
                       .arg(s.logsAccepted)
                       .arg(s.pointsAccepted)
                       .arg(s.itemsRejected)
                       .arg(s.requestsRejected)
                       .arg(s.requestsThrottled);
    if (d->forwarder) {
        line += Tr::tr("; forward: %1 sent, %2 failed, %3 dropped (queue full)")
                    .arg(s.forwardSent)
                    .arg(s.forwardFailed)
                    .arg(s.forwardDropped);
    }
    return line;
}

} // namespace hearth::core
