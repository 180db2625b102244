/** The fields of a record, in canonical order, each with the labels that introduce it in a text file. */
export const recordFields = [
  { key: 'title', labels: ['标题', 'Title'] },
  { key: 'link', labels: ['链接', 'Link', 'URL'] },
  { key: 'date', labels: ['日期', '发布时间', 'Date'] },
  { key: 'text', labels: ['总结', 'Summary'] },
  { key: 'keywords', labels: ['关键词', 'Keywords'] },
  { key: 'aiTech', labels: ['AI技术', 'AI Tech', 'AI Technologies'] },
  { key: 'industries', labels: ['行业', 'Industry', 'Industries'] },
  { key: 'events', labels: ['重大事件摘要', 'Event Summary', 'Events', 'Key Events'] },
] as const;

/** The key of a record field (`title`, `keywords`, …). */
export type FieldKey = (typeof recordFields)[number]['key'];

/** Fields whose value is a list of terms. */
export const listFields = [
  'keywords',
  'aiTech',
  'industries',
] as const satisfies readonly FieldKey[];

/** The canonical (first) label of a field, used in messages and when printing a record. */
export function fieldLabel(key: FieldKey): string {
  return recordFields.find((field) => field.key === key)!.labels[0];
}
