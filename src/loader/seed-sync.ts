import { relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { LoaderContext } from 'astro/loaders';
import { ArticleTexts, articleTextsDir } from './article-texts.ts';
import type { AheadRecord } from './derive-ahead.ts';
import { checkSeeds, type SeedReport } from '../records/check-seeds.ts';
import { readSeedFiles } from '../records/read-seeds.ts';
import type { RecordProblem } from '../records/record-problem.ts';
import type { ArticleRecord } from '../records/record-schema.ts';
import { listSeedFiles, type SeedListing } from '../records/list-seed-files.ts';
import { recordId, type SeedFile } from '../records/seed-files.ts';

/** What a seed sync needs besides the loader context. */
export interface SeedSyncOptions {
  /** The absolute path of the seeds folder. */
  seedsPath: string;
  /** Mixed into every file's digest, so that a new salt parses every file again. */
  salt: string;
  /** The IANA time zone dates are read in; mixed into every digest too, as it changes what a file gives. */
  timeZone: string;
  /** Reports the problems of the folder before the store is updated; may throw to stop the sync. */
  check: (report: SeedReport) => void;
  /** Given every published record once the store and the kept texts are updated (see `deriveAhead`). */
  published?: (records: AheadRecord[]) => void;
}

/**
 * A seeds folder as the content store last saw it: what every file gave, so that after a change in
 * dev the changed file alone is read again, while ids and source links are still checked across all.
 */
export class SeedSync {
  readonly #context: LoaderContext;
  readonly #options: SeedSyncOptions;
  readonly #seeds = new Map<string, SeedFile>();
  readonly #digests = new Map<string, string>();
  readonly #ignored = new Set<string>();
  readonly #refused = new Map<string, RecordProblem>();
  // The files whose texts are kept beside the store; a record taken from the store has none of its own.
  readonly #textKept = new Set<string>();
  readonly #texts: ArticleTexts;
  // The seeds folder relative to the project root, as `#storePath` starts every path.
  readonly #storeFolder: string;
  // Warnings of unchanged files are kept in the meta store, since those files are not parsed again.
  readonly #warnings: Map<string, RecordProblem[]>;

  constructor(context: LoaderContext, options: SeedSyncOptions) {
    this.#context = context;
    this.#options = options;
    this.#texts = new ArticleTexts(articleTextsDir(fileURLToPath(context.config.cacheDir)));
    this.#storeFolder = relative(fileURLToPath(context.config.root), options.seedsPath).replaceAll(
      sep,
      '/',
    );
    this.#warnings = new Map(Object.entries(JSON.parse(context.meta.get('warnings') ?? '{}')));
  }

  /** Lists and reads every file of the folder; files whose digest and path are unchanged are not parsed again. */
  async syncAll(): Promise<void> {
    this.#seeds.clear();
    this.#digests.clear();
    this.#ignored.clear();
    this.#refused.clear();
    this.#textKept.clear();
    this.#read(await listSeedFiles(this.#options.seedsPath));
    await this.#publish();
  }

  /** Reads one added, changed or deleted path of the folder (a file or a folder) again, then checks the folder from memory. */
  async syncPath(path: string): Promise<void> {
    // Whatever was known at the path or under it is forgotten, then what is there now is read.
    const gone = (file: string) => file === path || file.startsWith(`${path}/`);
    for (const file of [...this.#seeds.keys()].filter(gone)) {
      this.#seeds.delete(file);
      this.#digests.delete(file);
      this.#textKept.delete(file);
    }
    for (const file of [...this.#ignored].filter(gone)) this.#ignored.delete(file);
    for (const file of [...this.#refused.keys()].filter(gone)) this.#refused.delete(file);
    this.#read(await listSeedFiles(this.#options.seedsPath, path));
    await this.#publish();
  }

  // Reads the record files of a listing and remembers the rest of it.
  #read(listing: SeedListing): void {
    const kept = this.#texts.digests();
    for (const seed of readSeedFiles(
      this.#options.seedsPath,
      listing.records,
      this.#options.timeZone,
      (file, bytes) => this.#reuse(file, bytes, kept),
    ))
      this.#seeds.set(seed.file, seed);
    for (const file of listing.ignored) this.#ignored.add(file);
    for (const problem of listing.refused) this.#refused.set(problem.file, problem);
  }

  // The stored record of a file whose bytes and path are unchanged and whose texts are kept (their
  // digests are in `kept`); only valid records are stored, so it needs no parsing.
  #reuse(file: string, bytes: Buffer, kept: ReadonlySet<string>): SeedFile | undefined {
    const digest = this.#context.generateDigest(
      `${this.#options.salt}\0${this.#options.timeZone}\0${bytes.toString('latin1')}`,
    );
    this.#digests.set(file, digest);
    const id = recordId(file);
    const stored = this.#context.store.get(id);
    const unchanged = stored?.digest === digest && stored.filePath === this.#storePath(file);
    if (!unchanged || !kept.has(digest)) return undefined;
    this.#textKept.add(file);
    return {
      file,
      id,
      result: {
        // Without its text and event summary, which the checks across records do not read.
        record: stored.data as ArticleRecord,
        problems: [],
        warnings: this.#warnings.get(file) ?? [],
      },
    };
  }

  // Checks the files as last read, then stores the records that changed, their texts beside the
  // store, and drops those no longer published.
  async #publish(): Promise<void> {
    const { store, meta, parseData } = this.#context;
    const seeds = [...this.#seeds.values()];
    this.#warnings.clear();
    for (const { file, result } of seeds)
      if (result.warnings.length > 0) this.#warnings.set(file, result.warnings);
    meta.set('warnings', JSON.stringify(Object.fromEntries(this.#warnings)));
    const report = checkSeeds(seeds, [...this.#ignored].sort(), [...this.#refused.values()]);
    this.#options.check(report);
    const published = new Set<string>();
    for (const { id, file, record } of report.published) {
      published.add(id);
      const digest = this.#digests.get(file)!;
      const { text, events, ...fields } = record;
      if (!this.#textKept.has(file)) {
        this.#texts.write(digest, { text, events });
        this.#textKept.add(file);
      }
      const stored = store.get(id);
      if (stored?.digest === digest && stored.filePath === this.#storePath(file)) continue;
      store.set({
        id,
        data: await parseData({ id, data: { ...fields, hasEvents: events !== undefined } }),
        digest,
        filePath: this.#storePath(file),
      });
    }
    for (const id of store.keys()) if (!published.has(id)) store.delete(id);
    // The texts of the records left out as duplicates stay, for when they are published again.
    this.#texts.keepOnly(new Set(this.#digests.values()));
    this.#options.published?.(
      report.published.map(({ id, file, record: { date } }) => ({
        id,
        date,
        digest: this.#digests.get(file)!,
      })),
    );
  }

  // Astro stores entry paths relative to the project root, even for a seeds folder outside it.
  #storePath(file: string): string {
    return this.#storeFolder ? `${this.#storeFolder}/${file}` : file;
  }
}
