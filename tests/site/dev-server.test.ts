import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { open, rename, rm, writeFile } from 'node:fs/promises';
import { createServer, type AddressInfo } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import type { SearchDocument, SearchManifest } from '../../src/search/search-document.ts';
import { matchWord } from '../../src/search/text-search.ts';

// `npm run dev` on a copy of the fixture seeds, with its own Astro cache, on a free port.
const work = fileURLToPath(new URL('../.output/dev/', import.meta.url));
const seeds = join(work, 'seeds');
// A script file rather than `node -e`: worker threads take the process's options, and
// `--input-type` would stop the index worker from starting.
const startDev = join(work, 'start-dev.mjs');
// The environment of a shell: under vitest's `NODE_ENV=test` and `VITEST` the dev server serves no pages.
const devEnv = Object.fromEntries(
  Object.entries(process.env).filter(([name]) => name !== 'NODE_ENV' && !name.startsWith('VITEST')),
);
let origin = '';
let log = '';
let server: ChildProcess | undefined;

beforeAll(async () => {
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  cpSync('tests/fixtures/site-seeds', seeds, { recursive: true });
  writeFileSync(
    startDev,
    `const { dev } = await import('astro');
const server = await dev({ cacheDir: process.argv[2], server: { port: Number(process.argv[3]), host: '127.0.0.1' }, logLevel: 'warn' });
console.log('port=' + server.address.port);
`,
  );
  server = spawn(process.execPath, [startDev, join(work, 'cache'), String(await freePort())], {
    env: { ...devEnv, SEEDS_DIR: seeds, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
  });
  server.stdout!.on('data', (chunk) => (log += chunk));
  server.stderr!.on('data', (chunk) => (log += chunk));
  await vi.waitFor(
    () => {
      const port = /port=(\d+)/.exec(log)?.[1];
      if (!port) throw new Error(`The dev server has not started:\n${log}`);
      origin = `http://127.0.0.1:${port}`;
    },
    { timeout: 120_000, interval: 200 },
  );
}, 130_000);
afterAll(() => {
  server?.kill();
});

const record = (title: string, text = '国产 AI 芯片出货量创新高。') =>
  `标题: ${title}\n链接: https://example.com/news/${encodeURIComponent(title)}\n总结: ${text}\n行业: 半导体\n`;

// A port nobody listens on; the dev server is given it, since it reports no port it picked itself.
function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

// The title an article page shows, or the status when there is no page.
async function shownTitle(id: string): Promise<string> {
  const response = await fetch(`${origin}/articles/${id}/`);
  if (!response.ok) return `HTTP ${response.status}`;
  return /<h1[^>]*>([^<]*)<\/h1>/.exec(await response.text())?.[1] ?? 'no title';
}

const served = (id: string, title: string) =>
  vi.waitFor(async () => expect(await shownTitle(id), log).toBe(title), {
    timeout: 60_000,
    interval: 250,
  });

// A search file as the search page reads it from the dev server.
async function searchFile(path: string): Promise<Buffer> {
  const response = await fetch(`${origin}/search-index/${path}`);
  if (!response.ok) throw new Error(`HTTP ${response.status} for ${path}`);
  return gunzipSync(Buffer.from(await response.arrayBuffer()));
}

// The pages of the articles whose title or text contains the word, as the search page finds them.
async function searched(word: string): Promise<string[]> {
  const manifest = JSON.parse((await searchFile('manifest.bin')).toString()) as SearchManifest;
  const { head, body } = await matchWord(word, manifest.parts, (part, family, shard) =>
    searchFile(`${part.key}/${family}/${shard}.bin`),
  );
  const documents = await Promise.all(
    [...new Set([...head, ...body])].map(
      async (number) =>
        JSON.parse((await searchFile(`docs/${number}.bin`)).toString()) as SearchDocument,
    ),
  );
  return documents.map((document) => document.url);
}

describe('npm run dev', () => {
  test('searches a record added while it runs, and no longer finds it once removed', async () => {
    const file = join(seeds, 'searched.txt');
    expect(await searched('火星采矿大模型')).toEqual([]);
    await writeFile(file, record('火星采矿大模型发布', '首个火星采矿大模型今日发布。'));
    await vi.waitFor(
      async () => expect(await searched('火星采矿大模型')).toEqual(['/articles/searched/']),
      { timeout: 60_000, interval: 250 },
    );
    await rm(file);
    await vi.waitFor(async () => expect(await searched('火星采矿大模型')).toEqual([]), {
      timeout: 60_000,
      interval: 250,
    });
  }, 90_000);

  test.each([
    ['written in place', (file: string, text: string) => writeFile(file, text)],
    [
      'replaced as `sed -i` and editors do, by renaming a new file over it',
      async (file: string, text: string) => {
        await writeFile(`${file}.tmp`, text);
        await rename(`${file}.tmp`, file);
      },
    ],
  ])(
    'serves the last of two writes to one file made a moment apart, %s',
    async (_, write) => {
      const file = join(seeds, '003_chip.txt');
      await served('003_chip', '国产 AI芯片 出货量创新高');
      await write(file, record('第一次写入'));
      await new Promise((resolve) => setTimeout(resolve, 20));
      await write(file, record('第二次写入'));
      await served('003_chip', '第二次写入');
      await write(file, record('国产 AI芯片 出货量创新高'));
    },
    90_000,
  );

  test('serves a large record written in chunks, though a read in the middle finds it cut inside a character', async () => {
    const bytes = Buffer.from(record('分三次写入的长记录', '人工智能产业持续发展。'.repeat(3_500)));
    const file = await open(join(seeds, 'big.txt'), 'w');
    // Cut at thirds of the bytes, which falls inside a three-byte character.
    const cuts = [0, 40_001, 80_002, bytes.length];
    for (let part = 0; part < 3; part++) {
      await file.write(bytes.subarray(cuts[part], cuts[part + 1]));
      await file.sync();
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    await file.close();
    await served('big', '分三次写入的长记录');
  }, 90_000);
});
