import { spaceScripts } from '../site/space-scripts.ts';
import type { Messages } from './messages.ts';

/** The interface in Simplified Chinese. */
export const zhCN: Messages = {
  lang: 'zh-CN',
  ogLocale: 'zh_CN',
  feedLanguage: 'zh-cn',
  description: '每日精选人工智能产业资讯。',
  footer: '摘要由新闻记录自动生成，原文版权归原作者所有。',
  taxonomyNames: { tags: '关键词', industries: '行业', tech: 'AI 技术' },
  siteDescription: (title, description) => `${title}：${description}`,
  siteFeedTitle: (title) => `${title}：最新文章`,
  skipLink: '跳到正文',
  mainNav: '主导航',
  siteSearch: '站内搜索',
  searchArticles: '搜索文章',
  search: '搜索',
  breadcrumb: '位置',
  home: '首页',
  source: '来源：',
  readingTime: (minutes) => `约 ${minutes} 分钟读完`,
  both: (first, second) => spaceScripts`${first}和${second}`,
  keyPoints: '要点',
  related: '相关文章',
  neighbours: '上一篇和下一篇',
  newer: '上一篇（较新）',
  older: '下一篇（较早）',
  notFound: '页面不存在',
  notFoundText: ['你要找的页面不存在或已移动。可以返回', '首页', '，或', '搜索文章', '。'],
  latest: '最新文章',
  pageSuffix: (number) => ` · 第 ${number} 页`,
  subscribe: '订阅 RSS',
  subscribeLead: '，每有新文章即可收到。',
  topTerms: '热门分类',
  popularTerms: (name) => spaceScripts`热门${name}`,
  allTerms: (name) => spaceScripts`全部${name}`,
  allTermsByName: (name) => spaceScripts`全部${name}（按名称）`,
  termIndexDescription: (count, name, byName) =>
    spaceScripts`按${byName ? '名称' : '文章数'}排列的全部 ${count} 个${name}及各自的文章数。`,
  termCount: (count, name) => spaceScripts`共 ${count} 个${name}。`,
  sortOrder: '排序',
  byCount: '按文章数',
  byName: '按名称',
  filterFound: (name) => spaceScripts`{n} 个${name}的名称包含“{q}”。`,
  filterNone: (name) => spaceScripts`没有名称包含“{q}”的${name}。`,
  filterLabel: (name) => spaceScripts`筛选${name}`,
  filterPlaceholder: '输入名称中的字词',
  jumpToInitial: '按首字母跳转',
  otherInitial: '其他',
  articleCount: (count) => `共 ${count} 篇文章`,
  termArticles: (count) => `${count} 篇`,
  termTitle: (name, label) => `${name}：${label}`,
  termDescription: (name, label, count) => `${name}“${label}”下的 ${count} 篇文章。`,
  termPageDescription: (name, label) => `${name}“${label}”下的文章。`,
  termFeedTitle: (name, label) => `${name}“${label}”的最新文章`,
  termFeedDescription: (name, label) => `${name}“${label}”的最新文章。`,
  pagination: '分页',
  newerPage: '较新',
  olderPage: '较早',
  latestPage: '最新',
  pageLabel: (number) => `第 ${number} 页`,
  searchDescription: (names) =>
    spaceScripts`按${names.slice(0, -1).join('、')}和${names.at(-1) ?? ''}搜索全部新闻摘要。`,
  articleSearch: '文章搜索',
  searchLabel: '搜索关键词',
  searchPlaceholder: '例如：科大讯飞、智能制造、“深度求索”',
  searchNoScript: ['搜索需要启用 JavaScript；也可以按', '、', '或', '浏览。'],
  filters: '筛选',
  relevance: '相关度',
  newest: '最新',
  showMore: '显示更多结果',
  browseAll: '浏览全部',
  listSeparator: '、',
  searchUnavailable: '搜索暂时无法使用，请稍后再试。',
  searchResultsTitle: (query, title) => `“${query}”的搜索结果 - ${title}`,
  searchPrompt: '输入关键词开始搜索，例如“大模型”或“科大讯飞 芯片”。',
  searching: '正在搜索……',
  searchStatus: (count, query, filtered) => {
    const scope = query
      ? `包含“${query}”${filtered ? '且符合筛选条件' : ''}的文章`
      : '符合筛选条件的文章';
    return count === 0 ? `没有找到${scope}。` : `找到 ${count} 篇${scope}。`;
  },
  showMoreCount: (rest) => `显示更多结果（还有 ${rest} 篇）`,
  termSuggestion: (name, label, count) => `查看${name}“${label}”的全部 ${count} 篇文章`,
  nearTerms: '相近的主题：',
  nearTerm: (label, count) => `${label}（${count}）`,
  activeFilter: (name, values) => `${name}：${values.join(' 或 ')}`,
  activeFilters: (filters) => `已筛选 ${filters.join('；')}。`,
  clearFilters: '清除筛选',
  filterBy: (name) => `按${name}筛选`,
  showAllValues: (count) => `显示全部 ${count} 个`,
  hub: {
    formatMonth: (month) => {
      const [year, number] = month.split('-').map(Number);
      return `${year}年${number}月`;
    },
    trendReading: ({ recent, before, change }, span) => {
      if (recent === 0 && before === 0) return `近 ${span * 2} 个月没有文章`;
      const compared =
        change === undefined
          ? `前 ${span} 个月没有`
          : `较前 ${span} 个月 ${change > 0 ? '+' : change < 0 ? '−' : '±'}${Math.abs(change)}%`;
      return `近 ${span} 个月 ${recent} 篇，${compared}`;
    },
    countTitle: (what, count) => `${what}：${count} 篇`,
    trend: '逐月文章数',
    trendMost: (count) => `最多 ${count} 篇`,
    trendTable: '按月查看数字',
    month: '月份',
    articles: '文章数',
    related: '常一起出现',
    relatedNote: '按关联度排列：比在全部文章中更常与它同时出现的词，数字为共同出现的文章数。',
    events: '最新要点',
    dayHeading: (day, weekday) => `${day} ${weekday}`,
    undatedDay: '未注明日期',
    archive: '按月归档',
    archiveLead: (months, articles) =>
      `${months} 个月、${articles} 篇注明日期的文章，按发布月份浏览。`,
    archiveUndated:
      '这些文章都没有注明日期，所以无法按月归档。记录写上“日期”后，这里会列出每个月的文章。',
    year: (year) => `${year}年`,
    count: (count) => `${count} 篇`,
    monthLead: (count) => `共 ${count} 篇文章`,
    monthPager: '较新和较早的月份',
    newerMonth: '较新的月份',
    olderMonth: '较早的月份',
    insights: '洞察',
    insightsTitle: '行业与技术洞察',
    insightsDescription: '行业与 AI 技术的交叉分布、本月上升最快的词和各分类中最大的词。',
    matrix: '行业 × AI 技术',
    matrixCaption: (rows, columns) =>
      `文章数最多的 ${rows} 个行业与 ${columns} 项 AI 技术：每格是同时属于两者的文章数，颜色越深越多。`,
    matrixCorner: '行业＼AI 技术',
    rising: (month) => `${month}上升最快`,
    risingLead: (span, minCount) =>
      `与此前 ${span} 个月的月均文章数相比，本月文章数增长最多的关键词、行业和 AI 技术（本月至少 ${minCount} 篇）。`,
    risingNone: '本月没有明显上升的词。',
    risingTerm: '名称',
    risingKind: '分类',
    risingCurrent: '本月',
    risingAverage: '此前月均',
    undated:
      '这些文章都没有注明日期。记录写上“日期”后，这里还会列出每月上升最快的词，分类页会显示逐月趋势，文章也可按月归档浏览。',
  },
};
