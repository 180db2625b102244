import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { hashSources, parserSalt } from '../../src/loader/parser-salt.ts';

// The parsing code as it is on disk, and what the loader keeps of a record, keyed as the loader's glob keys it.
function sourcesOnDisk(): Record<string, string> {
  const folders = ['records', 'normalize'];
  const keeping = ['seed-sync.ts', 'article-texts.ts'];
  return Object.fromEntries([
    ...folders.flatMap((folder) =>
      readdirSync(`src/${folder}`)
        .filter((name) => name.endsWith('.ts'))
        .map((name) => [`../${folder}/${name}`, readFileSync(`src/${folder}/${name}`, 'utf8')]),
    ),
    ...keeping.map((name) => [`./${name}`, readFileSync(`src/loader/${name}`, 'utf8')]),
  ]);
}

describe('parserSalt', () => {
  test('is the hash of the record parsers, the normalizers they call and the code that keeps records, as they are on disk', () => {
    expect(parserSalt).toBe(hashSources(sourcesOnDisk()));
  });
});

describe('hashSources', () => {
  const sources = sourcesOnDisk();

  test('changes when a records source file is edited', () => {
    const edited = {
      ...sources,
      '../records/parse-text-record.ts': `${sources['../records/parse-text-record.ts']}\n// changed\n`,
    };
    expect(hashSources(edited)).not.toBe(hashSources(sources));
  });

  test('changes when a source file is added or removed', () => {
    const removed = { ...sources };
    delete removed['../records/fields.ts'];
    expect(hashSources(removed)).not.toBe(hashSources(sources));
    expect(hashSources({ ...sources, '../records/new-format.ts': '' })).not.toBe(
      hashSources(sources),
    );
  });

  test('does not depend on the order the files are listed in', () => {
    expect(hashSources(Object.fromEntries(Object.entries(sources).reverse()))).toBe(
      hashSources(sources),
    );
  });
});
