import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PublishedRecord } from '../../src/records/check-seeds.ts';
import { folderSize, type FolderSize } from './folder-size.ts';
import { measureRun, type RunMeasure } from './measure-build.ts';

/** The same corpus built as a minimal Hugo site and indexed with the Pagefind CLI: what each step took and made. */
export interface PeerMeasure {
  hugo: RunMeasure;
  pagefind: RunMeasure;
  /** The Hugo version line, as `hugo version` prints it. */
  version: string;
  /** Pages Hugo rendered, as its summary counts them: its pages and paginator pages, without the redirects it writes at `page/1/`. */
  pages: number;
  /** Pages Pagefind indexed: the article pages, the only ones marked `data-pagefind-body`. */
  indexed: number;
  /** The built site, Pagefind's index included. */
  site: FolderSize;
  /** Pagefind's index. */
  index: FolderSize;
}

/** The line `hugo version` prints, or undefined when no `hugo` is on the PATH. */
export function hugoVersion(): string | undefined {
  const result = spawnSync('hugo', ['version'], { encoding: 'utf8' });
  return result.status === 0 ? result.stdout.trim() : undefined;
}

/**
 * Writes the records as a Hugo site in `dir` (the layouts of `hugo-site/`, one Markdown file an
 * article), builds it into `out` with Hugo, then indexes it with Pagefind as Chinese.
 */
export async function measureHugoPeer(
  records: readonly PublishedRecord[],
  dir: string,
  out: string,
): Promise<PeerMeasure> {
  const version = hugoVersion();
  if (!version) throw new Error('Hugo is not installed: no `hugo` on the PATH.');
  cpSync(join(import.meta.dirname, 'hugo-site'), dir, { recursive: true });
  const content = join(dir, 'content', 'articles');
  mkdirSync(content, { recursive: true });
  for (const entry of records)
    writeFileSync(join(content, `${entry.id}.md`), recordToMarkdown(entry));
  const hugo = await measureRun(
    'hugo',
    ['--source', dir, '--destination', out, '--cacheDir', join(dir, '.cache')],
    {},
  );
  const pagefind = await measureRun(
    'node_modules/.bin/pagefind',
    ['--site', out, '--force-language', 'zh-cn'],
    {},
  );
  const count = (pattern: RegExp, log: string) => Number(pattern.exec(log)?.[1] ?? 0);
  const pages =
    count(/^\s*Pages\s*\|\s*(\d+)/m, hugo.log) +
    count(/^\s*Paginator pages\s*\|\s*(\d+)/m, hugo.log);
  return {
    hugo,
    pagefind,
    version,
    pages,
    indexed: count(/Indexed (\d+) pages?/, pagefind.log),
    site: folderSize(out),
    index: folderSize(join(out, 'pagefind')),
  };
}

/** One record as a Hugo content file: the title and terms in front matter, the text and event summary as the body. */
function recordToMarkdown({ record }: PublishedRecord): string {
  // JSON is YAML, so every value is written safely quoted.
  const frontMatter = {
    title: record.title,
    ...(record.date ? { date: record.date } : {}),
    keywords: record.keywords,
    industries: record.industries,
    tech: record.aiTech,
  };
  const lines = Object.entries(frontMatter).map(
    ([key, value]) => `${key}: ${JSON.stringify(value)}`,
  );
  const body = [record.text, record.events && `## 重大事件摘要\n\n${record.events}`]
    .filter(Boolean)
    .join('\n\n');
  return `---\n${lines.join('\n')}\n---\n\n${body}\n`;
}
