import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeCorpus } from '../generate-corpus.ts';
import { measureBuild, type BuildMeasure } from './measure-build.ts';

// Text as a scraper may deliver it: one line with no sentence end, strewn with the openings of
// boilerplate phrases and quotes that never close, so that nothing cuts it or completes a match.
const pieces = [
  '人工智能大模型产业发展迅速',
  '企业纷纷布局算力芯片与数据中心',
  '请下载新闻客户端看更多',
  '版权声明：本文',
  '消费者也可通过热线',
  '“国产化进程',
  '欢迎提供新闻线索',
  'AI 芯片 GPT-4o 5G-A ',
];

/** A text record whose whole text is one line of about `bytes` bytes of UTF-8, without sentence punctuation. */
export function longLineRecord(bytes: number): string {
  const head = '标题: 一行数兆字节的正文\n链接: https://synthetic.invalid/long-line\n总结: ';
  const parts: string[] = [];
  let size = Buffer.byteLength(head) + 1;
  for (let index = 0; ; index = (index * 7 + 3) % pieces.length) {
    const piece = pieces[index]!;
    const length = Buffer.byteLength(piece);
    if (size + length > bytes) break;
    parts.push(piece);
    size += length;
  }
  return `${head}${parts.join('')}\n`;
}

/**
 * Builds a small corpus alone, then with one record whose text is a single line of each size, each
 * from scratch, and returns the table of what the line added to the build, in all and per MB.
 */
export async function measureLongLines(
  work: string,
  env: NodeJS.ProcessEnv,
  sizes: readonly number[] = [1.5, 3, 4.9],
): Promise<string[]> {
  const seeds = join(work, 'seeds');
  writeCorpus(seeds, 20);
  const build = (): Promise<BuildMeasure> => {
    for (const folder of ['dist', 'astro-cache'])
      rmSync(join(work, folder), { recursive: true, force: true });
    return measureBuild(join(work, 'dist'), join(work, 'astro-cache'), {
      ...env,
      SEEDS_DIR: seeds,
    });
  };
  const base = await build();
  const lines = [
    `| text of the extra record | build wall / CPU | peak memory | added to the build: wall / CPU | added per MB: wall / CPU |`,
    '|---|---|---|---|---|',
    `| none (20 records) | ${base.wall.toFixed(1)} s / ${base.cpu.toFixed(1)} s | ${(base.peakRss / 2 ** 20).toFixed(0)} MB | — | — |`,
  ];
  for (const mb of sizes) {
    writeFileSync(join(seeds, 'long-line.txt'), longLineRecord(Math.floor(mb * 2 ** 20)));
    const run = await build();
    const wall = run.wall - base.wall;
    const cpu = run.cpu - base.cpu;
    lines.push(
      `| one line of ${mb} MB | ${run.wall.toFixed(1)} s / ${run.cpu.toFixed(1)} s | ${(run.peakRss / 2 ** 20).toFixed(0)} MB | ${wall.toFixed(1)} s / ${cpu.toFixed(1)} s | ${(wall / mb).toFixed(1)} s / ${(cpu / mb).toFixed(1)} s |`,
    );
  }
  return lines;
}
