import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { boilerplatePatterns, parseBoilerplate } from '../../src/markdown/boilerplate.ts';

const invalid = 'tests/fixtures/boilerplate/invalid';
const errorOf = (run: () => unknown): string => {
  try {
    run();
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('No error was thrown.');
};

describe('parseBoilerplate', () => {
  test.each(readdirSync(invalid))(
    'refuses %s with its pinned message, every line naming the file first',
    async (name) => {
      const file = `${invalid}/${name}`;
      const message = errorOf(() => parseBoilerplate(readFileSync(file, 'utf8'), file));
      for (const line of message.split('\n'))
        expect(line).toMatch(new RegExp(`^${file}(:[1-9]\\d*:[1-9]\\d*)? The `));
      await expect(message).toMatchFileSnapshot(`__snapshots__/boilerplate/${name}.errors`);
    },
  );

  test('reads every pattern, to remove every match on any line', () => {
    const patterns = parseBoilerplate(
      '{ "$comment": "x", "patterns": ["责任编辑：\\\\S{1,20}$", "举报"] }',
      'boilerplate.json',
    );
    expect(patterns.map(({ source, flags }) => [source, flags])).toEqual([
      ['责任编辑：\\S{1,20}$', 'gmu'],
      ['举报', 'gmu'],
    ]);
    expect(
      '正文。责任编辑：张三\n举报 举报'.replace(patterns[0]!, '').replace(patterns[1]!, ''),
    ).toBe('正文。\n ');
  });
});

describe('boilerplatePatterns', () => {
  test('holds one pattern for every entry of the project’s boilerplate.json', () => {
    const { patterns } = JSON.parse(readFileSync('boilerplate.json', 'utf8'));
    expect(boilerplatePatterns.map(({ source }) => source)).toEqual(
      patterns.map((pattern: string) => new RegExp(pattern, 'u').source),
    );
  });
});
