import { formatDate } from '../normalize/dates.ts';
import { termKey } from '../normalize/term-key.ts';
import type { IndexPartEntry } from './index-parts.ts';
import type { FilterCounts, PagefindApi, PagefindData, PagefindResult } from './pagefind-api.ts';
import { taxonomyKinds } from '../taxonomy/kinds.ts';
import { parseQuery } from './query.ts';
import { runSearch, type SearchOutcome } from './run-search.ts';
import type { SearchTerm } from './search-term.ts';
import { termBucket } from './term-bucket.ts';

// The search page in the browser: the query and filters live in the URL, so a search can be
// shared and the back button works.
const pageSize = 10;
const keywordChips = 12;
// Facets in the order the page shows them: the short lists first, keywords last.
const facets = [...taxonomyKinds].reverse();

const root = document.querySelector<HTMLElement>('[data-search]')!;
const form = root.querySelector<HTMLFormElement>('form')!;
const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
const status = root.querySelector<HTMLElement>('[data-status]')!;
const suggestions = root.querySelector<HTMLElement>('[data-suggestions]')!;
const facetPane = root.querySelector<HTMLElement>('[data-facets]')!;
const list = root.querySelector<HTMLOListElement>('[data-results]')!;
const more = root.querySelector<HTMLButtonElement>('[data-more]')!;
const bundle = root.dataset.bundle!;

// The index comes in parts, newest first (see `splitIndex`): a search starts with the newest part
// and merges older ones only until it has a page of results, or when the reader asks for more.
interface SearchIndex {
  api: PagefindApi;
  parts: IndexPartEntry[];
  merged: number;
}

let index: Promise<SearchIndex> | undefined;
let shown: PagefindResult[] = [];
let run = 0;

function loadIndex(): Promise<SearchIndex> {
  index ??= (async () => {
    const parts: IndexPartEntry[] = await (await fetch(`${bundle}parts.json`)).json();
    const api: PagefindApi = await import(/* @vite-ignore */ `${bundle}${parts[0].path}pagefind.js`);
    await api.init();
    await api.filters();
    return { api, parts, merged: 1 };
  })();
  return index;
}

// Doubles the searched parts each time, so that a rare word needs few rounds.
async function mergeOlder(index: SearchIndex): Promise<void> {
  const older = index.parts.slice(index.merged, index.merged * 2);
  index.merged += older.length;
  await Promise.all(older.map((part) => index.api.mergeIndex(`${bundle}${part.path}`)));
  await index.api.filters();
}

function readState() {
  const params = new URLSearchParams(location.search);
  const filters: Record<string, string[]> = {};
  for (const { filter } of facets) {
    const values = params.getAll(filter).filter(Boolean);
    if (values.length > 0) filters[filter] = values;
  }
  return { query: params.get('q') ?? '', filters };
}

function writeState(query: string, filters: Record<string, string[]>): void {
  const params = new URLSearchParams();
  if (query) params.set('q', query);
  for (const [filter, values] of Object.entries(filters)) for (const value of values) params.append(filter, value);
  const search = params.size > 0 ? `?${params}` : '';
  if (search !== location.search) history.pushState(null, '', `${location.pathname}${search}`);
}

// The index exists only in a built site; in `astro dev`, or when it fails to load, say so.
function startSearch(wanted = pageSize, kept = 0): void {
  search(wanted, kept).catch(() => {
    status.textContent = '搜索索引无法加载。搜索只在构建好的网站上可用（npm run build 之后）。';
  });
}

// Searches and shows `wanted` results. Going on to older parts keeps the `kept` results already
// shown in place, so that the reader does not lose their place.
async function search(wanted = pageSize, kept = 0): Promise<void> {
  const current = ++run;
  const { query, filters } = readState();
  input.value = query;
  const words = parseQuery(query);
  more.hidden = true;
  if (kept === 0) {
    list.replaceChildren();
    suggestions.replaceChildren();
  }
  if (words.length === 0 && Object.keys(filters).length === 0) {
    status.textContent = '输入关键词开始搜索，例如“大模型”或“科大讯飞 芯片”。';
    facetPane.replaceChildren();
    return;
  }
  status.textContent = '正在搜索……';
  const index = await loadIndex();
  const searchMerged = () => runSearch(index.api, words, filters, index.merged === index.parts.length);
  let outcome = await searchMerged();
  while (outcome.results.length < wanted && index.merged < index.parts.length && current === run) {
    await mergeOlder(index);
    outcome = await searchMerged();
  }
  if (current !== run) return;
  const earlier = shown.slice(0, kept);
  const ids = new Set(earlier.map((result) => result.id));
  shown = [...earlier, ...outcome.results.filter((result) => !ids.has(result.id))];
  status.textContent = describe(outcome, query, index);
  await Promise.all([showResults(kept, wanted, index, current), kept === 0 ? showSuggestions(query) : undefined]);
  if (current === run) renderFacets(outcome.counts, filters);
}

