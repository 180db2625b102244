import { Worker } from 'node:worker_threads';
import { describe, expect, test } from 'vitest';
import { cacheKey, pageKey } from '../../src/site/page-key.ts';

describe('cacheKey', () => {
  test('on the main thread, is the page key of what the page shows', () => {
    expect(cacheKey(() => ['a', 1])).toEqual({ cacheKey: pageKey(['a', 1]) });
    expect(cacheKey(() => ['a', 2]).cacheKey).not.toBe(pageKey(['a', 1]));
  });

  test('in a render worker thread, is left out without computing what the page shows', async () => {
    const module = new URL('../../src/site/page-key.ts', import.meta.url).href;
    const worker = new Worker(
      `import(${JSON.stringify(module)}).then(({ cacheKey }) => {
        let computed = false;
        const key = cacheKey(() => { computed = true; return ['a', 1]; });
        require('node:worker_threads').parentPort.postMessage({ key, computed });
      });`,
      { eval: true },
    );
    const reply = await new Promise((resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', reject);
    });
    await worker.terminate();
    expect(reply).toEqual({ key: {}, computed: false });
  });
});
