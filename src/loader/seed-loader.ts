import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AstroError } from 'astro/errors';
import type { Loader, LoaderContext } from 'astro/loaders';
import { z } from 'astro/zod';
import { onErrorSchema } from '../config.ts';
import { checkSeeds, type SeedReport } from '../records/check-seeds.ts';
import { formatCounts, formatProblems } from '../records/format-report.ts';
import { recordSchema, type ArticleRecord } from '../records/record-schema.ts';
import { readSeedFiles } from '../records/read-seeds.ts';
import type { RecordProblem } from '../records/record-problem.ts';
import { listSeedFiles, missingSeedsFolder, recordId } from '../records/seed-files.ts';
import { parserSalt } from './parser-salt.ts';

/** Options of the seed loader. */
export const seedLoaderOptionsSchema = z.object({
  /** Seeds folder: absolute, or relative to the project root. */
  dir: z.string().min(1),
  /** `fail` (default) stops the build on any bad record; `skip` publishes the rest and warns. */
  onError: onErrorSchema,
  /** Mixed into every file's digest. Default: a hash of the parsing code, so that a changed parser reads every file again. */
  salt: z.string().default(parserSalt),
});

/** A content-layer loader that reads the article records of a seeds folder. */
export function seedLoader(options: z.input<typeof seedLoaderOptionsSchema>): Loader & { schema: typeof recordSchema } {
  const { dir, onError, salt } = checkOptions(options);
  return {
    name: 'seed-loader',
    schema: recordSchema,
    load: async (context) => {
      const root = fileURLToPath(context.config.root);
      const seedsPath = resolve(root, dir);
      checkFolders(seedsPath, fileURLToPath(context.config.outDir), dir);
      // In dev a bad record is reported and the rest stays served; a build follows `onError`.
      const failOnError = onError === 'fail' && !context.watcher;
      let queue = syncSeeds(context, seedsPath, dir, salt, failOnError);
      await queue;
      context.watcher?.add(seedsPath);
      context.watcher?.on('all', (_event, path) => {
        if (!path.startsWith(seedsPath + sep)) return;
        queue = queue.then(() => syncSeeds(context, seedsPath, dir, salt, false)).catch((error) => context.logger.error(String(error.message)));
      });
    },
  };
}

// What a refused value of each option means, and how to pass it right.
const optionRules: Record<string, { problem: string; fix: string }> = {
  dir: { problem: 'names no folder', fix: "Pass the seeds folder, absolute or relative to the project root, for example `seedLoader({ dir: 'seeds' })`." },
  onError: { problem: 'is neither `fail` nor `skip`', fix: "Pass one of them, for example `seedLoader({ dir: 'seeds', onError: 'skip' })`." },
  salt: { problem: 'is not a string', fix: "Leave it out to salt with the parsing code, or pass a string, for example `seedLoader({ dir: 'seeds', salt: 'v2' })`." },
};

function checkOptions(options: z.input<typeof seedLoaderOptionsSchema>): z.output<typeof seedLoaderOptionsSchema> {
  const result = seedLoaderOptionsSchema.safeParse(options);
  if (result.success) return result.data;
  const names = new Set(result.error.issues.map((issue) => String(issue.path[0])));
  const lines = [...names].map((name) => {
    const value = JSON.stringify((options as Record<string, unknown>)[name]);
    return `The seedLoader option \`${name}: ${value}\` ${optionRules[name].problem}. ${optionRules[name].fix}`;
  });
  throw new Error(lines.join('\n'));
}

async function syncSeeds(context: LoaderContext, seedsPath: string, dir: string, salt: string, failOnError: boolean): Promise<void> {
  const { store, meta, logger, generateDigest, parseData, config } = context;
  // Astro stores entry paths relative to the project root, even for a seeds folder outside it.
  const storePath = (file: string) => relative(fileURLToPath(config.root), join(seedsPath, file)).replaceAll(sep, '/');
  const { records, ignored } = await listSeedFiles(seedsPath);
  const digests = new Map<string, string>();
  // Warnings of unchanged files are kept in the meta store, since those files are not parsed again.
  const warnings: Record<string, RecordProblem[]> = JSON.parse(meta.get('warnings') ?? '{}');
  const files = await readSeedFiles(seedsPath, records, (file, bytes) => {
    const digest = generateDigest(`${salt}\0${bytes.toString('latin1')}`);
    digests.set(file, digest);
    const id = recordId(file);
    const stored = store.get(id);
    if (stored?.digest !== digest || stored.filePath !== storePath(file)) return undefined;
    // Only valid records are stored, so an unchanged one needs no parsing or validation.
    return { file, id, result: { record: stored.data as ArticleRecord, problems: [], warnings: warnings[file] ?? [] } };
  });
  meta.set('warnings', JSON.stringify(Object.fromEntries(files.filter(({ result }) => result.warnings.length > 0).map(({ file, result }) => [file, result.warnings]))));
  const report = checkSeeds(files, ignored);
  reportProblems(report, dir, logger, failOnError);
  const published = new Set<string>();
  for (const { id, file, record } of report.published) {
    published.add(id);
    const digest = digests.get(file)!;
    const stored = store.get(id);
    if (stored?.digest === digest && stored.filePath === storePath(file)) continue;
    const data = await parseData({ id, data: record });
    store.set({ id, data, digest, filePath: storePath(file) });
  }
  for (const id of store.keys()) if (!published.has(id)) store.delete(id);
}

function reportProblems(report: SeedReport, dir: string, logger: LoaderContext['logger'], failOnError: boolean): void {
  const lines = formatProblems(report, dir);
  if (report.errors.length > 0 && failOnError) {
    throw userError(
      [`Some records in \`${dir}\` are invalid:`, ...lines, formatCounts(report)].join('\n'),
      'Fix them, or set `SEEDS_ON_ERROR=skip` to publish the valid records and list the rest as warnings.',
    );
  }
  for (const line of lines) logger.warn(line);
  logger.info(formatCounts(report));
}

function checkFolders(seedsPath: string, outPath: string, dir: string): void {
  const missing = missingSeedsFolder(seedsPath, dir);
  if (missing) throw userError(missing);
  const inside = (child: string, parent: string) => !relative(parent, child).startsWith('..');
  if (inside(outPath, seedsPath) || inside(seedsPath, outPath)) {
    throw userError(`The seeds folder \`${dir}\` and the output folder overlap, and a build must never write into the records. Keep them apart, for example \`SEEDS_DIR=seeds\` with the output in \`dist\`.`);
  }
}

// Bad input is the publisher's to fix, not a bug: Astro prints the message and hint without a stack trace.
function userError(message: string, hint?: string): AstroError {
  const error = new AstroError(message, hint);
  error.stack = '';
  return error;
}
