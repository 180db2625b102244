import { spawn } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';

/** Wall time, CPU time and peak memory of one phase of a build, as read from the build's log. */
export interface Phase {
  name: string;
  wall: number;
  cpu: number;
}

/** What one measured build took: its phases, its totals and the peak memory of its process tree. */
export interface BuildMeasure {
  phases: Phase[];
  wall: number;
  cpu: number;
  peakRss: number;
  pages: number;
}

// A phase ends when the build prints its marker; the build prints them in this order.
const phaseEnds = [
  { name: 'loader', marker: /\[content\] Synced content/ },
  { name: 'rendering', marker: /Indexing the article pages for search/ },
  { name: 'indexing', marker: /\[build\] Complete!/ },
];
const ticks = 100; // USER_HZ on Linux

/** Runs `astro build` and samples its whole process tree (Pagefind included) every 100 ms from /proc. */
export async function measureBuild(args: string[], env: NodeJS.ProcessEnv): Promise<BuildMeasure> {
  const started = performance.now();
  const child = spawn('node_modules/.bin/astro', ['build', ...args], { env: { ...process.env, ...env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' } });
  let peakRss = 0;
  let cpu = 0;
  let pages = 0;
  let phaseStart = { wall: 0, cpu: 0 };
  const phases: Phase[] = [];
  const sample = () => {
    const tree = processTree(child.pid!);
    cpu = Math.max(cpu, tree.cpu);
    peakRss = Math.max(peakRss, tree.rss);
  };
  const timer = setInterval(sample, 100);
  let log = '';
  const onLine = (chunk: Buffer) => {
    log += chunk;
    const text = chunk.toString();
    pages = Number(/(\d+) page\(s\) built/.exec(log)?.[1] ?? pages);
    for (const { name, marker } of phaseEnds) {
      if (marker.test(text) && !phases.some((phase) => phase.name === name)) {
        sample();
        const wall = (performance.now() - started) / 1000;
        phases.push({ name, wall: wall - phaseStart.wall, cpu: cpu - phaseStart.cpu });
        phaseStart = { wall, cpu };
      }
    }
  };
  child.stdout.on('data', onLine);
  child.stderr.on('data', onLine);
  const code = await new Promise<number>((resolve) => child.on('exit', (exit) => resolve(exit ?? 1)));
  clearInterval(timer);
  if (code !== 0) throw new Error(`astro build failed:\n${log}`);
  return { phases, wall: (performance.now() - started) / 1000, cpu: Math.max(cpu, phaseStart.cpu), peakRss, pages };
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
    cpu += (Number(fields[11]) + Number(fields[12]) + Number(fields[13]) + Number(fields[14])) / ticks;
    rss += Number(fields[21]) * 4096;
    for (const child of children.get(pid) ?? []) visit(child);
  };
  visit(root);
  return { cpu, rss };
}
