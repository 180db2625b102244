import { EventEmitter } from 'node:events';
import { mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { LoaderContext } from 'astro/loaders';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { ArticleTexts } from '../../src/loader/article-texts.ts';
import { seedLoader } from '../../src/loader/seed-loader.ts';
import { createFakeContext } from './fake-context.ts';

let root: string;
const write = (file: string, text: string) => {
  const path = join(root, 'seeds', file);
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, text);
};
const record = (title: string, link = `https://example.com/${encodeURIComponent(title)}`) =>
  `标题: ${title}\n链接: ${link}\n总结: ${title}的正文。\n关键词: 大模型, AIGC\n`;

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'seed-loader-'));
  write('a.txt', record('甲'));
  write('2024/b.txt', record('乙'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

// The fake context's cache folder is `cache/` in the root.
const textsDir = () => join(root, 'cache', 'news-digest-texts');
const texts = () => new ArticleTexts(textsDir());

// Gives a fake context the watcher of `npm run dev`, and a way to report a change under the seeds folder.
function watch(context: LoaderContext) {
  const watcher = Object.assign(new EventEmitter(), { add: vi.fn() });
  context.watcher = watcher as unknown as NonNullable<LoaderContext['watcher']>;
  return {
    watcher,
    change: (event: string, file: string) => watcher.emit('all', event, join(root, 'seeds', file)),
  };
}

describe('seedLoader', () => {
  const overlap =
    'The seeds folder `seeds` and the output folder overlap, and a build must never write into the records. ' +
    'Keep them apart, for example `SEEDS_DIR=seeds` with the output in `dist`.';

  test('stores every valid record under its file-name id, with a digest', async () => {
    const { context, entries } = createFakeContext(root);
    await seedLoader({ dir: 'seeds' }).load(context);
    expect([...entries.keys()].sort()).toEqual(['a', 'b']);
    expect(entries.get('b')).toMatchObject({
      filePath: 'seeds/2024/b.txt',
      data: { title: '乙', keywords: ['大模型', 'AIGC'] },
    });
    expect(entries.get('a')?.digest).toMatch(/^[0-9a-f]{40}$/);
  });

  test('keeps each text and event summary beside the store, by digest, and the rest of the record in it', async () => {
    write('c.txt', '标题: 丙\n重大事件摘要: 1. 只有事件\n关键词: 大模型\n');
    const { context, entries } = createFakeContext(root);
    await seedLoader({ dir: 'seeds' }).load(context);
    expect(entries.get('a')?.data).not.toHaveProperty('text');
    expect(entries.get('c')?.data).not.toHaveProperty('events');
    expect([entries.get('a')?.data.hasEvents, entries.get('c')?.data.hasEvents]).toEqual([
      false,
      true,
    ]);
    expect(texts().read(entries.get('a')!.digest!, 'a')).toEqual({ text: '甲的正文。' });
    expect(texts().read(entries.get('c')!.digest!, 'c')).toEqual({ events: '1. 只有事件' });
    expect(readdirSync(textsDir()).sort()).toEqual(
      ['a', 'b', 'c'].map((id) => `${entries.get(id)!.digest}.json`).sort(),
    );
  });

  test('reads a file again when its kept text is gone, and drops the texts of changed and deleted files', async () => {
    const first = createFakeContext(root);
    await seedLoader({ dir: 'seeds' }).load(first.context);
    const { a, b } = Object.fromEntries(first.entries);
    rmSync(join(textsDir(), `${b!.digest}.json`));
    write('a.txt', record('甲（更新）'));
    write('c.txt', record('丙'));
    const second = createFakeContext(root, first.entries);
    await seedLoader({ dir: 'seeds' }).load(second.context);
    expect(texts().read(b!.digest!, 'b')).toEqual({ text: '乙的正文。' });
    expect(texts().digests().has(a!.digest!)).toBe(false);
    expect(() => texts().read(a!.digest!, 'a')).toThrow(
      /^The text of the article `a` is missing from `.*news-digest-texts`/,
    );

    rmSync(join(root, 'seeds', 'c.txt'));
    const c = second.entries.get('c')!;
    await seedLoader({ dir: 'seeds' }).load(createFakeContext(root, second.entries).context);
    expect(texts().digests().has(c.digest!)).toBe(false);
    expect(readdirSync(textsDir())).toHaveLength(2);
  });

  test('reads a seeds folder outside the project, given as an absolute path', async () => {
    const outside = mkdtempSync(join(tmpdir(), 'seeds-outside-'));
    writeFileSync(join(outside, 'c.txt'), record('丙'));
    const { context, entries } = createFakeContext(root);
    await seedLoader({ dir: outside }).load(context);
    expect(entries.get('c')?.filePath).toMatch(/^\.\.\/.*\/c\.txt$/);
    rmSync(outside, { recursive: true, force: true });
  });

  test('fails with one message naming every bad file when onError is fail', async () => {
    write('c.txt', '总结: 没有标题\n');
    write('d.txt', '标题: 坏链接\n链接: javascript:alert(1)\n总结: x\n');
    const { context } = createFakeContext(root);
    const loading = seedLoader({ dir: 'seeds' }).load(context);
    await expect(loading).rejects.toThrow(
      /seeds\/c\.txt:1:1 The record has no title[\s\S]*seeds\/d\.txt:2:5 The link `javascript:alert\(1\)`/,
    );
  });

  test('publishes the valid records and warns about each bad one when onError is skip', async () => {
    write('c.txt', '总结: 没有标题\n');
    const { context, entries, logger } = createFakeContext(root);
    await seedLoader({ dir: 'seeds', onError: 'skip' }).load(context);
    expect([...entries.keys()].sort()).toEqual(['a', 'b']);
    expect(logger.warn).toHaveBeenCalledWith(
      expect.stringMatching(/^seeds\/c\.txt:1:1 The record has no title/),
    );
    expect(logger.info).toHaveBeenCalledWith(
      '3 record files: 2 published, 1 skipped with errors, 0 duplicates; 0 other files ignored.',
    );
  });

  test('does not parse unchanged files again on a second sync', async () => {
    const first = createFakeContext(root);
    await seedLoader({ dir: 'seeds' }).load(first.context);
    write('a.txt', record('甲（更新）'));
    const second = createFakeContext(root, first.entries);
    await seedLoader({ dir: 'seeds' }).load(second.context);
    expect(second.parseData).toHaveBeenCalledTimes(1);
    expect(second.entries.get('a')?.data.title).toBe('甲（更新）');
  });

  test('reads every file again, times in the new zone, when the time zone changes', async () => {
    write('a.txt', `${record('甲')}日期: 2024-11-05T20:00:00Z\n`);
    const first = createFakeContext(root);
    await seedLoader({ dir: 'seeds' }).load(first.context);
    expect(first.entries.get('a')?.data.date).toBe('2024-11-06T04:00:00+08:00');
    const second = createFakeContext(root, first.entries);
    await seedLoader({ dir: 'seeds', timeZone: 'Europe/Berlin' }).load(second.context);
    expect(second.parseData).toHaveBeenCalledTimes(2);
    expect(second.entries.get('a')?.data.date).toBe('2024-11-05T21:00:00+01:00');
  });

  test('still reports the warnings of an unchanged file on a second sync', async () => {
    write('c.txt', `${record('丙')}行业: ……\n`);
    const first = createFakeContext(root);
    await seedLoader({ dir: 'seeds' }).load(first.context);
    const second = createFakeContext(root, first.entries, first.metaEntries);
    await seedLoader({ dir: 'seeds' }).load(second.context);
    expect(second.parseData).not.toHaveBeenCalled();
    expect(second.logger.warn).toHaveBeenCalledWith(
      expect.stringMatching(/^seeds\/c\.txt:5:5 The item `……` of `行业` has no letter or digit/),
    );
  });

  test('follows a file moved to another folder without changing', async () => {
    const first = createFakeContext(root);
    await seedLoader({ dir: 'seeds' }).load(first.context);
    mkdirSync(join(root, 'seeds', '2025'));
    renameSync(join(root, 'seeds', 'a.txt'), join(root, 'seeds', '2025', 'a.txt'));
    await seedLoader({ dir: 'seeds' }).load(createFakeContext(root, first.entries).context);
    expect(first.entries.get('a')?.filePath).toBe('seeds/2025/a.txt');
  });

  test('prunes records whose file was deleted', async () => {
    const first = createFakeContext(root);
    await seedLoader({ dir: 'seeds' }).load(first.context);
    rmSync(join(root, 'seeds', '2024/b.txt'));
    await seedLoader({ dir: 'seeds' }).load(createFakeContext(root, first.entries).context);
    expect([...first.entries.keys()]).toEqual(['a']);
  });

  test('reports two files with the same id, naming both paths', async () => {
    write('2025/a.txt', record('另一个甲', 'https://example.com/other'));
    const { context } = createFakeContext(root);
    await expect(seedLoader({ dir: 'seeds' }).load(context)).rejects.toThrow(
      'seeds/a.txt:1:1 The id `a` is already used by `2025/a.txt`, and every article needs its own URL. ' +
        'Rename one of the two files, for example to `a-2.txt`; `2025/a.txt` is the one published.',
    );
  });

  test('publishes the first record by id of a source link and reports the others as duplicates', async () => {
    write('c.txt', record('丙', 'https://example.com/%E7%94%B2'));
    const { context, entries, logger } = createFakeContext(root);
    await seedLoader({ dir: 'seeds' }).load(context);
    expect([...entries.keys()].sort()).toEqual(['a', 'b']);
    expect(logger.warn).toHaveBeenCalledWith(
      expect.stringMatching(
        /^seeds\/c\.txt:1:1 The source link .* is already published by `a\.txt`/,
      ),
    );
  });

  test('ignores files that are not records, and counts them', async () => {
    write('.DS_Store', '\0\0');
    write('notes.json', '{}');
    const { context, entries, logger } = createFakeContext(root);
    await seedLoader({ dir: 'seeds' }).load(context);
    expect(entries.size).toBe(2);
    expect(logger.info).toHaveBeenCalledWith(
      '2 record files: 2 published, 0 skipped with errors, 0 duplicates; 2 other files ignored.',
    );
  });

  test('refuses an output folder inside the seeds folder', async () => {
    const { context } = createFakeContext(root);
    context.config.outDir = new URL('seeds/dist/', context.config.root);
    await expect(seedLoader({ dir: 'seeds' }).load(context)).rejects.toThrow(overlap);
  });

  test('refuses a seeds folder inside the output folder', async () => {
    const { context } = createFakeContext(root);
    context.config.outDir = new URL('./', context.config.root);
    await expect(seedLoader({ dir: 'seeds' }).load(context)).rejects.toThrow(overlap);
  });

  test('follows added, changed, broken and deleted files in dev without failing', async () => {
    const { context, entries, logger } = createFakeContext(root);
    const { watcher, change } = watch(context);
    await seedLoader({ dir: 'seeds' }).load(context);
    expect(watcher.add).toHaveBeenCalledWith(join(root, 'seeds'));

    write('c.txt', record('丙'));
    change('add', 'c.txt');
    await vi.waitFor(() => expect(entries.get('c')?.data.title).toBe('丙'));

    write('c.txt', '总结: 标题没了\n');
    change('change', 'c.txt');
    await vi.waitFor(() => expect(entries.has('c')).toBe(false));
    expect(logger.warn).toHaveBeenCalledWith(
      expect.stringMatching(/^seeds\/c\.txt:1:1 The record has no title/),
    );
    expect([...entries.keys()].sort()).toEqual(['a', 'b']);

    rmSync(join(root, 'seeds', 'a.txt'));
    change('unlink', 'a.txt');
    await vi.waitFor(() => expect([...entries.keys()]).toEqual(['b']));
  });

  test('reads only the file an event names in dev, and still checks source links across every file', async () => {
    const { context, entries, logger, parseData } = createFakeContext(root);
    const { change } = watch(context);
    await seedLoader({ dir: 'seeds' }).load(context);
    parseData.mockClear();

    write('a.txt', record('甲（无人报告的修改）'));
    write('c.txt', record('丙'));
    change('add', 'c.txt');
    await vi.waitFor(() => expect(entries.get('c')?.data.title).toBe('丙'));
    expect(parseData).toHaveBeenCalledTimes(1);
    expect(entries.get('a')?.data.title).toBe('甲');

    write('d.txt', record('丁', 'https://example.com/%E4%B9%99'));
    change('add', 'd.txt');
    await vi.waitFor(() =>
      expect(logger.warn).toHaveBeenCalledWith(
        expect.stringMatching(
          /^seeds\/d\.txt:1:1 The source link .* is already published by `2024\/b\.txt`/,
        ),
      ),
    );
    expect(entries.has('d')).toBe(false);
    expect(logger.info).toHaveBeenLastCalledWith(
      '4 record files: 3 published, 0 skipped with errors, 1 duplicates; 0 other files ignored.',
    );
  });

  test('forgets every file of a folder deleted in dev', async () => {
    const { context, entries } = createFakeContext(root);
    const { change } = watch(context);
    await seedLoader({ dir: 'seeds' }).load(context);
    rmSync(join(root, 'seeds', '2024'), { recursive: true });
    change('unlinkDir', '2024');
    await vi.waitFor(() => expect([...entries.keys()]).toEqual(['a']));
  });

  test('parses every file again when the salt changes', async () => {
    const first = createFakeContext(root);
    await seedLoader({ dir: 'seeds', salt: 'parser 1' }).load(first.context);
    const same = createFakeContext(root, first.entries);
    await seedLoader({ dir: 'seeds', salt: 'parser 1' }).load(same.context);
    expect(same.parseData).not.toHaveBeenCalled();
    const changed = createFakeContext(root, first.entries);
    await seedLoader({ dir: 'seeds', salt: 'parser 2' }).load(changed.context);
    expect(changed.parseData).toHaveBeenCalledTimes(2);
  });

  test('names a missing seeds folder', async () => {
    const { context } = createFakeContext(root);
    await expect(seedLoader({ dir: 'missing' }).load(context)).rejects.toThrow(
      'The seeds folder `missing` does not exist.',
    );
  });

  test.each([
    [
      { dir: '' },
      'The seedLoader option `dir: ""` names no folder. Pass the seeds folder, absolute or relative to the project root, for example `seedLoader({ dir: \'seeds\' })`.',
    ],
    [
      { dir: 'seeds', onError: 'ignore' as 'skip' },
      "The seedLoader option `onError: \"ignore\"` is neither `fail` nor `skip`. Pass one of them, for example `seedLoader({ dir: 'seeds', onError: 'skip' })`.",
    ],
  ])(
    'refuses the options %j before reading anything, naming the option and the fix',
    (options, message) => {
      expect(() => seedLoader(options)).toThrow(new Error(message));
    },
  );
});
