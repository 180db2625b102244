import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readKept } from '../site/kept-file.ts';
import { userError } from '../user-error.ts';

/** The folder of the article texts in Astro's cache folder. */
export function articleTextsDir(cacheDir: string): string {
  return join(cacheDir, 'news-digest-texts');
}

/**
 * The texts of the stored records, kept beside Astro's content store rather than in it, one file
 * per digest of a record file. Astro bundles its store into the server code and parses it again in
 * every thread of every build; the texts are most of its size, and only the pages that show one read
 * it. A record without a text has an empty file, so that every stored record has one.
 */
export class ArticleTexts {
  readonly #dir: string;

  constructor(dir: string) {
    this.#dir = dir;
  }

  /** Whether the text of a record of this digest is kept. */
  has(digest: string): boolean {
    return existsSync(this.#path(digest));
  }

  /** Keeps the text of the record of this digest. */
  write(digest: string, text: string | undefined): void {
    mkdirSync(this.#dir, { recursive: true });
    writeFileSync(this.#path(digest), text ?? '');
  }

  /** The text of the record of this digest, or undefined when the record has none. */
  read(digest: string, id: string): string | undefined {
    try {
      return readKept(this.#path(digest)) || undefined;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      throw userError(
        `The text of the article \`${id}\` is missing from \`${this.#dir}\`, where the records' texts are kept beside Astro's content store: the folder was changed after the records were read.`,
        'Build again, or run `npm run build -- --force` to read every record afresh.',
      );
    }
  }

  /** Removes the texts of the digests not given. */
  keepOnly(digests: ReadonlySet<string>): void {
    if (!existsSync(this.#dir)) return;
    for (const name of readdirSync(this.#dir))
      if (!digests.has(name.replace(/\.txt$/, ''))) rmSync(join(this.#dir, name), { force: true });
  }

  #path(digest: string): string {
    return join(this.#dir, `${digest}.txt`);
  }
}
