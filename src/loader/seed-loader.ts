import { relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { z } from 'astro/zod';
import { onErrorSchema } from '../config/options.ts';
import { defaultTimeZone } from '../normalize/dates.ts';
import type { SeedReport } from '../records/check-seeds.ts';
import { formatCounts, formatProblems } from '../records/format-report.ts';
import { storedRecordSchema } from '../records/record-schema.ts';
import { missingSeedsFolder } from '../records/seed-files.ts';
import { userError } from '../user-error.ts';
import { deriveAhead } from './derive-ahead.ts';
import { parserSalt } from './parser-salt.ts';
import { SeedSync } from './seed-sync.ts';
import { watchSeeds } from './watch-seeds.ts';

/** Options of the seed loader. */
export const seedLoaderOptionsSchema = z.object({
  /** Seeds folder: absolute, or relative to the project root. */
  dir: z.string().min(1),
  /** `fail` (default) stops the build on any bad record; `skip` publishes the rest and warns. */
  onError: onErrorSchema,
  /** Mixed into every file's digest. Default: a hash of the parsing code, so that a changed parser reads every file again. */
  salt: z.string().default(parserSalt),
  /** The IANA time zone that record dates are read in. Default `Asia/Shanghai`. */
  timeZone: z.string().default(defaultTimeZone),
});

/** A content-layer loader that reads the article records of a seeds folder. */
export function seedLoader(
  options: z.input<typeof seedLoaderOptionsSchema>,
): Loader & { schema: typeof storedRecordSchema } {
  const { dir, onError, salt, timeZone } = checkOptions(options);
  return {
    name: 'seed-loader',
    schema: storedRecordSchema,
    load: async (context) => {
      const root = fileURLToPath(context.config.root);
      const seedsPath = resolve(root, dir);
      checkFolders(seedsPath, fileURLToPath(context.config.outDir), dir);
      // In dev a bad record is reported and the rest stays served; a build follows `onError`.
      const failOnError = onError === 'fail' && !context.watcher;
      const sync = new SeedSync(context, {
        seedsPath,
        salt,
        timeZone,
        check: (report) => reportProblems(report, dir, context.logger, failOnError),
        // The texts derived ahead only spare the pages work: if that fails, the pages derive them.
        published: (records) =>
          void deriveAhead(records, fileURLToPath(context.config.cacheDir)).catch((error: Error) =>
            context.logger.warn(
              `Deriving the articles' texts ahead failed, so the pages derive them as they render: ${error.message}`,
            ),
          ),
      });
      await sync.syncAll();
      if (!context.watcher) return;
      watchSeeds(
        context.watcher,
        seedsPath,
        (path) => sync.syncPath(path),
        (error) => context.logger.error(error.message),
      );
    },
  };
}

// What a refused value of each option means, and how to pass it right.
const optionRules: Record<string, { problem: string; fix: string }> = {
  dir: {
    problem: 'names no folder',
    fix: "Pass the seeds folder, absolute or relative to the project root, for example `seedLoader({ dir: 'seeds' })`.",
  },
  onError: {
    problem: 'is neither `fail` nor `skip`',
    fix: "Pass one of them, for example `seedLoader({ dir: 'seeds', onError: 'skip' })`.",
  },
  timeZone: {
    problem: 'is not a string',
    fix: "Pass an IANA time zone, for example `seedLoader({ dir: 'seeds', timeZone: 'Europe/Berlin' })`.",
  },
  salt: {
    problem: 'is not a string',
    fix: "Leave it out to salt with the parsing code, or pass a string, for example `seedLoader({ dir: 'seeds', salt: 'v2' })`.",
  },
};

function checkOptions(
  options: z.input<typeof seedLoaderOptionsSchema>,
): z.output<typeof seedLoaderOptionsSchema> {
  const result = seedLoaderOptionsSchema.safeParse(options);
  if (result.success) return result.data;
  const names = new Set(result.error.issues.map((issue) => String(issue.path[0])));
  const lines = [...names].map((name) => {
    const value = JSON.stringify((options as Record<string, unknown>)[name]);
    // An issue's path starts at the option it refuses, and every option of the schema has a rule.
    const { problem, fix } = optionRules[name]!;
    return `The seedLoader option \`${name}: ${value}\` ${problem}. ${fix}`;
  });
  throw new Error(lines.join('\n'));
}

function reportProblems(
  report: SeedReport,
  dir: string,
  logger: LoaderContext['logger'],
  failOnError: boolean,
): void {
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
    throw userError(
      `The seeds folder \`${dir}\` and the output folder overlap, and a build must never write into the records. Keep them apart, for example \`SEEDS_DIR=seeds\` with the output in \`dist\`.`,
    );
  }
}
