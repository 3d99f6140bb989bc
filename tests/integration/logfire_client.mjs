// SPDX-License-Identifier: MIT
// @pydantic/logfire-node pointed at Hearth (otlp.md §4: base URL + any token, which also sends
// pending spans). Usage: node logfire_client.mjs <baseUrl> <runId>
import * as logfire from '@pydantic/logfire-node';

const [baseUrl, runId] = process.argv.slice(2);
logfire.configure({
  sendToLogfire: true,
  token: 'itest-token',
  advanced: { baseUrl },
  serviceName: `lf-${runId}`,
  serviceVersion: '3.1.0',
  environment: 'itest',
  console: false,
});

await logfire.span('outer {job}', { job: 'nightly' }, { tags: ['batch'] }, async () => {
  logfire.info('hello {name}', { name: 'bob', payload: { a: [1, 2], b: 'x' } }, { tags: ['greeting'] });
  logfire.warning('disk {pct} full', { pct: 91 });
  try {
    throw new TypeError('bad value');
  } catch (e) {
    logfire.reportError('step failed', e);
  }
});
await logfire.forceFlush();
await logfire.shutdown();
console.log(JSON.stringify({ done: true }));
