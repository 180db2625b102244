/** Splits a list field on ASCII and Chinese separators; trims items, drops empty ones and repeats. */
export function splitList(value: string): string[] {
  const items = value
    .split(/[,，、;；]/)
    .map((item) => item.trim())
    .filter((item) => item !== '');
  return [...new Set(items)];
}
