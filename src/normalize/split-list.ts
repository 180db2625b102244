/** Splits a list field on ASCII and Chinese separators; trims items, drops empty ones and repeats. */
export function splitList(value: string | readonly string[]): string[] {
  const items = (typeof value === 'string' ? value.split(/[,，、;；]/) : value)
    .map((item) => item.trim())
    .filter((item) => item !== '');
  return [...new Set(items)];
}

/** Separates items that can be terms from items without a letter or digit (`-`, `……`), which cannot. */
export function partitionTerms(items: readonly string[]): { terms: string[]; dropped: string[] } {
  const isTerm = (item: string) => /[\p{L}\p{N}]/u.test(item);
  return { terms: items.filter(isTerm), dropped: items.filter((item) => !isTerm(item)) };
}
