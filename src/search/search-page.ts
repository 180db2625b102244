import { messages, timeZone } from 'virtual:news-digest/settings';
import { formatDate } from '../normalize/dates.ts';
import { analyzeText } from './analyze-text.ts';
import { nearestTerms, namedTerms, type OfferedTerm } from './nearest-terms.ts';
import { markWords, passageAround } from './passage.ts';
import { parseQuery } from './query.ts';
import type { SearchDocument, SearchManifest } from './search-document.ts';
import {
  readDeltas,
  selectResults,
  type FacetTerms,
  type SearchResults,
  type SortOrder,
} from './search-results.ts';
import { matchWord } from './text-search.ts';
import { taxonomyKinds } from '../taxonomy/kinds.ts';

// The search page in the browser. The query, filters and order live in the URL, so a search can be
// shared; what was shown and where the reader was live in the history entry, so Back restores them.
const pageSize = 10;
// A long filter shows its most frequent values until the reader asks for all of them.
const shortFacet = 8;
// A filter of up to this many terms has its articles loaded as the page opens; a longer one (the
// keywords) when the reader asks for it or the URL uses it.
const eagerFacet = 100;
const typingDelay = 250;

const root = document.querySelector<HTMLElement>('[data-search]')!;
const form = root.querySelector<HTMLFormElement>('form')!;
const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
const status = root.querySelector<HTMLElement>('[data-status]')!;
const suggestions = root.querySelector<HTMLElement>('[data-suggestions]')!;
const filterBox = root.querySelector<HTMLDetailsElement>('[data-filters]')!;
const activeLine = root.querySelector<HTMLElement>('[data-active]')!;
const facetPane = root.querySelector<HTMLElement>('[data-facets]')!;
const sortBox = root.querySelector<HTMLElement>('[data-sort]')!;
const list = root.querySelector<HTMLOListElement>('[data-results]')!;
const more = root.querySelector<HTMLButtonElement>('[data-more]')!;
const browse = root.querySelector<HTMLTemplateElement>('[data-browse]')!;
const indexUrl = root.dataset.index!;
const pageTitle = document.title;
const wide = matchMedia('(min-width: 56rem)');

interface LoadedIndex {
  manifest: SearchManifest;
  facets: FacetTerms[];
  terms: OfferedTerm[];
}

const files = new Map<string, Promise<Uint8Array>>();
const documents = new Map<number, Promise<SearchDocument>>();
let loaded: Promise<LoadedIndex> | undefined;
let run = 0;
let current: { results: number[]; words: string[] } = { results: [], words: [] };

/** Fetches a gzip-compressed search file once and keeps it for later searches. */
function fetchFile(path: string): Promise<Uint8Array> {
  let file = files.get(path);
  if (!file) {
    file = fetch(`${indexUrl}${path}`).then(async (response) => {
      if (!response.ok) throw new Error(`${path}: ${response.status}`);
      return new Uint8Array(
        await new Response(
          response.body!.pipeThrough(new DecompressionStream('gzip')),
        ).arrayBuffer(),
      );
    });
    files.set(path, file);
    file.catch(() => files.delete(path));
  }
  return file;
}

async function fetchJson<T>(path: string): Promise<T> {
  return JSON.parse(new TextDecoder().decode(await fetchFile(path)));
}

function loadIndex(): Promise<LoadedIndex> {
  loaded ??= fetchJson<SearchManifest>('manifest.bin').then(async (manifest) => {
    const facets: FacetTerms[] = manifest.facets;
    await Promise.all(facets.filter((facet) => facet.terms.length <= eagerFacet).map(loadFacet));
    const terms = facets.flatMap(({ name, terms }) => terms.map((term) => ({ ...term, name })));
    return { manifest, facets, terms };
  });
  loaded.catch(() => (loaded = undefined));
  return loaded;
}

async function loadFacet(facet: FacetTerms): Promise<void> {
  facet.docs ??= readDeltas(await fetchJson<number[][]>(`facets/${facet.filter}.bin`));
}

