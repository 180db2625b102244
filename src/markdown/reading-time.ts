// Readers of Chinese news take in about this many characters (or Latin words) a minute; readers
// of English about this many words.
const perMinute = { 'zh-CN': 400, en: 230 };

/**
 * Minutes a reader needs for a text, at least one: Chinese characters and Latin words for a Chinese
 * reader, words (a Chinese character counts as one) for an English reader.
 */
export function readingMinutes(text: string, lang: keyof typeof perMinute): number {
  const characters = text.match(/\p{Script=Han}/gu)?.length ?? 0;
  const words = text.match(/[A-Za-z0-9]+/g)?.length ?? 0;
  return Math.max(1, Math.round((characters + words) / perMinute[lang]));
}
