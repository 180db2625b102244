import { describe, expect, test } from 'vitest';
import { diskFullMessage, shownPath } from '../../src/build/disk-full.ts';

const root = '/site';
const folders = ['/site/dist', '/site/node_modules/.astro'];
const fault = (code: string, extra: object = {}) =>
  Object.assign(new Error(`${code}: failed`), { code, ...extra });

describe('diskFullMessage', () => {
  test('says the disk is full, names the path written and what to do', () => {
    expect(
      diskFullMessage(fault('ENOSPC', { path: '/site/dist/articles/x/index.html' }), folders, root),
    ).toBe(
      'The build stopped because the disk is full (ENOSPC, no space left on device) while writing `dist/articles/x/index.html`, so its output is incomplete. ' +
        'Free space on that disk (`dist` and `node_modules/.astro` are written by the build), then build again; the next build starts over where this one stopped.',
    );
  });

  test.each([
    ['a quota used up', fault('EDQUOT', { path: '/site/dist/a' }), 'disk quota of this user'],
    ['an input/output error', fault('EIO', { path: '/site/dist/a' }), 'EIO, input/output error'],
    [
      'an error passed on as its cause',
      new Error('Rendering failed', { cause: fault('ENOSPC', { path: '/site/dist/a' }) }),
      'disk is full',
    ],
    [
      'one of the errors an error gathers',
      new AggregateError([new Error('other'), fault('ENOSPC', { path: '/site/dist/a' })]),
      'disk is full',
    ],
    [
      'an error that is only its message',
      new Error('ENOSPC: no space left on device, write'),
      'disk is full',
    ],
  ])('recognises %s', (_, error, words) => {
    expect(diskFullMessage(error, folders, root)).toContain(words);
  });

  test('names the folders on the disk with the least room when the error names no path', () => {
    // Both folders are missing here, so neither disk can be measured and both are named.
    expect(diskFullMessage(fault('ENOSPC'), folders, root)).toContain(
      'while writing into `dist` or `node_modules/.astro`,',
    );
  });

  test.each([[new Error('ENOENT: no such file')], [fault('EACCES')], ['ENOSPC'], [undefined]])(
    'leaves any other error alone: %s',
    (error) => {
      expect(diskFullMessage(error, folders, root)).toBeUndefined();
    },
  );
});

describe('shownPath', () => {
  test('shows a path inside the project relative to it, and any other path whole', () => {
    expect([
      shownPath('/site', root),
      shownPath('/site/dist', root),
      shownPath('/tmp/x', root),
    ]).toEqual(['`.`', '`dist`', '`/tmp/x`']);
  });
});