function loadDocument(number: number): Promise<SearchDocument> {
  let document = documents.get(number);
  if (!document)
    documents.set(number, (document = fetchJson<SearchDocument>(`docs/${number}.bin`)));
  return document;
}

function readState() {
  const params = new URLSearchParams(location.search);
  const filters: Record<string, string[]> = {};
  for (const { filter } of taxonomyKinds) {
    const values = params.getAll(filter).filter(Boolean);
    if (values.length > 0) filters[filter] = values;
  }
  const order: SortOrder = params.get('sort') === 'latest' ? 'latest' : 'relevance';
  return { query: params.get('q') ?? '', filters, order };
}

function writeState(state: ReturnType<typeof readState>, replace = false): void {
  const params = new URLSearchParams();
  if (state.query) params.set('q', state.query);
  for (const [filter, values] of Object.entries(state.filters))
    for (const value of values) params.append(filter, value);
  if (state.order === 'latest') params.set('sort', 'latest');
  const url = `${location.pathname}${params.size > 0 ? `?${params}` : ''}`;
  if (replace) history.replaceState(null, '', url);
  else if (`${location.pathname}${location.search}` !== url) history.pushState(null, '', url);
}

/** Remembers in the history entry how many results are shown and where the reader is. */
function rememberPlace(): void {
  history.replaceState({ shown: list.childElementCount, scroll: scrollY }, '');
}

function startSearch(): void {
  search().catch(() => {
    status.replaceChildren(
      messages.searchUnavailable,
      document.createElement('br'),
      browse.content.cloneNode(true),
    );
  });
}

async function search(): Promise<void> {
  const ticket = ++run;
  const state = readState();
  const place = history.state as { shown?: number; scroll?: number } | null;
  input.value = state.query;
  const typed = parseQuery(state.query).map((word) => word.text);
  const shownQuery = typed.join(' ');
  // What the index holds of each word; for English, its stem (see `analyzeText`).
  const words = typed.map((word) => analyzeText(word, messages.stem));
  document.title = shownQuery ? messages.searchResultsTitle(shownQuery, pageTitle) : pageTitle;
  if (words.length === 0 && Object.keys(state.filters).length === 0) {
    status.textContent = messages.searchPrompt;
    for (const element of [list, suggestions, facetPane]) element.replaceChildren();
    filterBox.hidden = sortBox.hidden = more.hidden = true;
    return;
  }
  status.textContent = messages.searching;
  const { manifest, facets, terms } = await loadIndex();
  await Promise.all(facets.filter((facet) => state.filters[facet.filter]).map(loadFacet));
  const matches = await Promise.all(
    words.map((word) =>
      matchWord(word, manifest.parts, (part, family, shard) =>
        fetchFile(`${part.key}/${family}/${shard}.bin`),
      ),
    ),
  );
  const outcome = selectResults(matches, manifest.documents, facets, state.filters, state.order);
  const firstPage = await Promise.all(
    outcome.results.slice(0, Math.max(pageSize, place?.shown ?? 0)).map(loadDocument),
  );
  if (ticket !== run) return;
  // Everything changes at once, so that the count never describes other results than those shown.
  current = { results: outcome.results, words };
  status.textContent = messages.searchStatus(
    outcome.results.length,
    shownQuery,
    Object.keys(state.filters).length > 0,
  );
  showSuggestions(shownQuery, outcome.results.length, terms);
  renderFacets(facets, outcome, state);
  sortBox.hidden = outcome.results.length < 2;
  sortBox.querySelector<HTMLInputElement>(`input[value="${state.order}"]`)!.checked = true;
  list.replaceChildren();
  appendResults(firstPage);
  if (place?.scroll !== undefined) scrollTo(0, place.scroll);
}

/** Shows the next page of results, and moves the keyboard focus to the first of them. */
async function showMore(): Promise<void> {
  const ticket = run;
  const start = list.childElementCount;
  const next = await Promise.all(current.results.slice(start, start + pageSize).map(loadDocument));
  if (ticket !== run) return;
  appendResults(next)[0]?.querySelector('a')?.focus();
}

