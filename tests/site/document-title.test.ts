import { describe, expect, test } from 'vitest';
import { documentTitle } from '../../src/site/document-title.ts';

describe('documentTitle', () => {
  test.each([
    ['站点', '站点', '站点'],
    ['文章标题', '站点', '文章标题 · 站点'],
    ['长'.repeat(68), '站点', '长'.repeat(68)],
    ['长'.repeat(100), '站点', `${'长'.repeat(69)}…`],
  ])('titles %j on %j as %j', (title, site, expected) => {
    expect(documentTitle(title, site)).toBe(expected);
    expect(documentTitle(title, site).length).toBeLessThanOrEqual(70);
  });
});
