import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, totalmem, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { readSeeds } from '../src/records/read-seeds.ts';
import { folderSize } from './bench/folder-size.ts';
import { hugoVersion, measureHugoPeer, type PeerMeasure } from './bench/hugo-peer.ts';
import {
  buildPhases,
  measureBuild,
  type BuildMeasure,
  type RunMeasure,
} from './bench/measure-build.ts';
import { measureLongLines } from './bench/long-line.ts';
import { measureSearch, type QueryMeasure } from './bench/measure-search.ts';
import {
  articlesContaining,
  scoreFirstPage,
  searchedFields,
  type QueryScore,
} from './bench/search-truth.ts';
import { writeCorpus } from './generate-corpus.ts';

// Builds a generated corpus of N records in a temporary folder with its own Astro cache, runs fixed
// Chinese queries on it in headless Chromium and checks them against the corpus, then rebuilds it
// unchanged and with 100 more records; with `--peer hugo`, builds the same corpus with Hugo and Pagefind.
const queries = [
  ...[
    '科大讯飞',
    '深度求索',
    '字节跳动',
    '华为',
    '英伟达',
    '宁德时代',
    '智能平台',
    '数据园区',
    '芯片出货',
    '医疗服务',
  ],
  ...[
    '多模态大模型',
    '智能体',
    '具身智能',
    '自动驾驶',
    '生成式人工智能',
    '国产化进程',
    '产业链',
    '人才计划',
    '"战略规划"',
    '智能 芯片',
  ],
  ...['芯', '链', 'AI芯片', '区块链', '华为 半导体'],
];
// The search page shows this many results before its "more" button.
const firstPage = 10;

const { values } = parseArgs({
  options: {
    records: { type: 'string', default: '1000' },
    seed: { type: 'string', default: '1' },
    'full-only': { type: 'boolean', default: false },
    undated: { type: 'boolean', default: false },
    peer: { type: 'string' },
    'long-line': { type: 'boolean', default: false },
  },
});
const records = Number(values.records);
const seed = Number(values.seed);
if (!Number.isInteger(records) || records < 1)
  fail(
    `\`--records ${values.records}\` is not a number of records. Write a whole number, for example \`--records 1000\`.`,
  );
if (!Number.isInteger(seed))
  fail(`\`--seed ${values.seed}\` is not a whole number. Write one, for example \`--seed 1\`.`);
if (values.peer !== undefined && values.peer !== 'hugo')
  fail(
    `\`--peer ${values.peer}\` is not a site generator the bench can compare with. The only one is \`hugo\`: \`--peer hugo\`.`,
  );
const work = mkdtempSync(join(tmpdir(), 'news-digest-bench-'));
const seeds = join(work, 'seeds');
const out = join(work, 'dist');
const cache = join(work, 'astro-cache');
const env = { SEEDS_DIR: seeds, BASE_PATH: '/', SITE_URL: 'https://bench.example' };

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const seconds = (run: { wall: number; cpu: number }) =>
  `${run.wall.toFixed(1)} s / ${run.cpu.toFixed(1)} s`;
const median = (numbers: number[]) =>
  numbers.toSorted((a, b) => a - b)[Math.floor(numbers.length / 2)] ?? Number.NaN;
// Other work on a shared machine slows the build; the load average says how busy it was.
const load = () =>
  `load average ${loadavg()
    .map((value) => value.toFixed(1))
    .join(', ')}`;
const ratio = (value: number | undefined) => (value === undefined ? '—' : value.toFixed(2));

