import { after, before, beforeEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { LoadError, clearDocumentCache, documentFromText, loadDocument } from '../../src/data/load';

const valid = JSON.stringify({ civicstat: '1.0', jurisdiction: { name: 'City of Testville' }, extra: true });
let server: Server;
let base = '';
const hits = new Map<string, number>();

before(async () => {
  server = createServer((req, res) => {
    const path = req.url ?? '/';
    hits.set(path, (hits.get(path) ?? 0) + 1);
    const send = (status: number, body: string, type = 'application/json') => {
      res.writeHead(status, { 'content-type': type });
      res.end(body);
    };
    if (path.startsWith('/good.json')) setTimeout(() => send(200, valid), 30);
    else if (path === '/missing.json') send(404, 'Not found', 'text/plain');
    else if (path === '/broken.json') send(500, 'oops', 'text/plain');
    else if (path === '/page.json') send(200, '<!doctype html><title>Home</title>', 'text/html');
    else if (path === '/empty.json') send(200, '');
    else if (path === '/truncated.json') send(200, valid.slice(0, 30));
    else if (path === '/invalid.json') send(200, JSON.stringify({ civicstat: '1.0', jurisdiction: { name: 'X' }, measures: [{ id: 'a', title: 'A', values: [{ period: '2024', value: '12' }] }] }));
    else if (path === '/slow.json') setTimeout(() => send(200, valid), 2000);
    else send(404, '');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
after(() => {
  server.closeAllConnections();
  server.close();
});
beforeEach(() => {
  hits.clear();
  clearDocumentCache();
});

async function failure(url: string, timeout?: number): Promise<LoadError> {
  try {
    await loadDocument(url, timeout === undefined ? {} : { timeout });
  } catch (error) {
    assert.ok(error instanceof LoadError);
    return error;
  }
  throw new Error('expected the load to fail');
}

describe('loadDocument', () => {
  it('makes one request per absolute URL, shared by every caller', async () => {
    const results = await Promise.all([
      ...Array.from({ length: 50 }, () => loadDocument(`${base}/good.json`)),
      loadDocument('/good.json', { base: `${base}/some/page.html` }),
      loadDocument('../good.json', { base: `${base}/some/page.html` }),
    ]);
    assert.equal(hits.get('/good.json'), 1);
    assert.equal(results[0]!.document.jurisdiction.name, 'City of Testville');
    assert.ok(results.every((r) => r === results[0]));
    await loadDocument(`${base}/good.json`);
    assert.equal(hits.get('/good.json'), 1, 'a later call is served from the cache');
    await loadDocument(`${base}/good.json?v=2`);
    assert.equal(hits.get('/good.json?v=2'), 1);
  });

  it('passes the warnings along', async () => {
    const loaded = await loadDocument(`${base}/good.json`);
    assert.deepEqual(loaded.warnings.map((w) => w.path), ['extra']);
    assert.equal(loaded.url, `${base}/good.json`);
  });

  it('an HTTP error names the file and the status', async () => {
    const e = await failure(`${base}/missing.json`);
    assert.equal(e.kind, 'http');
    assert.equal(e.message, 'Could not load missing.json (HTTP 404 Not Found)');
    assert.equal(e.details.status, 404);
    assert.equal(e.url, `${base}/missing.json`);
    assert.match((await failure(`${base}/broken.json`)).message, /HTTP 500/);
  });

  it('a failed load is not cached: the next call tries again', async () => {
    await failure(`${base}/missing.json`);
    await failure(`${base}/missing.json`);
    assert.equal(hits.get('/missing.json'), 2);
  });

  it('a body that is not JSON says so, with line and column', async () => {
    const page = await failure(`${base}/page.json`);
    assert.equal(page.kind, 'not-json');
    assert.match(page.message, /^Page\.json is not valid JSON \(it looks like an HTML page: check the address\): .* at line 1, column 1$/);
    const truncated = await failure(`${base}/truncated.json`);
    assert.match(truncated.message, /never closed|ends where/);
    assert.equal(truncated.details.line, 1);
    assert.equal((await failure(`${base}/empty.json`)).message, 'Empty.json is empty');
  });

  it('a document with problems names the first path', async () => {
    const e = await failure(`${base}/invalid.json`);
    assert.equal(e.kind, 'invalid');
    assert.equal(e.message, 'Invalid.json has a problem: measures[0].values[0].value: expected a number or null, got "12"');
    assert.equal(e.details.problems!.length, 1);
  });

  it('gives up after the timeout', async () => {
    const e = await failure(`${base}/slow.json`, 100);
    assert.equal(e.kind, 'timeout');
    assert.equal(e.message, 'Could not load slow.json: no answer within 0.1 s');
  });

  it('a network failure is a typed error', async () => {
    const e = await failure('http://127.0.0.1:9/nothing.json');
    assert.equal(e.kind, 'network');
    assert.match(e.message, /^Could not load nothing\.json: the network request failed/);
  });
});

describe('documentFromText (inline documents)', () => {
  it('uses the same parser and messages', () => {
    assert.equal(documentFromText(valid).document.jurisdiction.name, 'City of Testville');
    assert.throws(() => documentFromText('{"civicstat": "1.0",}'), /The inline document is not valid JSON: .*line 1, column 20/);
    assert.throws(() => documentFromText('{"civicstat": "2.0", "jurisdiction": {"name": "X"}}'), /The inline document has a problem: civicstat: version 2\.0 is not supported/);
    assert.throws(() => documentFromText('  '), /The inline document is empty/);
  });
});
