// SPDX-License-Identifier: MIT
// Writes the OTLP fixture files of tests/data/io/otlp with the serializers the OpenTelemetry JS
// OTLP exporters use (@opentelemetry/otlp-transformer 0.223.0, sdk 2.12.0). Run once:
//   npm install @opentelemetry/api@1.9.1 @opentelemetry/sdk-trace-base@2.12.0 \
//     @opentelemetry/resources@2.12.0 @opentelemetry/sdk-metrics@2.12.0 \
//     @opentelemetry/otlp-transformer@0.223.0
//   node make_otlp_fixtures.mjs <out-dir>
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BasicTracerProvider, InMemorySpanExporter, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-base';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { MeterProvider, InMemoryMetricExporter, PeriodicExportingMetricReader, AggregationTemporality } from '@opentelemetry/sdk-metrics';
import { JsonTraceSerializer, ProtobufTraceSerializer, JsonMetricsSerializer, ProtobufMetricsSerializer } from '@opentelemetry/otlp-transformer';
import { context, trace, SpanStatusCode } from '@opentelemetry/api';

const out = process.argv[2] ?? '.';
const resource = resourceFromAttributes({ 'service.name': 'otlp-fixture', 'service.version': '0.1.0' });
const exporter = new InMemorySpanExporter();
const provider = new BasicTracerProvider({ resource, spanProcessors: [new SimpleSpanProcessor(exporter)] });
const tracer = provider.getTracer('fixture-scope', '1.0.0');

function agentRun(n) {
  const root = tracer.startSpan(`agent run ${n}`, { attributes: { 'gen_ai.agent.name': 'support' } });
  const ctx = trace.setSpan(context.active(), root);
  const chat = tracer.startSpan('chat gpt-4o', {
    attributes: { 'gen_ai.operation.name': 'chat', 'gen_ai.request.model': 'gpt-4o',
                  'gen_ai.usage.input_tokens': 812 + n, 'gen_ai.usage.output_tokens': 95 } }, ctx);
  chat.end();
  const tool = tracer.startSpan('running tool: lookup', {}, ctx);
  tool.recordException(new Error('lookup timed out'));
  tool.setStatus({ code: SpanStatusCode.ERROR, message: 'Error: lookup timed out' });
  tool.end();
  root.end();
}

agentRun(1);
const first = exporter.getFinishedSpans();
exporter.reset();
agentRun(2);
const second = exporter.getFinishedSpans();

const text = (bytes) => Buffer.from(bytes).toString('utf8');
writeFileSync(join(out, 'traces.json'), text(JsonTraceSerializer.serializeRequest(first)));
writeFileSync(join(out, 'traces.pb'), Buffer.from(ProtobufTraceSerializer.serializeRequest(first)));
// The Collector's file exporter: one ExportTraceServiceRequest JSON per line.
writeFileSync(join(out, 'traces.jsonl'),
  text(JsonTraceSerializer.serializeRequest(first)) + '\n' + text(JsonTraceSerializer.serializeRequest(second)) + '\n');

const metricExporter = new InMemoryMetricExporter(AggregationTemporality.DELTA);
const reader = new PeriodicExportingMetricReader({ exporter: metricExporter, exportIntervalMillis: 3600000 });
const meterProvider = new MeterProvider({ resource, readers: [reader] });
const meter = meterProvider.getMeter('fixture-scope', '1.0.0');
meter.createCounter('gen_ai.client.token.usage', { unit: '{token}' }).add(907, { 'gen_ai.token.type': 'input' });
meter.createHistogram('http.server.duration', { unit: 's' }).record(0.25, { 'http.route': '/chat' });
await reader.forceFlush();
const metrics = metricExporter.getMetrics();
writeFileSync(join(out, 'metrics.json'), text(JsonMetricsSerializer.serializeRequest(metrics[0])));
writeFileSync(join(out, 'metrics.pb'), Buffer.from(ProtobufMetricsSerializer.serializeRequest(metrics[0])));
await meterProvider.shutdown();
await provider.shutdown();
