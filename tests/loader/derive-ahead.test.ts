import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { ArticleTexts, articleTextsDir } from '../../src/loader/article-texts.ts';
import { stopDerivingAhead } from '../../src/loader/ahead-flag.ts';
import { deriveAhead, type AheadRecord } from '../../src/loader/derive-ahead.ts';
import { recordTexts } from '../../src/markdown/summary-texts.ts';
import { parseTextRecord } from '../../src/records/parse-text-record.ts';
import { derivedTextsFolder } from '../../src/site/derived-texts.ts';

const folder = new URL('../fixtures/records/valid/', import.meta.url);
const records = [
  ...readdirSync(folder)
    .filter((name) => name.endsWith('.txt'))
    .map((name) => parseTextRecord(readFileSync(new URL(name, folder), 'utf8'), name).record!),
  // Publisher boilerplate, which the worker removes with the patterns the site's bundle imports.
  { title: '样板', text: '前文。要点回顾要点回顾正文。举报/反馈', events: undefined },
  { title: '无正文', text: undefined, events: '1. 只有事件' },
].map((record, index) => ({ ...record, id: `r${index}`, digest: `d${index}` }));

// A cache folder holding the records' texts by digest, as the loader keeps them.
function cacheWithTexts(): string {
  const cache = mkdtempSync(join(tmpdir(), 'news-digest-cache-'));
  const texts = new ArticleTexts(articleTextsDir(cache));
  for (const { digest, text, events } of records) texts.write(digest, { text, events });
  return cache;
}

const ahead = (): AheadRecord[] => records.map(({ id, digest }) => ({ id, digest }));

describe('deriveAhead', () => {
  test('derives in its worker what the site derives of every record, the real seed included', async () => {
    const cache = cacheWithTexts();
    await deriveAhead(ahead(), cache);
    for (const { digest, events, text } of records)
      expect(
        JSON.parse(readFileSync(join(derivedTextsFolder(cache), `${digest}.json`), 'utf8')),
      ).toEqual(recordTexts(events, () => text));
    expect(records.some(({ text }) => text?.includes('举报/反馈'))).toBe(true);
  });

  test('leaves the texts that a build derived already', async () => {
    const cache = cacheWithTexts();
    mkdirSync(derivedTextsFolder(cache), { recursive: true });
    const kept = join(derivedTextsFolder(cache), 'd0.json');
    writeFileSync(kept, '{"excerpt":"kept","feedHtml":""}');
    await deriveAhead(ahead(), cache);
    expect(readFileSync(kept, 'utf8')).toBe('{"excerpt":"kept","feedHtml":""}');
    expect(readdirSync(derivedTextsFolder(cache)).sort()).toEqual(
      records.map(({ digest }) => `${digest}.json`).sort(),
    );
  });

  test('skips a record whose text was removed since it was listed', async () => {
    const cache = cacheWithTexts();
    await deriveAhead([{ id: 'gone', digest: 'missing' }, ...ahead()], cache);
    expect(readdirSync(derivedTextsFolder(cache))).toHaveLength(records.length);
  });

  test('stops before the next record once told to', async () => {
    const cache = cacheWithTexts();
    const derived = deriveAhead(ahead(), cache);
    stopDerivingAhead();
    await derived;
    const folder = derivedTextsFolder(cache);
    expect(existsSync(folder) ? readdirSync(folder).length : 0).toBeLessThan(records.length);
  });
});