function appendResults(results: SearchDocument[]): HTMLLIElement[] {
  const items = results.map((result) => renderResult(result, current.words));
  list.append(...items);
  more.hidden = list.childElementCount >= current.results.length;
  more.textContent = messages.showMoreCount(current.results.length - list.childElementCount);
  rememberPlace();
  return items;
}

function renderResult(result: SearchDocument, words: string[]): HTMLLIElement {
  const item = document.createElement('li');
  item.className = 'card';
  const link = item
    .appendChild(document.createElement('h2'))
    .appendChild(document.createElement('a'));
  link.href = result.url;
  link.append(...highlighted(result.title, markWords(result.title, words)));
  const passage = passageAround(result.text, words);
  const excerpt = item.appendChild(document.createElement('p'));
  excerpt.className = 'excerpt';
  excerpt.append(...highlighted(passage.text, passage.marks));
  const meta = item.appendChild(document.createElement('p'));
  meta.className = 'card-meta';
  if (result.date) {
    const time = meta.appendChild(document.createElement('time'));
    time.dateTime = result.date;
    time.textContent = formatDate(result.date, messages.lang, timeZone);
  }
  if (result.source) {
    const source = meta.appendChild(document.createElement('span'));
    source.className = 'source';
    source.textContent = result.source;
  }
  for (const label of [
    ...(result.terms.industry ?? []),
    ...(result.terms.tech ?? []),
    ...(result.terms.keyword ?? []).slice(0, 3),
  ]) {
    const tag = meta.appendChild(document.createElement('span'));
    tag.className = 'tag';
    tag.append(...highlighted(label, markWords(label, words)));
  }
  return item;
}

function highlighted(text: string, marks: [number, number][]): Node[] {
  const nodes: Node[] = [];
  let at = 0;
  for (const [from, to] of marks) {
    if (from > at) nodes.push(document.createTextNode(text.slice(at, from)));
    nodes.push(
      Object.assign(document.createElement('mark'), { textContent: text.slice(from, to) }),
    );
    at = to;
  }
  if (at < text.length) nodes.push(document.createTextNode(text.slice(at)));
  return nodes;
}

function showSuggestions(query: string, count: number, terms: OfferedTerm[]): void {
  suggestions.replaceChildren();
  if (!query) return;
  const termLink = (term: OfferedTerm, text: string) =>
    Object.assign(document.createElement('a'), { href: term.path, textContent: text });
  for (const term of namedTerms(query, terms))
    suggestions.append(termLink(term, messages.termSuggestion(term.name, term.label, term.count)));
  if (count > 0) return;
  const near = nearestTerms(query, terms);
  if (near.length > 0) {
    const line = suggestions.appendChild(document.createElement('p'));
    line.append(messages.nearTerms);
    near.forEach((term, index) =>
      line.append(
        ...(index > 0 ? [messages.listSeparator] : []),
        termLink(term, messages.nearTerm(term.label, term.count)),
      ),
    );
  }
  suggestions.append(browse.content.cloneNode(true));
}

function renderFacets(
  facets: FacetTerms[],
  { counts }: SearchResults,
  state: ReturnType<typeof readState>,
): void {
  // The short lists first: industries and technologies, then keywords.
  const groups = facets.toReversed().map((facet) => {
    const { filter, name, terms, docs } = facet;
    if (!docs) return renderLaterFacet(facet);
    const selected = new Set(state.filters[filter] ?? []);
    const values = terms
      .map(({ label }) => [label, counts[filter]?.get(label) ?? 0] as const)
      .filter(([label, count]) => count > 0 || selected.has(label))
      .sort(
        ([a, x], [b, y]) =>
          Number(selected.has(b)) - Number(selected.has(a)) ||
          y - x ||
          a.localeCompare(b, messages.lang),
      );
    return renderFacet(filter, name, values, selected, state);
  });
  facetPane.replaceChildren(...groups);
  const active = Object.entries(state.filters).map(([filter, values]) =>
    messages.activeFilter(facets.find((facet) => facet.filter === filter)?.name ?? filter, values),
  );
  activeLine.replaceChildren();
  if (active.length > 0) {
    activeLine.append(messages.activeFilters(active));
    const clear = activeLine.appendChild(document.createElement('button'));
    clear.type = 'button';
    clear.textContent = messages.clearFilters;
    clear.addEventListener('click', () => changeState({ filters: {} }));
  }
  filterBox.hidden = groups.every((group) => group.hidden);
  if (wide.matches || active.length > 0) filterBox.open = true;
}

