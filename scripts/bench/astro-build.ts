import { parseArgs } from 'node:util';
import { build } from 'astro';

// Runs `astro build` as the command line does, with the bench's own Astro cache folder, so that a
// benchmark never reads or clears the project's `node_modules/.astro/`.
const { values } = parseArgs({
  options: { 'out-dir': { type: 'string' }, 'cache-dir': { type: 'string' } },
});
if (!values['out-dir'] || !values['cache-dir'])
  throw new Error(
    'Name both folders, for example `--out-dir /tmp/bench/dist --cache-dir /tmp/bench/astro-cache`.',
  );
await build({ outDir: values['out-dir'], cacheDir: values['cache-dir'] });
