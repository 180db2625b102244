import { createHash } from 'node:crypto';
import { pathToFileURL } from 'node:url';
import type { LoaderContext } from 'astro/loaders';
import { vi } from 'vitest';

type Entry = { id: string; data: Record<string, unknown>; digest?: string; filePath?: string };

/** A loader context backed by a Map, with spies on the logger and on parseData. */
export function createFakeContext(
  root: string,
  entries = new Map<string, Entry>(),
  metaEntries = new Map<string, string>(),
) {
  const logger = {
    info: vi.fn(),
    warn: vi.fn(),
    error: vi.fn(),
    debug: vi.fn(),
    label: 'test',
    options: {},
    fork: vi.fn(),
  };
  const parseData = vi.fn(async ({ data }: { data: Record<string, unknown> }) => data);
  const store = {
    get: (id: string) => entries.get(id),
    set: (entry: Entry) => (entries.set(entry.id, entry), true),
    delete: (id: string) => void entries.delete(id),
    keys: () => [...entries.keys()],
    has: (id: string) => entries.has(id),
  };
  const meta = {
    get: (key: string) => metaEntries.get(key),
    set: (key: string, value: string) => void metaEntries.set(key, value),
    has: (key: string) => metaEntries.has(key),
    delete: (key: string) => void metaEntries.delete(key),
  };
  const context = {
    collection: 'articles',
    store,
    meta,
    logger,
    parseData,
    generateDigest: (data: string) => createHash('sha1').update(data).digest('hex'),
    config: {
      root: pathToFileURL(`${root}/`),
      outDir: pathToFileURL(`${root}/dist/`),
      cacheDir: pathToFileURL(`${root}/cache/`),
    },
  } as unknown as LoaderContext;
  return { context, entries, metaEntries, logger, parseData };
}