function describe({ results, loose }: SearchOutcome, query: string, { parts, merged }: SearchIndex): string {
  const scope = query ? `“${query}”` : '所选条件';
  if (results.length === 0) return `没有找到包含${scope}的文章。`;
  const since = merged < parts.length ? `（${formatDate(parts[merged - 1].from!)}以来）` : '';
  const found = `找到 ${results.length} 篇与${scope}相关的文章${since}。`;
  return loose ? `没有完全匹配${scope}的文章，以下结果包含其中的字词。${found}` : found;
}

async function showResults(start: number, wanted: number, index: SearchIndex, current: number): Promise<void> {
  const end = Math.min(wanted, shown.length);
  const page = await Promise.all(shown.slice(start, end).map((result) => result.data()));
  if (current !== run) return;
  const items = page.map(renderResult);
  list.append(...items);
  // After "more", the reader (and the keyboard focus) goes on at the first new result.
  if (start > 0) items[0]?.querySelector('a')?.focus();
  const allShown = end === shown.length;
  more.hidden = allShown && index.merged === index.parts.length;
  more.textContent = allShown ? '搜索更早的文章' : '加载更多结果';
  more.onclick = () => (allShown ? startSearch(end + pageSize, end) : showResults(end, end + pageSize, index, run));
}

function renderResult(data: PagefindData): HTMLLIElement {
  const item = document.createElement('li');
  item.className = 'card';
  const heading = item.appendChild(document.createElement('h2'));
  const link = heading.appendChild(document.createElement('a'));
  link.href = data.url;
  link.textContent = data.meta.title ?? data.url;
  const excerpt = item.appendChild(document.createElement('p'));
  excerpt.className = 'excerpt';
  excerpt.append(...highlight(data.excerpt));
  const meta = item.appendChild(document.createElement('p'));
  meta.className = 'card-meta';
  if (data.meta.date) {
    const time = meta.appendChild(document.createElement('time'));
    time.dateTime = data.meta.date;
    time.textContent = formatDate(data.meta.date);
  }
  for (const { filter } of facets) {
    for (const value of data.filters[filter] ?? []) {
      const tag = meta.appendChild(document.createElement('span'));
      tag.className = 'tag';
      tag.textContent = value;
    }
  }
  return item;
}

// Pagefind's excerpt is escaped text with <mark> around matched characters; keep the marks, joining
// adjacent ones so a matched word reads as one highlight, and nothing else.
function highlight(excerpt: string): Node[] {
  const template = document.createElement('template');
  template.innerHTML = excerpt;
  const nodes: Node[] = [];
  for (const node of template.content.childNodes) {
    const previous = nodes.at(-1);
    if (node.nodeName !== 'MARK') nodes.push(document.createTextNode(node.textContent ?? ''));
    else if (previous?.nodeName === 'MARK') previous.textContent += node.textContent ?? '';
    else nodes.push(Object.assign(document.createElement('mark'), { textContent: node.textContent }));
  }
  return nodes;
}

async function showSuggestions(query: string): Promise<void> {
  if (!query) return;
  const key = termKey(query.replace(/["“”「」]/g, ''));
  const response = await fetch(`${root.dataset.terms}${termBucket(key)}.json`);
  const terms: SearchTerm[] = await response.json();
  const matches = terms.filter((term) => term.key === key);
  for (const term of matches) {
    const link = suggestions.appendChild(document.createElement('a'));
    link.href = term.path;
    link.textContent = `查看${term.name}“${term.label}”的全部 ${term.count} 篇文章`;
  }
}

function renderFacets(counts: FilterCounts, filters: Record<string, string[]>): void {
  facetPane.replaceChildren(
    ...facets.map(({ filter, name }) => {
      const selected = new Set(filters[filter] ?? []);
      const values = Object.entries(counts[filter] ?? {})
        .filter(([value, count]) => count > 0 || selected.has(value))
        .sort(([a, x], [b, y]) => Number(selected.has(b)) - Number(selected.has(a)) || y - x || a.localeCompare(b, 'zh-CN'));
      return renderFacet(filter, name, filter === 'keyword' ? values.slice(0, keywordChips + selected.size) : values, selected, filters);
    }),
  );
}

function renderFacet(filter: string, name: string, values: [string, number][], selected: Set<string>, filters: Record<string, string[]>): HTMLElement {
  const fieldset = document.createElement('fieldset');
  fieldset.appendChild(document.createElement('legend')).textContent = name;
  if (values.length === 0) fieldset.hidden = true;
  for (const [value, count] of values) {
    const label = fieldset.appendChild(document.createElement('label'));
    const box = label.appendChild(document.createElement('input'));
    box.type = 'checkbox';
    box.checked = selected.has(value);
    box.addEventListener('change', () => {
      const next = new Set(selected);
      if (box.checked) next.add(value);
      else next.delete(value);
      const rest = { ...filters, [filter]: [...next] };
      if (next.size === 0) delete rest[filter];
      writeState(input.value.trim(), rest);
      startSearch();
    });
    label.append(` ${value} `);
    label.appendChild(document.createElement('span')).textContent = `(${count})`;
  }
  return fieldset;
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  writeState(input.value.trim(), readState().filters);
  startSearch();
});
addEventListener('popstate', () => startSearch());
// Load the search engine and the newest part as the page opens, so that a query fetches only its own data.
loadIndex().catch(() => {});
startSearch();
