// SPDX-License-Identifier: MIT
// A real OpenTelemetry JS SDK client for Hearth's OTLP intake tests.
// Usage: node otel_client.mjs <baseUrl> <proto|json> <gzip|none> <runId>
// Sends traces, metrics and logs, then prints the ids it used as JSON on stdout.
import { context, trace, SpanStatusCode, SpanKind, ValueType } from '@opentelemetry/api';
import { SeverityNumber } from '@opentelemetry/api-logs';
import { defaultResource, resourceFromAttributes } from '@opentelemetry/resources';
import { BasicTracerProvider, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-base';
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks';
import { MeterProvider, PeriodicExportingMetricReader, AggregationTemporality } from '@opentelemetry/sdk-metrics';
import { LoggerProvider, SimpleLogRecordProcessor } from '@opentelemetry/sdk-logs';
import { OTLPTraceExporter as ProtoTraceExporter } from '@opentelemetry/exporter-trace-otlp-proto';
import { OTLPTraceExporter as JsonTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { OTLPMetricExporter as ProtoMetricExporter } from '@opentelemetry/exporter-metrics-otlp-proto';
import { OTLPMetricExporter as JsonMetricExporter } from '@opentelemetry/exporter-metrics-otlp-http';
import { OTLPLogExporter as ProtoLogExporter } from '@opentelemetry/exporter-logs-otlp-proto';
import { OTLPLogExporter as JsonLogExporter } from '@opentelemetry/exporter-logs-otlp-http';

const [baseUrl, protocol, compression, runId] = process.argv.slice(2);
const proto = protocol === 'proto';
const common = { compression: compression === 'gzip' ? 'gzip' : 'none' };
const exporterFor = (Proto, Json, signal) =>
  new (proto ? Proto : Json)({ ...common, url: `${baseUrl}/v1/${signal}` });

context.setGlobalContextManager(new AsyncLocalStorageContextManager().enable());

const resourceA = defaultResource().merge(resourceFromAttributes({
  'service.name': `svc-a-${runId}`,
  'service.version': '1.4.2',
  'deployment.environment.name': 'itest',
}));
const resourceB = defaultResource().merge(resourceFromAttributes({ 'service.name': `svc-b-${runId}` }));

// SimpleSpanProcessor exports each span when it ends: children reach the server before parents.
const providerA = new BasicTracerProvider({
  resource: resourceA,
  spanProcessors: [new SimpleSpanProcessor(exporterFor(ProtoTraceExporter, JsonTraceExporter, 'traces'))],
});
const providerB = new BasicTracerProvider({
  resource: resourceB,
  spanProcessors: [new SimpleSpanProcessor(exporterFor(ProtoTraceExporter, JsonTraceExporter, 'traces'))],
});
const tracerA = providerA.getTracer('itest-scope', '0.1.0');
const tracerB = providerB.getTracer('itest-remote');

const loggerProvider = new LoggerProvider({
  resource: resourceA,
  processors: [new SimpleLogRecordProcessor({ exporter: exporterFor(ProtoLogExporter, JsonLogExporter, 'logs') })],
});
const logger = loggerProvider.getLogger('itest-logger');

const ids = {};
const root = tracerA.startSpan('handle request', {
  kind: SpanKind.SERVER,
  attributes: { 'http.method': 'POST', 'http.route': '/chat', 'http.response.status_code': 200, 'url.full': 'http://x/chat?q=1' },
});
ids.traceId = root.spanContext().traceId;
ids.rootSpanId = root.spanContext().spanId;
const rootCtx = trace.setSpan(context.active(), root);

const llm = tracerA.startSpan('chat gpt-4o', {
  kind: SpanKind.CLIENT,
  attributes: {
    'gen_ai.operation.name': 'chat',
    'gen_ai.system': 'openai',
    'gen_ai.request.model': 'gpt-4o',
    'gen_ai.response.model': 'gpt-4o-2024-08-06',
    'gen_ai.usage.input_tokens': 321,
    'gen_ai.usage.output_tokens': 54,
    'operation.cost': 0.00123,
    'flag': true,
    'ratio': 0.25,
    'list': ['a', 'b'],
  },
}, rootCtx);
ids.llmSpanId = llm.spanContext().spanId;
llm.addEvent('cache-miss', { key: 'k1' });
llm.recordException(Object.assign(new Error('rate limited'), { name: 'RateLimitError' }));
llm.setStatus({ code: SpanStatusCode.ERROR, message: 'RateLimitError: rate limited' });
await context.with(trace.setSpan(rootCtx, llm), async () => {
  logger.emit({ severityNumber: SeverityNumber.WARN, severityText: 'WARN', body: `retrying ${runId}`, attributes: { attempt: 2 } });
});
llm.end();
// Make sure the children reach the server before the parent (as with real, longer spans).
await providerA.forceFlush();

// A second service joins the same trace (as if called over the network).
const remote = tracerB.startSpan('remote work', { kind: SpanKind.SERVER }, rootCtx);
ids.remoteSpanId = remote.spanContext().spanId;
remote.end();
await providerB.forceFlush();

root.end();

logger.emit({ severityNumber: SeverityNumber.ERROR, body: { event: 'disk', free_mb: 12, run: runId } });
logger.emit({ body: `plain ${runId}` });

const metricExporter = proto
  ? new ProtoMetricExporter({ ...common, url: `${baseUrl}/v1/metrics`, temporalityPreference: AggregationTemporality.CUMULATIVE })
  : new JsonMetricExporter({ ...common, url: `${baseUrl}/v1/metrics`, temporalityPreference: AggregationTemporality.CUMULATIVE });
const reader = new PeriodicExportingMetricReader({ exporter: metricExporter, exportIntervalMillis: 60000 });
const meterProvider = new MeterProvider({ resource: resourceA, readers: [reader] });
const meter = meterProvider.getMeter('itest-meter');
const counter = meter.createCounter(`requests_${runId}`, { valueType: ValueType.INT, unit: '1' });
counter.add(3, { route: '/chat' });
counter.add(4, { route: '/chat' });
const hist = meter.createHistogram(`latency_${runId}`, { unit: 's', advice: { explicitBucketBoundaries: [0.1, 1, 10] } });
for (const v of [0.05, 0.5, 2, 20]) hist.record(v);
const updown = meter.createUpDownCounter(`inflight_${runId}`);
updown.add(5);
updown.add(-2);
meter.createObservableGauge(`temp_${runId}`).addCallback((r) => r.observe(21.5));

// Shutdown collects and exports once (a forceFlush first would export a second cumulative point).
await Promise.all([providerA.shutdown(), providerB.shutdown(), loggerProvider.shutdown(), meterProvider.shutdown()]);
console.log(JSON.stringify(ids));
