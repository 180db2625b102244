import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { build } from 'astro';
import { AstroError } from 'astro/errors';
import { diskFullMessage } from '../src/build/disk-full.ts';

// `npm run build`: `astro build` through Astro's API, so that a build that runs out of disk says so
// and names the path, where the command line prints a bare `ENOSPC … write`. `--force` and
// `--outDir` are the command line's; `--cacheDir` moves Astro's cache (the bench keeps its own).
const options = {
  force: { type: 'boolean', default: false },
  outDir: { type: 'string', default: 'dist' },
  cacheDir: { type: 'string', default: 'node_modules/.astro' },
} as const;

try {
  const { values } = parseArgs({ options });
  const outDir = resolve(values.outDir);
  const cacheDir = resolve(values.cacheDir);
  try {
    await build({ outDir, cacheDir, force: values.force });
  } catch (error) {
    fail(diskFullMessage(error, [outDir, cacheDir], process.cwd()) ?? describe(error));
  }
} catch (error) {
  fail(
    `${(error as Error).message}. The build takes \`--force\`, \`--outDir <folder>\` and \`--cacheDir <folder>\`, for example \`npm run build -- --force\`.`,
  );
}

// Bad records and settings are AstroErrors, shown as Astro shows them: the message, then the hint.
function describe(error: unknown): string {
  if (error instanceof AstroError)
    return [error.message, error.hint && `Hint: ${error.hint}`].filter(Boolean).join('\n');
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}

function fail(message: string): never {
  // On a line of its own, even when the build stopped in the middle of one.
  console.error(`\n${message}`);
  // A failed build can leave timers and watchers behind; nothing more is to be done.
  process.exit(1);
}