if (values['long-line']) {
  try {
    console.log(
      `Machine: ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, Node ${process.version}; ${load()}. A 20-record corpus, and one record whose text is a single line without sentence punctuation.\n`,
    );
    for (const line of await measureLongLines(work, env)) console.log(line);
    console.log(`\nAt the end: ${load()}.`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  process.exit(0);
}

try {
  const dating = values.undated ? 'undated' : 'dated over 2023–2024';
  console.log(
    `Machine: ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${mb(totalmem())} RAM, Node ${process.version}; ${load()}. Records: ${records} synthetic, ${dating} (seed ${seed}).\n`,
  );
  const peer = values.peer !== undefined && hugoVersion() !== undefined;
  if (values.peer !== undefined && !peer)
    console.log(
      'Hugo is not installed (no `hugo` on the PATH), so the comparison with Hugo and Pagefind is skipped; on Debian, `apt-get install -y hugo` installs it.\n',
    );
  writeCorpus(seeds, records, seed, 0, values.undated ? null : undefined);
  const { published } = await readSeeds(seeds);
  console.log(
    `| build | pages | routes rendered / reused | index parts built / kept | ${buildPhases.map(({ name }) => `${name} wall / CPU`).join(' | ')} | total wall / CPU | peak memory | of full build |`,
  );
  console.log(`|---|---|---|---|${buildPhases.map(() => '---|').join('')}---|---|---|`);
  const full = await measureBuild(out, cache, env);
  const row = (label: string, build: BuildMeasure) =>
    `| ${label} | ${build.pages} | ${build.rendered} / ${build.reused} | ${build.parts.built} / ${build.parts.kept} | ${build.phases.map(seconds).join(' | ')} | ${seconds(build)} | ${mb(build.peakRss)} | ${((build.wall / full.wall) * 100).toFixed(0)}% |`;
  console.log(row('full', full));
  const site = folderSize(out);
  const index = folderSize(join(out, 'search-index'));
  const search = await measureSearch(out, queries);
  if (!values['full-only']) {
    // A rebuild is the same command run again: into the last build's dist/, with its Astro cache.
    const rebuild = () => measureBuild(out, cache, env);
    console.log(row('no change', await rebuild()));
    // A day's news dated the day after the corpus ends; undated records get the scraper's next file numbers.
    writeCorpus(seeds, 100, seed, records, values.undated ? null : { from: '2025-01-01', days: 1 });
    console.log(row('100 records added', await rebuild()));
  }
  console.log(
    `\ndist/ after the full build: ${mb(site.bytes)} in ${site.files} files; search index: ${mb(index.bytes)} in ${index.files} files.\n`,
  );
  const fields = new Map(published.map((entry) => [entry.id, searchedFields(entry)]));
  printSearch(
    search.map((measure) => ({
      ...measure,
      ...scoreFirstPage(measure.ids, articlesContaining(measure.query, fields), firstPage),
    })),
  );
  if (peer)
    printPeer(full, await measureHugoPeer(published, join(work, 'hugo'), join(work, 'public')));
  console.log(`\nAt the end: ${load()}.`);
} finally {
  rmSync(work, { recursive: true, force: true });
}

function fail(message: string): never {
  console.error(message);
  process.exit(2);
}

function printSearch(search: (QueryMeasure & QueryScore)[]): void {
  const bytes = search.map((query) => query.bytes);
  const latency = search.map((query) => query.latency);
  const mean = (numbers: (number | undefined)[]) => {
    const defined = numbers.filter((number) => number !== undefined);
    return {
      value:
        defined.length === 0
          ? undefined
          : defined.reduce((sum, number) => sum + number, 0) / defined.length,
      of: defined.length,
    };
  };
  const precision = mean(search.map((query) => query.precision));
  const recall = mean(search.map((query) => query.recall));
  console.log(
    [
      `Loading the search page: ${kb(median(search.map((query) => query.startup)))} sent (median).`,
      `First query after the search page has loaded, ${search.length} queries: median ${kb(median(bytes))}, worst ${kb(Math.max(...bytes))} sent; median ${median(latency).toFixed(0)} ms, worst ${Math.max(...latency).toFixed(0)} ms until the count is shown.`,
      `Against the corpus: the count shown is exact for ${search.filter((query) => query.count === query.truth).length} of ${search.length} queries; first-page precision ${ratio(precision.value)} (mean of the ${precision.of} queries with results), first-page recall ${ratio(recall.value)} (mean of the ${recall.of} queries some article matches).`,
      '',
      '| query | sent | time | count shown | articles containing it | first-page precision | first-page recall |',
      '|---|---|---|---|---|---|---|',
      ...search.map(
        (query) =>
          `| ${query.query} | ${kb(query.bytes)} | ${query.latency.toFixed(0)} ms | ${query.count} | ${query.truth} | ${ratio(query.precision)} | ${ratio(query.recall)} |`,
      ),
    ].join('\n'),
  );
}

function printPeer(build: BuildMeasure, peer: PeerMeasure): void {
  // Hugo and Pagefind run one after the other, so the pair's peak is the larger of the two.
  const both = {
    wall: peer.hugo.wall + peer.pagefind.wall,
    cpu: peer.hugo.cpu + peer.pagefind.cpu,
    peakRss: Math.max(peer.hugo.peakRss, peer.pagefind.peakRss),
  };
  const line = (label: string, pages: string, run: Omit<RunMeasure, 'log'>) =>
    `| ${label} | ${pages} | ${run.wall.toFixed(1)} s | ${run.cpu.toFixed(1)} s | ${mb(run.peakRss)} |`;
  console.log(
    [
      `\nThe same corpus as a minimal Hugo site (${peer.version}), indexed with Pagefind 1.6.0 as Chinese.`,
      `Hugo + Pagefind output: ${mb(peer.site.bytes)} in ${peer.site.files} files; Pagefind index: ${mb(peer.index.bytes)} in ${peer.index.files} files.\n`,
      '| build | pages | wall | CPU | peak memory |',
      '|---|---|---|---|---|',
      line('news-digest, full build', String(build.pages), build),
      line('Hugo', String(peer.pages), peer.hugo),
      line('Pagefind', `${peer.indexed} indexed`, peer.pagefind),
      line('Hugo + Pagefind', String(peer.pages), both),
      `| news-digest / (Hugo + Pagefind) | | ${(build.wall / both.wall).toFixed(2)} | ${(build.cpu / both.cpu).toFixed(2)} | ${(build.peakRss / both.peakRss).toFixed(2)} |`,
    ].join('\n'),
  );
}
