// Readers of Chinese news take in about this many characters (or Latin words) a minute; readers
// of English about this many words.
const perMinute = { 'zh-CN': 400, en: 230 };

/**
 * What a reader takes in of a text, in any language: its Chinese characters and its Latin words,
 * which an English reader reads as words too.
 */
export function readingUnits(text: string): number {
  const characters = text.match(/\p{Script=Han}/gu)?.length ?? 0;
  const words = text.match(/[A-Za-z0-9]+/g)?.length ?? 0;
  return characters + words;
}

/** Minutes a reader of a language needs for a text of these units (see `readingUnits`), at least one. */
export function readingMinutes(units: number, lang: keyof typeof perMinute): number {
  return Math.max(1, Math.round(units / perMinute[lang]));
}
