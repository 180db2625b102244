import { spawn } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { keptParts } from '../../src/search/part-files.ts';

/** Wall time and CPU time of one phase of a build, as cut at the build's log lines. */
export interface Phase {
  name: string;
  wall: number;
  cpu: number;
}

/** What one measured command took: wall and CPU time, the peak memory of its process tree, and what it printed. */
export interface RunMeasure {
  wall: number;
  cpu: number;
  peakRss: number;
  log: string;
}

/** What one measured `astro build` took: its phases, its totals, its pages, how many routes it rendered or reused from the last build (left in `dist/` or restored from Astro's cache), and how many parts of the search index it built or kept. */
export interface BuildMeasure extends RunMeasure {
  phases: Phase[];
  pages: number;
  rendered: number;
  reused: number;
  parts: { built: number; kept: number };
}

/** The phases of `astro build`, in order, each ending at a line of its log; the search index is rendered with the pages. */
export const buildPhases = [
  { name: 'loader', end: /\[content\] Synced content/ },
  { name: 'bundling', end: /generating static routes/ },
  { name: 'rendering', end: /✓ Completed in/ },
  { name: 'finishing', end: /\[build\] Complete!/ },
];
const ticks = 100; // USER_HZ on Linux

/** The wall and CPU seconds of a measured command so far. */
export type Clock = () => { wall: number; cpu: number };

/**
 * Runs a command and samples its whole process tree every 100 ms from /proc; `onLine` is called with
 * each line it prints and a clock that reads the figures at that line.
 */
export async function measureRun(
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  onLine?: (line: string, clock: Clock) => void,
): Promise<RunMeasure> {
  const started = performance.now();
  const child = spawn(command, args, { env: { ...process.env, ...env } });
  let peakRss = 0;
  let cpu = 0;
  const sample = () => {
    const tree = processTree(child.pid!);
    cpu = Math.max(cpu, tree.cpu);
    peakRss = Math.max(peakRss, tree.rss);
  };
  const timer = setInterval(sample, 100);
  const clock: Clock = () => {
    sample();
    return { wall: (performance.now() - started) / 1000, cpu };
  };
  let log = '';
  let partial = '';
  const onData = (chunk: Buffer) => {
    log += chunk;
    const lines = (partial + chunk).split('\n');
    partial = lines.pop()!;
    for (const line of lines) onLine?.(line, clock);
  };
  child.stdout.on('data', onData);
  child.stderr.on('data', onData);
  const code = await new Promise<number>((resolve) =>
    child.on('close', (exit) => resolve(exit ?? 1)),
  );
  clearInterval(timer);
  if (code !== 0) throw new Error(`${command} ${args.join(' ')} failed:\n${log}`);
  return { wall: (performance.now() - started) / 1000, cpu, peakRss, log };
}

/** Runs `astro build` into `outDir` with its cache in `cacheDir`, and cuts it into phases at its log lines. */
export async function measureBuild(
  outDir: string,
  cacheDir: string,
  env: NodeJS.ProcessEnv,
): Promise<BuildMeasure> {
  const phases: Phase[] = [];
  let last = { wall: 0, cpu: 0 };
  const partsBefore = new Set(keptParts(cacheDir));
  const run = await measureRun(
    process.execPath,
    ['scripts/build.ts', '--outDir', outDir, '--cacheDir', cacheDir],
    { ...env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
    (line, clock) => {
      const next = buildPhases[phases.length];
      if (!next?.end.test(line)) return;
      const { wall, cpu } = clock();
      phases.push({ name: next.name, wall: wall - last.wall, cpu: cpu - last.cpu });
      last = { wall, cpu };
    },
  );
  if (phases.length < buildPhases.length)
    throw new Error(
      `The build log has no line for the end of ${buildPhases[phases.length]!.name}:\n${run.log}`,
    );
  const routes = run.log.match(/[├└]─ \//g)?.length ?? 0;
  // Astro says `(cached)` of a page it leaves in place in `dist/`, `(restored)` of one it copies back.
  const reused = run.log.match(/\((?:restored|cached)\)/g)?.length ?? 0;
  const pages = Number(/(\d+) page\(s\) built/.exec(run.log)?.[1] ?? 0);
  const partsAfter = keptParts(cacheDir);
  const kept = partsAfter.filter((key) => partsBefore.has(key)).length;
  return {
    ...run,
    phases,
    pages,
    rendered: routes - reused,
    reused,
    parts: { built: partsAfter.length - kept, kept },
  };
}

// CPU seconds (own plus waited-for children) and resident memory of a process and its descendants.
function processTree(root: number): { cpu: number; rss: number } {
  const children = new Map<number, number[]>();
  const stats = new Map<number, string[]>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      stats.set(Number(entry), fields);
      const parent = Number(fields[1]);
      children.set(parent, [...(children.get(parent) ?? []), Number(entry)]);
    } catch {
      // The process ended while the tree was read.
    }
  }
  let cpu = 0;
  let rss = 0;
  const visit = (pid: number) => {
    const fields = stats.get(pid);
    if (!fields) return;
    // Fields after the command: utime, stime, cutime, cstime are 12–15; rss (pages) is 22.
    cpu +=
      (Number(fields[11]) + Number(fields[12]) + Number(fields[13]) + Number(fields[14])) / ticks;
    rss += Number(fields[21]) * 4096;
    for (const child of children.get(pid) ?? []) visit(child);
  };
  visit(root);
  return { cpu, rss };
}
