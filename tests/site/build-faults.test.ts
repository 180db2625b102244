import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeEach, describe, expect, test } from 'vitest';
import { writeCorpus } from '../../scripts/generate-corpus.ts';
import { differingFiles, outputFiles } from './built-site.ts';

// Builds of the small fixture site with their own output and cache folders, as `npm run build` runs them.
const work = fileURLToPath(new URL('../.output/faults/', import.meta.url));
const shown = 'tests/.output/faults';
const outDir = join(work, 'dist');
const cacheDir = join(work, 'cache');
const env = {
  ...process.env,
  SEEDS_DIR: 'tests/fixtures/site-seeds',
  ASTRO_TELEMETRY_DISABLED: '1',
  NO_COLOR: '1',
};

interface Build {
  child: ChildProcess;
  output: () => string;
  exit: Promise<number>;
}

function startBuild(
  command: string[],
  folders = ['--outDir', outDir, '--cacheDir', cacheDir],
  seedsDir = env.SEEDS_DIR,
): Build {
  const child = spawn(command[0]!, [...command.slice(1), 'scripts/build.ts', ...folders], {
    env: { ...env, SEEDS_DIR: seedsDir },
  });
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  const exit = new Promise<number>((resolve) => child.on('close', (code) => resolve(code ?? 1)));
  return { child, output: () => output, exit };
}

// Resolves once the build has printed a line, which it does only after it holds its locks.
function printed(build: Build, text: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const check = () => {
      if (build.output().includes(text)) resolve();
      else if (build.child.exitCode !== null)
        reject(new Error(`The build ended first:\n${build.output()}`));
      else setTimeout(check, 50);
    };
    check();
  });
}

// A few hundred records, so that a build is still running for seconds after it has said so.
function slowSeeds(): string {
  const seeds = join(work, 'seeds');
  writeCorpus(seeds, 300);
  return seeds;
}

beforeEach(() => {
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
});

describe('npm run build', () => {
  test('stops a second build of the same folders at once, naming the build that runs, while the first one finishes', async () => {
    const first = startBuild([process.execPath], undefined, slowSeeds());
    await printed(first, '[content] Syncing content');
    const second = startBuild([process.execPath]);
    expect(await second.exit).toBe(1);
    // The second build was refused while the first still ran.
    expect(first.child.exitCode).toBeNull();
    expect(second.output()).toContain(`Another build (build ${first.child.pid}, started `);
    expect(second.output()).toContain(
      `is writing \`${shown}/dist\`, and two builds at once would delete each other's files. Wait for it to finish, or stop it (\`kill ${first.child.pid}\`); if no build is running, delete \`${shown}/dist.lock\`.`,
    );
    expect(await first.exit, first.output()).toBe(0);
    expect(existsSync(join(outDir, 'index.html'))).toBe(true);
    expect(existsSync(join(work, 'dist.lock'))).toBe(false);
  }, 240_000);

  test('builds after a build that was killed and left its locks behind', async () => {
    const killed = startBuild([process.execPath], undefined, slowSeeds());
    await printed(killed, '[content] Syncing content');
    killed.child.kill('SIGKILL');
    await killed.exit;
    expect(existsSync(join(work, 'dist.lock')) && existsSync(join(work, 'cache.lock'))).toBe(true);
    const next = startBuild([process.execPath]);
    expect(await next.exit, next.output()).toBe(0);
    expect(existsSync(join(work, 'cache.lock'))).toBe(false);
  }, 240_000);

  test('says that the disk is full, names the folder, and exits 1 when the cache folder has no room', async () => {
    // A 64 KB file system of its own in a private mount namespace: a real ENOSPC, gone when the build ends.
    const full = join(work, 'full');
    mkdirSync(full);
    const build = startBuild(
      [
        'unshare',
        '--mount',
        '--map-root-user',
        'sh',
        '-c',
        'mount -t tmpfs -o size=64k tmpfs "$0" && exec "$@"',
        full,
        process.execPath,
      ],
      ['--outDir', outDir, '--cacheDir', join(full, 'cache')],
    );
    expect(await build.exit).toBe(1);
    expect(build.output()).toMatch(
      new RegExp(
        `\\nThe build stopped because the disk is full \\(ENOSPC, no space left on device\\) while writing (into )?\`${shown}/full/cache[^\`]*\`, so its output is incomplete\\. Free space on that disk \\(\`${shown}/dist\` and \`${shown}/full/cache\` are written by the build\\), then build again`,
      ),
    );
  }, 240_000);
});

async function built(folders: string[], seedsDir: string): Promise<string> {
  const build = startBuild([process.execPath], folders, seedsDir);
  expect(await build.exit, build.output()).toBe(0);
  return build.output();
}

describe('npm run build into the output folder of the last build', () => {
  const seeds = join(work, 'seeds');
  const chip = join(seeds, '003_chip.txt');
  const folders = ['--outDir', outDir, '--cacheDir', cacheDir];
  beforeEach(() => cpSync(env.SEEDS_DIR, seeds, { recursive: true }));

  test('leaves the unchanged pages in place and removes what the new build did not make, as a build into an empty folder', async () => {
    await built(folders, seeds);
    const again = await built(folders, seeds);
    expect(again).toMatch(/index\.html \(cached\)/);
    expect(again).not.toContain('(restored)');
    // A record removed, another given a new keyword, and files that no build made.
    rmSync(chip);
    const cpp = join(seeds, '2024/11/001_cpp.txt');
    writeFileSync(cpp, readFileSync(cpp, 'utf8').replace('关键词: ', '关键词: 新的关键词, '));
    writeFileSync(join(outDir, 'stale.html'), '');
    mkdirSync(join(outDir, 'articles/gone'));
    mkdirSync(join(outDir, '.git'));
    writeFileSync(join(outDir, '.git/HEAD'), 'ref: refs/heads/main');
    await built(folders, seeds);
    await built(['--outDir', join(work, 'fresh'), '--cacheDir', join(work, 'fresh-cache')], seeds);
    expect(readFileSync(join(outDir, '.git/HEAD'), 'utf8')).toBe('ref: refs/heads/main');
    rmSync(join(outDir, '.git'), { recursive: true });
    expect(differingFiles(join(work, 'fresh'), outDir)).toEqual([]);
    const kept = outputFiles(outDir);
    expect(kept).not.toContain('articles/003_chip/index.html');
    expect(existsSync(join(outDir, 'articles/gone'))).toBe(false);
    expect(kept.some((file) => file.includes('新的关键词'))).toBe(true);
  }, 240_000);

  test("keeps no page that another cache folder's build wrote into it", async () => {
    const other = ['--outDir', outDir, '--cacheDir', join(work, 'other-cache')];
    const page = join(outDir, 'articles/003_chip/index.html');
    await built(folders, seeds);
    const edited = join(work, 'edited');
    cpSync(seeds, edited, { recursive: true });
    writeFileSync(
      join(edited, '003_chip.txt'),
      readFileSync(chip, 'utf8').replace('出货量创新高', '出货量再创新高'),
    );
    await built(other, edited);
    expect(readFileSync(page, 'utf8')).toContain('出货量再创新高');
    // This cache's last build wrote the other page, and its pages are copied from the cache again.
    const back = await built(folders, seeds);
    expect(back).toContain('(restored)');
    expect(readFileSync(page, 'utf8')).not.toContain('出货量再创新高');
    expect(readFileSync(page, 'utf8')).toContain('出货量创新高');
  }, 240_000);
});
