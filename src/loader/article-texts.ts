import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { readKept, writeKept } from '../site/kept-file.ts';
import { userError } from '../user-error.ts';

/** The folder of the article texts in Astro's cache folder. */
export function articleTextsDir(cacheDir: string): string {
  return join(cacheDir, 'news-digest-texts');
}

/** The long fields of a record, which are kept beside the content store: its text and its event summary. */
export interface KeptTexts {
  text?: string | undefined;
  events?: string | undefined;
}

/**
 * The texts and event summaries of the stored records, kept beside Astro's content store rather
 * than in it, one file per digest of a record file. Astro bundles its store into the server code
 * and parses it again in every thread of every build; these fields are most of its size, and only
 * the pages that show them read them.
 */
export class ArticleTexts {
  readonly #dir: string;

  constructor(dir: string) {
    this.#dir = dir;
  }

  /** The digests whose texts are kept, listed at once, for a sync that asks about every record. */
  digests(): Set<string> {
    if (!existsSync(this.#dir)) return new Set();
    return new Set(
      readdirSync(this.#dir)
        .filter((name) => name.endsWith('.json'))
        .map((name) => name.slice(0, -'.json'.length)),
    );
  }

  /** Keeps the texts of the record of this digest; a page or a worker may be reading them. */
  write(digest: string, texts: KeptTexts): void {
    writeKept(this.#path(digest), JSON.stringify(texts));
  }

  /** The texts of the record of this digest, or undefined when none are kept. */
  find(digest: string): KeptTexts | undefined {
    try {
      return JSON.parse(readKept(this.#path(digest))) as KeptTexts;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw error;
    }
  }

  /** The texts of the published article `id`, whose record has this digest. */
  read(digest: string, id: string): KeptTexts {
    const texts = this.find(digest);
    if (texts) return texts;
    throw userError(
      `The text of the article \`${id}\` is missing from \`${this.#dir}\`, where the records' texts are kept beside Astro's content store: the folder was changed after the records were read.`,
      'Build again, or run `npm run build -- --force` to read every record afresh.',
    );
  }

  /** Removes the texts of the digests not given. */
  keepOnly(digests: ReadonlySet<string>): void {
    if (!existsSync(this.#dir)) return;
    for (const name of readdirSync(this.#dir))
      if (!digests.has(name.replace(/\.json$/, ''))) rmSync(join(this.#dir, name), { force: true });
  }

  #path(digest: string): string {
    return join(this.#dir, `${digest}.json`);
  }
}
