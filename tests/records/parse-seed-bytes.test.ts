import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { formatProblem } from '../../src/records/record-problem.ts';
import { parseSeedBytes } from '../../src/records/seed-files.ts';

const fixtures = new URL('../fixtures/records/', import.meta.url);
const cases = (kind: string) => readdirSync(new URL(kind, fixtures));

describe('parseSeedBytes', () => {
  test.each(cases('valid'))('parses %s to its pinned record', async (name) => {
    const { result } = parseSeedBytes(readFileSync(new URL(`valid/${name}`, fixtures)), name);
    expect(result.problems).toEqual([]);
    await expect(JSON.stringify(result.record, null, 2)).toMatchFileSnapshot(
      `__snapshots__/valid/${name}.json`,
    );
  });

  test.each(cases('invalid'))('reports %s with its pinned messages and no record', async (name) => {
    const { result } = parseSeedBytes(readFileSync(new URL(`invalid/${name}`, fixtures)), name);
    expect(result.record).toBeUndefined();
    expect(result.problems.length).toBeGreaterThan(0);
    const report = result.problems
      .map((problem) => `[${problem.field}] ${formatProblem(problem, 'seeds')}`)
      .join('\n');
    await expect(report).toMatchFileSnapshot(`__snapshots__/invalid/${name}.errors`);
  });

  test('names the time zone of the site in the message of a date it cannot read', () => {
    const bytes = readFileSync(new URL('invalid/bad-date.txt', fixtures));
    const message = (timeZone?: string) =>
      parseSeedBytes(bytes, 'bad-date.txt', timeZone).result.problems.find(
        (problem) => problem.field === '日期',
      )?.message;
    expect(message()).toContain("the time of day in the site's time zone (`Asia/Shanghai`)");
    expect(message('Europe/Berlin')).toContain(
      "the time of day in the site's time zone (`Europe/Berlin`)",
    );
  });

  const canonical = parseSeedBytes(
    readFileSync(new URL('variants/canonical.txt', fixtures)),
    'canonical.txt',
  ).result;

  test('parses the canonical variant without problems', async () => {
    expect(canonical.problems).toEqual([]);
    expect(canonical.warnings).toEqual([]);
    await expect(JSON.stringify(canonical.record, null, 2)).toMatchFileSnapshot(
      '__snapshots__/variants/canonical.json',
    );
  });

  test.each(cases('variants'))(
    'parses the variant %s to the same record as the canonical file',
    (name) => {
      const { result } = parseSeedBytes(readFileSync(new URL(`variants/${name}`, fixtures)), name);
      expect(result.problems).toEqual([]);
      expect(result.record).toEqual(canonical.record);
    },
  );

  test('parses the real seed to exactly its seven fields and list items', () => {
    const { id, result } = parseSeedBytes(
      readFileSync(new URL('valid/seed-article.txt', fixtures)),
      '2024/000_14c0c9d93e9386f0.txt',
    );
    expect(id).toBe('000_14c0c9d93e9386f0');
    const record = result.record!;
    expect(Object.keys(record).sort()).toEqual([
      'aiTech',
      'events',
      'industries',
      'keywords',
      'link',
      'text',
      'title',
    ]);
    expect(record.title).toBe('大模型产业方兴未艾 A股公司争相涉足');
    expect(record.link).toBe(
      'https://baijiahao.baidu.com/s?id=1815300492146678934&wfr=spider&for=pc',
    );
    expect(record.keywords).toEqual(['大模型产业', '人工智能技术发展', 'A股公司布局']);
    expect(record.aiTech).toEqual(['人工智能大模型', '生成式人工智能', '多模态大模型']);
    expect(record.industries).toEqual(['人工智能', '大模型', '智能制造']);
    expect(record.text).toMatch(/^以大模型为核心的人工智能技术飞速发展/);
    expect(record.text).toMatch(/举报\/反馈$/);
    expect(record.events?.match(/^\d+\. /gm)).toHaveLength(7);
  });

  test('keeps a label-like word inside a line as text when it does not start the line', () => {
    const { result } = parseSeedBytes(
      Buffer.from('标题: 行业观察\n总结: 本文谈及行业: 金融。'),
      'a.txt',
    );
    expect(result.record?.title).toBe('行业观察');
    expect(result.record?.text).toBe('本文谈及行业: 金融。');
    expect(result.record?.industries).toEqual([]);
  });
});
