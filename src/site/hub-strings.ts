import type { PeriodChange } from '../taxonomy/timeline.ts';

// The interface text of the hubs, the month archives and the overview, kept together.

/** Shows a `YYYY-MM` month the Chinese way: `2024年12月`. */
export function formatMonth(month: string): string {
  const [year, number] = month.split('-').map(Number);
  return `${year}年${number}月`;
}

/** The one-line reading of a trend: `近 3 个月 42 篇，较前 3 个月 +35%`. */
export function trendReading({ recent, before, change }: PeriodChange, span: number): string {
  if (recent === 0 && before === 0) return `近 ${span * 2} 个月没有文章`;
  const compared =
    change === undefined
      ? `前 ${span} 个月没有`
      : `较前 ${span} 个月 ${change > 0 ? '+' : change < 0 ? '−' : '±'}${Math.abs(change)}%`;
  return `近 ${span} 个月 ${recent} 篇，${compared}`;
}

/** The title of a bar or a cell: what it counts, in words. */
export function countTitle(what: string, count: number): string {
  return `${what}：${count} 篇`;
}

/** Headings, captions and sentences of the hubs, the archives and the overview. */
export const hubText = {
  trend: '逐月文章数',
  trendMost: (count: number) => `最多 ${count} 篇`,
  trendTable: '按月查看数字',
  month: '月份',
  articles: '文章数',
  related: '常一起出现',
  relatedNote: '按关联度排列：比在全部文章中更常与它同时出现的词，数字为共同出现的文章数。',
  events: '最新要点',
  undatedDay: '未注明日期',
  archive: '按月归档',
  archiveLead: (months: number, articles: number) =>
    `${months} 个月、${articles} 篇注明日期的文章，按发布月份浏览。`,
  archiveUndated:
    '这些文章都没有注明日期，所以无法按月归档。记录写上“日期”后，这里会列出每个月的文章。',
  year: (year: string) => `${year}年`,
  count: (count: number) => `${count} 篇`,
  monthLead: (count: number) => `共 ${count} 篇文章`,
  monthPager: '较新和较早的月份',
  newerMonth: '较新的月份',
  olderMonth: '较早的月份',
  insights: '洞察',
  insightsTitle: '行业与技术洞察',
  insightsDescription: '行业与 AI 技术的交叉分布、本月上升最快的词和各分类中最大的词。',
  matrix: '行业 × AI 技术',
  matrixCaption: (rows: number, columns: number) =>
    `文章数最多的 ${rows} 个行业与 ${columns} 项 AI 技术：每格是同时属于两者的文章数，颜色越深越多。`,
  matrixCorner: '行业＼AI 技术',
  rising: (month: string) => `${month}上升最快`,
  risingLead: (span: number, minCount: number) =>
    `与此前 ${span} 个月的月均文章数相比，本月文章数增长最多的关键词、行业和 AI 技术（本月至少 ${minCount} 篇）。`,
  risingNone: '本月没有明显上升的词。',
  risingTerm: '名称',
  risingKind: '分类',
  risingCurrent: '本月',
  risingAverage: '此前月均',
  undated:
    '这些文章都没有注明日期。记录写上“日期”后，这里还会列出每月上升最快的词，分类页会显示逐月趋势，文章也可按月归档浏览。',
} as const;
