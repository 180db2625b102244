import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import type { Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { describe, expect, test } from 'vitest';
import { cleanText } from '../../src/markdown/clean-text.ts';
import { plainHtml, plainTree } from '../../src/markdown/plain-markdown.ts';
import { renderFeedTree } from '../../src/markdown/render-feed-html.ts';
import { renderMarkdown, renderMarkdownTree } from '../../src/markdown/render-markdown.ts';
import { structureText } from '../../src/markdown/structure-text.ts';
import { parseTextRecord } from '../../src/records/parse-text-record.ts';

// Lines as records may hold them: mostly Chinese, digits and spaces, and now and then ASCII
// punctuation of every kind and the markup that punctuation can make: entities, escapes, emphasis,
// links, code, HTML, list markers.
const line = fc
  .array(
    fc.oneof(
      { weight: 8, arbitrary: fc.constantFrom(...'华为发布了新品。，“”（）%😀0123456789A \u3000') },
      {
        weight: 1,
        arbitrary: fc.constantFrom(
          ...'!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~\t\r\0',
          '&amp;',
          '&lt;',
          '&#35;',
          'AT&T',
          '\\*',
          '**甲**',
          '_甲_',
          '[甲](https://a.example)',
          '<b>',
          '<!-- ',
          '`码`',
          '~~~',
          '1. ',
          '- ',
          '> ',
          '    ',
        ),
      },
    ),
    { minLength: 1, maxLength: 8 },
  )
  .map((tokens) => tokens.join(''));
const marker = fc.constantFrom('1. ', '2. ', '10. ', '01. ', '1) ', '- ', '+ ', '* ', '-');
const block = fc.oneof(
  line,
  fc
    .tuple(fc.constantFrom('# ', '## ', '### ', '#', '####### '), line)
    .map(([mark, text]) => mark + text),
  fc
    .array(fc.tuple(marker, line), { minLength: 1, maxLength: 4 })
    .map((items) => items.map(([mark, text]) => mark + text).join('\n')),
);
const markdown = fc
  .tuple(fc.array(block, { minLength: 1, maxLength: 4 }), fc.constantFrom('\n\n', '\n', '\n\n\n'))
  .map(([blocks, parting]) => blocks.join(parting));

// The same tree with each text cut in two: the pipeline renders it as the tree, and `plainHtml`
// declines it, so it shows what the pipeline makes of the tree.
function throughPipeline(tree: Root): Root {
  return JSON.parse(JSON.stringify(tree), (key, value) =>
    key === 'children' && Array.isArray(value)
      ? value.flatMap((node) =>
          node.type === 'text' && node.value.length > 1
            ? [
                { type: 'text', value: node.value.slice(0, 1) },
                { type: 'text', value: node.value.slice(1) },
              ]
            : [node],
        )
      : value,
  ) as Root;
}

// Checks `check` on `runs` generated texts. It says whether the text was one it checks, as at least
// a tenth must be for the property to say something.
function checkOften(runs: number, check: (text: string) => boolean): void {
  let checked = 0;
  fc.assert(
    fc.property(markdown, (text) => {
      if (check(text)) checked++;
    }),
    { numRuns: runs },
  );
  expect(checked).toBeGreaterThan(runs / 10);
}

describe('plainTree', () => {
  test('gives the tree the parser gives, positions included, for any text it takes', () => {
    checkOften(5000, (text) => {
      const tree = plainTree(text);
      if (tree) expect(tree).toEqual(fromMarkdown(text));
      return tree !== undefined;
    });
  });

  test('takes the texts and event summaries of the records, and leaves text with markup to the parser', () => {
    const folder = new URL('../fixtures/records/valid/', import.meta.url);
    const seed = parseTextRecord(
      readFileSync(new URL('seed-article.txt', folder), 'utf8'),
      '',
    ).record!;
    const texts = [structureText(cleanText(seed.text!)), seed.events!];
    for (const text of texts) expect(plainTree(text)).toEqual(fromMarkdown(text));
    for (const name of readdirSync(folder).filter((file) => file.endsWith('.txt'))) {
      const { events } = parseTextRecord(readFileSync(new URL(name, folder), 'utf8'), name).record!;
      const tree = events === undefined ? undefined : plainTree(events);
      if (tree) expect(tree).toEqual(fromMarkdown(events!));
    }
    expect(plainTree('甲。\n1. 乙')).toBeUndefined();
    expect(plainTree('1. 甲\n\n2. 乙')).toBeUndefined();
    expect(plainTree('1. 甲\n\n- 乙')).toEqual(fromMarkdown('1. 甲\n\n- 乙'));
    expect(plainTree('1. 甲\n- 乙')).toBeUndefined();
    expect(plainTree('**甲**')).toBeUndefined();
    expect(plainTree('甲\n乙')).toBeUndefined();
  });
});

describe('plainHtml', () => {
  test('gives the HTML the page and feed pipelines give, for any tree it takes', () => {
    checkOften(3000, (text) => {
      const tree = fromMarkdown(text);
      const page = renderMarkdown(text);
      expect(renderMarkdownTree(throughPipeline(tree))).toBe(page);
      if (plainHtml(tree) === undefined) return false;
      expect(renderMarkdownTree(tree)).toBe(page);
      expect(renderFeedTree(tree)).toBe(renderFeedTree(throughPipeline(tree)));
      return true;
    });
  });

  test('declines lists numbered from another number, loose lists and inline markup', () => {
    for (const text of ['3. 甲\n4. 乙', '1. 甲\n\n   乙', '甲**乙**', '甲  \n乙', '> 甲'])
      expect(plainHtml(fromMarkdown(text))).toBeUndefined();
    expect(plainHtml(fromMarkdown('甲 &lt;b&gt; &amp;'))).toBe('<p>甲 &#x3C;b> &#x26;</p>');
  });
});
