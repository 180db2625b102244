import { execFile } from 'node:child_process';
import {
  cpSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { promisify } from 'node:util';
import { appendQualityRecords, writeQualityCorpus } from './search/quality-corpus.ts';
import { builds, type Site } from './site/built-site.ts';

// The build and browser projects both name this file, and each project runs its own global setup;
// the promise kept on the main process's global object makes the second call wait for the first build.
const built = Symbol.for('news-digest.fixture-sites');

/** Makes every fixture build once per test run, however many projects ask for them, before any test reads them. */
export default function setup(): Promise<void> {
  const shared = globalThis as { [built]?: Promise<void> };
  shared[built] ??= buildSites();
  return shared[built];
}

// Builds the fixture sites one after another: they share Astro's cache.
async function buildSites(): Promise<void> {
  for (const site of Object.values(builds)) {
    rmSync(site.outDir, { recursive: true, force: true });
    // A fresh clone has no output folder yet.
    mkdirSync(dirname(site.config), { recursive: true });
    writeFileSync(site.config, projectConfig(site.options));
    let log = '';
    if (site.added) {
      // A full build of the seeds without the record, then an incremental one with it, as a publisher adds one.
      const seeds = `${site.outDir}-seeds`;
      rmSync(seeds, { recursive: true, force: true });
      cpSync(site.env.SEEDS_DIR, seeds, {
        recursive: true,
        filter: (source) => source !== join(site.env.SEEDS_DIR, site.added!),
      });
      log += await astroBuild(site, seeds, ['--force']);
      cpSync(join(site.env.SEEDS_DIR, site.added), join(seeds, site.added));
      log += await astroBuild(site, seeds, []);
    } else if (site.corpus) {
      const { records, dated, appended = 0 } = site.corpus;
      writeQualityCorpus(site.env.SEEDS_DIR, records - appended, dated);
      log = await astroBuild(site, site.env.SEEDS_DIR, []);
      if (appended > 0) {
        writeFileSync(site.firstIndex, JSON.stringify(indexFiles(site.outDir)));
        appendQualityRecords(site.env.SEEDS_DIR, records - appended, appended, dated);
        // Started as another command, as a publisher may start the next day's build.
        log += await astroBuild(site, site.env.SEEDS_DIR, [], '/usr/bin/npx');
      }
    } else log = await astroBuild(site, site.env.SEEDS_DIR, site.force ? ['--force'] : []);
    writeFileSync(site.log, log);
  }
}

/** The files of the search index's parts in an output folder, by path under `search-index/`, with their inodes. */
function indexFiles(outDir: string): Record<string, number> {
  const folder = join(outDir, 'search-index');
  return Object.fromEntries(
    readdirSync(folder, { recursive: true, withFileTypes: true })
      .map((entry) => relative(folder, join(entry.parentPath, entry.name)))
      .filter((path) => /^[0-9a-f]{16}\/\w+\/\d+\.bin$/.test(path))
      .map((path) => [path, statSync(join(folder, path)).ino]),
  );
}

/** Runs \`astro build\` for a fixture site; \`command\` is what the shell names in \`_\`, the command it ran. */
async function astroBuild(
  site: Site,
  seeds: string,
  args: string[],
  command = 'node_modules/.bin/astro',
): Promise<string> {
  try {
    const { stdout, stderr } = await promisify(execFile)(
      'node_modules/.bin/astro',
      // Astro finds `--config` from the project root.
      ['build', '--config', relative(process.cwd(), site.config), '--outDir', site.outDir, ...args],
      {
        env: {
          ...process.env,
          ...site.env,
          SEEDS_DIR: seeds,
          _: command,
          ASTRO_TELEMETRY_DISABLED: '1',
          NO_COLOR: '1',
        },
        maxBuffer: 64 * 1024 * 1024,
      },
    );
    return stdout + stderr;
  } catch (error) {
    const { stdout, stderr } = error as { stdout: string; stderr: string };
    throw new Error(`astro build of the ${site.name} fixture site failed:\n${stdout}\n${stderr}`);
  }
}

/**
 * The project's astro.config.ts as a publisher would change it: each option given a new value in
 * place, or written first when the file leaves it out, or the integration called with no options
 * (`'none'`). Imports are made absolute, so that the copy works from the output folder.
 */
export function projectConfig(options: Site['options']): string {
  let text = readFileSync('astro.config.ts', 'utf8').replaceAll(
    "from './",
    `from '${process.cwd()}/`,
  );
  if (options === 'none')
    return replaceOnce(text, /newsDigest\(\{[\s\S]*?\n {4}\}\)/, 'newsDigest()');
  for (const [name, value] of Object.entries(options ?? {})) {
    const line = new RegExp(`^( +${name}: ).*,$`, 'm');
    text = line.test(text)
      ? replaceOnce(text, line, `$1${JSON.stringify(value)},`)
      : replaceOnce(text, /newsDigest\(\{\n/, `$&      ${name}: ${JSON.stringify(value)},\n`);
  }
  return text;
}

function replaceOnce(text: string, pattern: RegExp, replacement: string): string {
  const changed = text.replace(pattern, replacement);
  if (changed === text) throw new Error(`astro.config.ts has no ${pattern} to change.`);
  return changed;
}
