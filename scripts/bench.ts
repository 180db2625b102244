import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { cpus, totalmem, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { buildPhases, measureBuild, type BuildMeasure } from './bench/measure-build.ts';
import { measureSearch } from './bench/measure-search.ts';
import { writeCorpus } from './generate-corpus.ts';

// Builds a generated corpus of N records in a temporary folder with its own Astro cache and runs fixed
// Chinese queries on it in headless Chromium, then rebuilds it unchanged and with a day of 100 more
// records (undated with `--undated`); prints one table.
const queries = ['科大讯飞', '深度求索', '字节跳动', '华为', '英伟达', '宁德时代', '智能平台', '数据园区', '芯片出货', '医疗服务', '多模态大模型', '智能体', '具身智能', '自动驾驶', '生成式人工智能', '国产化进程', '产业链', '人才计划', '"战略规划"', '智能 芯片'];

const { values } = parseArgs({
  options: {
    records: { type: 'string', default: '1000' },
    seed: { type: 'string', default: '1' },
    'full-only': { type: 'boolean', default: false },
    undated: { type: 'boolean', default: false },
  },
});
const records = Number(values.records);
const work = mkdtempSync(join(tmpdir(), 'news-digest-bench-'));
const seeds = join(work, 'seeds');
const out = join(work, 'dist');
const cache = join(work, 'astro-cache');
const env = { SEEDS_DIR: seeds, BASE_PATH: '/', SITE_URL: 'https://bench.example' };

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const seconds = (run: { wall: number; cpu: number }) => `${run.wall.toFixed(1)} s / ${run.cpu.toFixed(1)} s`;
const median = (sorted: number[]) => sorted[Math.floor(sorted.length / 2)];

try {
  const dating = values.undated ? 'undated' : 'dated over 2023–2024';
  console.log(`Machine: ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${mb(totalmem())} RAM, Node ${process.version}. Records: ${records} synthetic, ${dating} (seed ${values.seed}).\n`);
  writeCorpus(seeds, records, Number(values.seed), 0, values.undated ? null : undefined);
  console.log(`| build | pages | routes rendered / restored | ${buildPhases.map(({ name }) => `${name} wall / CPU`).join(' | ')} | total wall / CPU | peak memory | of full build |`);
  console.log(`|---|---|---|${buildPhases.map(() => '---|').join('')}---|---|---|`);
  const full = await measureBuild(out, cache, env);
  const row = (label: string, build: BuildMeasure) =>
    `| ${label} | ${build.pages} | ${build.rendered} / ${build.restored} | ${build.phases.map(seconds).join(' | ')} | ${seconds(build)} | ${mb(build.peakRss)} | ${((build.wall / full.wall) * 100).toFixed(0)}% |`;
  console.log(row('full', full));
  const site = folderSize(out);
  const index = folderSize(join(out, 'search-index'));
  const search = await measureSearch(out, queries);
  if (!values['full-only']) {
    // A rebuild starts as a deployment job does: a fresh dist/, the Astro cache kept from the last build.
    const rebuild = () => {
      rmSync(out, { recursive: true, force: true });
      return measureBuild(out, cache, env);
    };
    console.log(row('no change', await rebuild()));
    // A day's news dated the day after the corpus ends; undated records get the scraper's next file numbers.
    writeCorpus(seeds, 100, Number(values.seed), records, values.undated ? null : { from: '2025-01-01', days: 1 });
    console.log(row('100 records added', await rebuild()));
  }
  console.log(`\ndist/ after the full build: ${mb(site.bytes)} in ${site.files} files; search index: ${mb(index.bytes)} in ${index.files} files.\n`);
  const bytes = search.map((query) => query.bytes).sort((a, b) => a - b);
  const latency = search.map((query) => query.latency).sort((a, b) => a - b);
  console.log(
    [
      `Loading the search page: ${kb(median(search.map((query) => query.startup).sort((a, b) => a - b)))} fetched (median).`,
      `First query after the search page has loaded, ${search.length} queries: median ${kb(median(bytes))}, worst ${kb(bytes.at(-1)!)} fetched; median ${median(latency).toFixed(0)} ms, worst ${latency.at(-1)!.toFixed(0)} ms.`,
      '',
      '| query | fetched | time | result |',
      '|---|---|---|---|',
      ...search.map((query) => `| ${query.query} | ${kb(query.bytes)} | ${query.latency.toFixed(0)} ms | ${query.results} |`),
    ].join('\n'),
  );
} finally {
  rmSync(work, { recursive: true, force: true });
}

function folderSize(dir: string): { bytes: number; files: number } {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
  return { bytes: files.reduce((sum, entry) => sum + statSync(join(entry.parentPath, entry.name)).size, 0), files: files.length };
}