function facetFieldset(filter: string, name: string): HTMLFieldSetElement {
  const fieldset = document.createElement('fieldset');
  fieldset.dataset.filter = filter;
  fieldset.appendChild(document.createElement('legend')).textContent = name;
  return fieldset;
}

/** A long filter whose articles are not loaded yet: a button that loads them and shows the filter. */
function renderLaterFacet(facet: FacetTerms): HTMLFieldSetElement {
  const { filter, name } = facet;
  const fieldset = facetFieldset(filter, name);
  const show = fieldset.appendChild(document.createElement('button'));
  show.type = 'button';
  show.className = 'facet-all';
  show.textContent = messages.filterBy(name);
  show.addEventListener('click', async () => {
    show.disabled = true;
    await loadFacet(facet);
    await search();
    facetPane.querySelector<HTMLInputElement>(`[data-filter="${filter}"] input`)?.focus();
  });
  return fieldset;
}

function renderFacet(
  filter: string,
  name: string,
  values: (readonly [string, number])[],
  selected: Set<string>,
  state: ReturnType<typeof readState>,
): HTMLFieldSetElement {
  const fieldset = facetFieldset(filter, name);
  fieldset.hidden = values.length === 0;
  const boxes = values.map(([value, count], index) => {
    const label = fieldset.appendChild(document.createElement('label'));
    label.hidden = index >= shortFacet && !selected.has(value);
    const box = label.appendChild(document.createElement('input'));
    box.type = 'checkbox';
    box.checked = selected.has(value);
    box.addEventListener('change', () => {
      const next = new Set(selected);
      if (box.checked) next.add(value);
      else next.delete(value);
      const filters = { ...state.filters, [filter]: [...next] };
      if (next.size === 0) delete filters[filter];
      changeState({ filters });
    });
    label.append(` ${value} `);
    label.appendChild(document.createElement('span')).textContent = `(${count})`;
    return label;
  });
  const hiddenCount = boxes.filter((label) => label.hidden).length;
  if (hiddenCount > 0) {
    const all = fieldset.appendChild(document.createElement('button'));
    all.type = 'button';
    all.className = 'facet-all';
    all.textContent = messages.showAllValues(values.length);
    all.addEventListener('click', () => {
      for (const label of boxes) label.hidden = false;
      all.remove();
      boxes[shortFacet]?.querySelector('input')?.focus();
    });
  }
  return fieldset;
}

/** Starts a new search from a changed query, filters or order, as a new history entry. */
function changeState(change: Partial<ReturnType<typeof readState>>, replace = false): void {
  writeState({ ...readState(), query: input.value.trim(), ...change }, replace);
  startSearch();
}

let typing: ReturnType<typeof setTimeout> | undefined;
input.addEventListener('input', () => {
  clearTimeout(typing);
  typing = setTimeout(() => changeState({}, true), typingDelay);
});
form.addEventListener('submit', (event) => {
  event.preventDefault();
  clearTimeout(typing);
  changeState({});
});
sortBox.addEventListener('change', (event) =>
  changeState({ order: (event.target as HTMLInputElement).value as SortOrder }),
);
more.addEventListener('click', () => void showMore());
addEventListener('popstate', startSearch);
// Remember where the reader is before they leave, so that Back returns them there.
addEventListener('pagehide', rememberPlace);
history.scrollRestoration = 'manual';
// Load the manifest and filters as the page opens, so that a query fetches only its own data.
loadIndex().catch(() => {});
startSearch();
