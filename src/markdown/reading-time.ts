// Readers of Chinese news take in about this many characters (or Latin words) a minute.
const perMinute = 400;

/** Minutes a reader needs for a text, counting Chinese characters and Latin words; at least one. */
export function readingMinutes(text: string): number {
  const characters = text.match(/\p{Script=Han}/gu)?.length ?? 0;
  const words = text.match(/[A-Za-z0-9]+/g)?.length ?? 0;
  return Math.max(1, Math.round((characters + words) / perMinute));
}
