import { cpSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeCorpus } from '../../scripts/generate-corpus.ts';

// The hand-written records of the search tests: the real seed, symbols and mixed scripts, short news.
// Their names sort before the generated records', so that records appended later are the newest, as
// a scraper's next files are.
const fixtureFolders = [
  'tests/fixtures/site-seeds',
  'tests/fixtures/search-seeds',
  'tests/fixtures/search-scripts',
];

/**
 * Writes the corpus of the search-quality test: generated records and every hand-written fixture
 * record, all without a date line when `dated` is false.
 */
export function writeQualityCorpus(seeds: string, records: number, dated: boolean): void {
  rmSync(seeds, { recursive: true, force: true });
  appendQualityRecords(seeds, 0, records, dated);
  for (const folder of fixtureFolders)
    cpSync(folder, join(seeds, folder.split('/').at(-1)!), { recursive: true });
  if (dated) return;
  for (const file of readdirSync(seeds, { recursive: true, encoding: 'utf8' }).filter((name) =>
    name.endsWith('.txt'),
  )) {
    const path = join(seeds, file);
    writeFileSync(
      path,
      readFileSync(path, 'utf8').replace(/^(日期|发布时间|Date)\s*[:：].*\n/gimu, ''),
    );
  }
}

/** Writes the generated records `from` to `from + count - 1` of the search-quality corpus, the scraper's next files. */
export function appendQualityRecords(
  seeds: string,
  from: number,
  count: number,
  dated: boolean,
): void {
  writeCorpus(join(seeds, 'generated'), count, 7, from, dated ? undefined : null);
}
