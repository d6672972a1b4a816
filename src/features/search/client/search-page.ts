/**
 * The /search/ page: reads the search from the URL, keeps the URL in step, asks the search session, and renders.
 * Everything from the index is capture text and goes into the page through textContent only.
 */
import { formatIsoDate } from '../../../shared/dates';
import { joinNames } from '../../../shared/names';
import { articleUrl } from '../../../shared/urls';
import { site } from '../../../site.config';
import type { FacetCount, SearchRequest, SearchResponse } from '../types';
import { paramsFromRequest, requestFromParams } from '../url-state';
import { LazySession } from './lazy-session';
import type { ResultItem, SearchResults } from './search-session';
import {
  PAGE_SIZE,
  resultCountText,
  isActive,
  moveFocusIndex,
  nextBatch,
  readingText,
  sameRequest,
  selectedCount,
  shownText,
  snippetRuns,
  statusText,
} from './view-model';

/** The count is announced once typing pauses, not at every keystroke, so a screen reader is not talked over. */
const ANNOUNCE_AFTER_MS = 500;
const FACETS_AFTER_MS = 150;
/**
 * Passages need each result's text: fetched at every keystroke, they held the browser's connections while the
 * index files the next keystroke waited on queued behind them. They are fetched once typing pauses.
 */
const SNIPPETS_AFTER_MS = 120;
/** Say "Searching…" only when an answer is slow (the first one, while the index loads). */
const SLOW_MS = 400;
const WIDE_LAYOUT = '(min-width: 60rem)';
type FacetName = keyof SearchRequest['filters'];
const FACETS: readonly { name: FacetName; legend: string }[] = [
  { name: 'author', legend: 'Author' },
  { name: 'source', legend: 'Original outlet' },
  { name: 'topic', legend: 'Topic' },
  { name: 'year', legend: 'Year' },
];

function element<T extends HTMLElement>(id: string): T {
  const found = document.getElementById(id);
  if (!found) throw new Error(`the search page has no #${id}`);
  return found as T;
}

function create<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className?: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

const form = element<HTMLFormElement>('search-form');
const input = element<HTMLInputElement>('search-input');
const refine = element<HTMLDetailsElement>('search-refine');
const refineActive = element<HTMLSpanElement>('search-refine-active');
const facetsBox = element<HTMLDivElement>('search-facets');
const status = element<HTMLParagraphElement>('search-status');
const reading = element<HTMLParagraphElement>('search-reading');
const list = element<HTMLOListElement>('search-results');
const empty = element<HTMLDivElement>('search-empty');
const emptyFilters = element<HTMLLIElement>('search-empty-filters');
const more = element<HTMLDivElement>('search-more');
const shownLine = element<HTMLParagraphElement>('search-shown');
const moreButton = element<HTMLButtonElement>('search-more-button');
const sortInputs = [...document.querySelectorAll<HTMLInputElement>('input[name="sort"][form="search-form"]')];

const session = new LazySession();
/** The search the page shows (or is about to): the URL's, the box's and the filters' single source of truth. */
let current = requestFromParams(new URLSearchParams(location.search));
/** The id of the newest search sent: only its answer is rendered, so a slow old answer never replaces a newer one. */
let latestSearch = 0;
let searchesSent = 0;
/** The search whose results are on screen, for "Show more results". */
let onScreen: { id: number; results: SearchResults; shown: number } | undefined;
/**
 * Whether the current history entry holds a finished search (loaded from a URL, committed with Enter, or a
 * filter change): typing then starts a new entry instead of rewriting that one.
 */
let entryCommitted = isActive(current);
let announceTimer: ReturnType<typeof setTimeout> | undefined;
let facetsTimer: ReturnType<typeof setTimeout> | undefined;
let slowTimer: ReturnType<typeof setTimeout> | undefined;
let snippetsTimer: ReturnType<typeof setTimeout> | undefined;

// ---- history ----

function urlFor(request: SearchRequest): string {
  const query = paramsFromRequest(request).toString();
  return `${location.pathname}${query ? `?${query}` : ''}`;
}

function updateHistory(request: SearchRequest, mode: 'type' | 'commit' | 'none'): void {
  if (mode === 'none') return;
  const url = urlFor(request);
  const changed = url !== `${location.pathname}${location.search}`;
  if (mode === 'commit') {
    if (changed) history.pushState(null, '', url);
    entryCommitted = true;
  } else if (changed) {
    if (entryCommitted) history.pushState(null, '', url);
    else history.replaceState(null, '', url);
    entryCommitted = false;
  }
}

function updateTitle(request: SearchRequest): void {
  const query = request.query.trim();
  document.title = `${query ? `“${query}” · ` : ''}Search · ${site.name}`;
}

// ---- searching ----

function updateAddress(request: SearchRequest, mode: 'type' | 'commit' | 'none'): void {
  updateHistory(request, mode);
  updateTitle(request);
}

/**
 * Typing puts the search in the address bar once the reader pauses: rewriting the URL and title costs Chromium
 * here from one to fifteen milliseconds, which at every keystroke came before the results.
 */
const ADDRESS_AFTER_MS = 300;
let pendingAddress: { request: SearchRequest; timer: ReturnType<typeof setTimeout> } | undefined;

function typedAddress(request: SearchRequest): void {
  clearTimeout(pendingAddress?.timer);
  pendingAddress = { request, timer: setTimeout(flushAddress, ADDRESS_AFTER_MS) };
}

/** Writes a waiting typed address now: before leaving the page, so Back returns to this search. */
function flushAddress(): void {
  if (!pendingAddress) return;
  clearTimeout(pendingAddress.timer);
  const { request } = pendingAddress;
  pendingAddress = undefined;
  updateAddress(request, 'type');
}

function cancelTypedAddress(): void {
  clearTimeout(pendingAddress?.timer);
  pendingAddress = undefined;
}

function run(request: SearchRequest, mode: 'type' | 'commit' | 'none'): void {
  const unchanged = sameRequest(request, current) && onScreen !== undefined;
  current = request;
  renderControls(request);
  if (mode === 'type') {
    typedAddress(request);
  } else {
    cancelTypedAddress();
    updateAddress(request, mode);
  }
  if (unchanged && mode !== 'none') return;
  if (!isActive(request)) {
    latestSearch = 0;
    clearResults();
    return;
  }
  const id = ++searchesSent;
  latestSearch = id;
  clearTimeout(slowTimer);
  slowTimer = setTimeout(() => {
    if (latestSearch === id) status.textContent = 'Searching…';
  }, SLOW_MS);
  void session
    .load()
    .then((loaded) => loaded.search(request, PAGE_SIZE))
    .then(
      (results) => {
        if (id !== latestSearch) return;
        clearTimeout(slowTimer);
        if (results) renderResults(id, request, results);
      },
      (error: unknown) => {
        if (id !== latestSearch) return;
        clearTimeout(slowTimer);
        renderError(error);
      },
    );
}

function warm(): void {
  if (session.started) return;
  // A failure here shows at the search that follows, which tries again.
  void session
    .load()
    .then((loaded) => loaded.warm())
    .catch(() => undefined);
}

function showMore(): void {
  if (!onScreen) return;
  const batch = nextBatch(onScreen.shown, onScreen.results.total);
  if (!batch) return;
  const searchId = onScreen.id;
  moreButton.disabled = true;
  void onScreen.results.more(batch.start, batch.count).then(
    (more) => {
      moreButton.disabled = false;
      if (!more || onScreen?.id !== searchId || searchId !== latestSearch) return;
      const items = more.map((item) => resultElement(item));
      list.append(...items);
      fillSnippets(searchId, batch.start, items.length);
      onScreen.shown += items.length;
      renderMore();
      items[0]?.querySelector<HTMLAnchorElement>('.result__title a')?.focus();
    },
    (error: unknown) => {
      moreButton.disabled = false;
      renderError(error);
    },
  );
}

// ---- rendering ----

function renderControls(request: SearchRequest): void {
  if (input.value !== request.query) input.value = request.query;
  for (const radio of sortInputs) radio.checked = radio.value === request.sort;
}

function clearResults(): void {
  clearTimeout(slowTimer);
  clearTimeout(announceTimer);
  clearTimeout(facetsTimer);
  clearTimeout(snippetsTimer);
  onScreen = undefined;
  status.textContent = '';
  reading.hidden = true;
  reading.textContent = '';
  list.replaceChildren();
  list.dataset.query = '';
  empty.hidden = true;
  more.hidden = true;
  refine.hidden = true;
  facetsBox.replaceChildren();
}

function renderResults(id: number, request: SearchRequest, response: SearchResults): void {
  onScreen = { id, results: response, shown: response.items.length };
  const filtered = selectedCount(response.facets);
  announce(statusText(response.total, request.query, filtered > 0));
  refineActive.textContent = filtered > 0 ? `(${filtered} active)` : '';
  const read = readingText(response.parsed);
  reading.textContent = read;
  reading.hidden = read === '';
  // A result still listed keeps its passages until the new ones come, so the list does not jump at each keystroke.
  const passages = passagesByDoc();
  list.replaceChildren(...response.items.map((item) => resultElement(item, passages.get(item.docId))));
  clearTimeout(snippetsTimer);
  snippetsTimer = setTimeout(() => fillSnippets(id, 0, response.items.length), SNIPPETS_AFTER_MS);
  // Which query the list shows, for tools that wait for a search to finish (the benchmark's probe).
  list.dataset.query = request.query;
  empty.hidden = response.total !== 0;
  emptyFilters.hidden = filtered === 0;
  renderMore();
  // The filters follow once typing pauses: the results show without waiting for them, and the filter lists
  // do not flicker at every keystroke.
  clearTimeout(facetsTimer);
  facetsTimer = setTimeout(() => {
    if (onScreen?.id !== id) return;
    renderFacets(response.facets);
    // Nothing to narrow or order without results, unless a filter is what emptied them.
    refine.hidden = response.total === 0 && filtered === 0;
    if (refine.hidden && refine.contains(document.activeElement)) input.focus();
  }, FACETS_AFTER_MS);
}

function announce(text: string): void {
  clearTimeout(announceTimer);
  status.textContent = '';
  announceTimer = setTimeout(() => (status.textContent = text), ANNOUNCE_AFTER_MS);
}

function renderError(error: unknown): void {
  const message = error instanceof Error ? error.message : String(error);
  clearTimeout(announceTimer);
  onScreen = undefined;
  status.textContent = `Search could not run (${message}). Reload the page to try again.`;
  list.replaceChildren();
  empty.hidden = true;
  more.hidden = true;
}

function renderMore(): void {
  if (!onScreen || onScreen.results.total <= onScreen.shown) {
    more.hidden = true;
    return;
  }
  more.hidden = false;
  shownLine.textContent = shownText(onScreen.shown, onScreen.results.total);
}

function passagesByDoc(): Map<number, HTMLElement[]> {
  const passages = new Map<number, HTMLElement[]>();
  for (const entry of list.querySelectorAll<HTMLLIElement>(':scope > li')) {
    passages.set(Number(entry.dataset.doc), [...entry.querySelectorAll<HTMLElement>(':scope > .result__snippet')]);
  }
  return passages;
}

function resultElement(item: ResultItem, passages: readonly HTMLElement[] = []): HTMLLIElement {
  const entry = create('li', 'result');
  entry.dataset.doc = String(item.docId);
  const heading = create('h3', 'result__title');
  const link = create('a', undefined, item.title);
  link.href = articleUrl(item.slug);
  heading.append(link);
  entry.append(heading);
  if (item.authors.length > 0) entry.append(create('p', 'byline', `By ${joinNames(item.authors)}`));
  entry.append(publicationLine(item), ...passages);
  return entry;
}

/** Adds the passages of results `start` onward once the session has them, if that search is still on screen. */
function fillSnippets(searchId: number, start: number, count: number): void {
  if (onScreen?.id !== searchId) return;
  void onScreen.results.snippets(start, count).then(
    (shown) => {
      if (!shown || onScreen?.id !== searchId) return;
      const entries = list.querySelectorAll<HTMLLIElement>(':scope > li');
      shown.forEach((snippets, offset) => {
        const entry = entries[start + offset];
        if (!entry) return;
        const articleHref = entry.querySelector('.result__title a')?.getAttribute('href');
        for (const kept of entry.querySelectorAll(':scope > .result__snippet')) kept.remove();
        for (const snippet of snippets) {
          const passage = create('p', 'result__snippet');
          let holder: HTMLElement = passage;
          // A passage from a paragraph links to that paragraph, so the reader lands where the words are.
          if (snippet.anchor && articleHref) {
            const link = create('a');
            link.href = `${articleHref}#${snippet.anchor}`;
            passage.append(link);
            holder = link;
          }
          for (const run of snippetRuns(snippet)) {
            holder.append(run.marked ? create('mark', undefined, run.text) : document.createTextNode(run.text));
          }
          entry.append(passage);
        }
      });
    },
    () => undefined,
  );
}

/** As the article lists say it: "First published by X on D; republished by Global Research on D." */
function publicationLine(item: ResultItem): HTMLParagraphElement {
  const line = create('p', 'dateline');
  const time = (iso: string) => {
    const node = create('time', undefined, formatIsoDate(iso));
    node.dateTime = iso;
    return node;
  };
  if (!item.outlet) {
    line.append(`Published by ${site.publisher} on `, time(item.date), '.');
  } else {
    line.append(`First published by ${item.outlet}`);
    if (item.originalDate) line.append(' on ', time(item.originalDate));
    line.append(`; republished by ${site.publisher} on `, time(item.date), '.');
  }
  return line;
}

function renderFacets(facets: SearchResponse['facets']): void {
  const focused =
    document.activeElement instanceof HTMLInputElement && facetsBox.contains(document.activeElement)
      ? document.activeElement
      : null;
  // The box just unchecked stays on screen (with its new count) under the keyboard focus, even when it matches nothing now.
  const shown = { ...facets };
  if (focused) {
    const name = focused.name as FacetName;
    if (!shown[name].some((value) => value.key === focused.value)) {
      const label =
        focused.closest('label')?.querySelector('.facet__label')?.firstChild?.textContent?.trim() ?? focused.value;
      shown[name] = [...shown[name], { key: focused.value, label, count: 0, selected: false }];
    }
  }
  const fieldsets = FACETS.filter(({ name }) => shown[name].length > 0).map(({ name, legend }) =>
    facetFieldset(name, legend, shown[name]),
  );
  facetsBox.replaceChildren(...fieldsets);
  if (focused) {
    const again = [...facetsBox.querySelectorAll<HTMLInputElement>('input')].find(
      (box) => box.name === focused.name && box.value === focused.value,
    );
    again?.focus();
  }
}

function facetFieldset(name: FacetName, legend: string, values: readonly FacetCount[]): HTMLFieldSetElement {
  const fieldset = create('fieldset', 'facet');
  fieldset.append(create('legend', undefined, legend));
  const options = create('ul', 'facet__options');
  for (const value of values) {
    const option = create('li');
    const label = create('label');
    const box = create('input');
    box.type = 'checkbox';
    box.name = name;
    box.value = value.key;
    box.checked = value.selected;
    box.setAttribute('form', form.id);
    const text = create('span', 'facet__label', `${value.label} `);
    text.append(create('span', 'facet__count', resultCountText(value.count)));
    label.append(box, text);
    option.append(label);
    options.append(option);
  }
  fieldset.append(options);
  return fieldset;
}

function resultLinks(): HTMLAnchorElement[] {
  return [...list.querySelectorAll<HTMLAnchorElement>('.result__title a')];
}

// ---- events ----

function typed(): SearchRequest {
  return { ...current, query: input.value };
}

input.addEventListener('focus', warm);
input.addEventListener('input', () => {
  warm();
  // Every keystroke searches at once; answers a newer keystroke has overtaken are dropped.
  run(typed(), 'type');
});

input.addEventListener('keydown', (event) => {
  if (event.key === 'Escape' && input.value !== '') {
    event.preventDefault();
    input.value = '';
    run(typed(), 'type');
  } else if (event.key === 'ArrowDown' && !event.altKey && !event.shiftKey) {
    const links = resultLinks();
    if (links.length === 0) return;
    event.preventDefault();
    links[moveFocusIndex(-1, 'ArrowDown', links.length)]?.focus();
  }
});

list.addEventListener('keydown', (event) => {
  if ((event.key !== 'ArrowDown' && event.key !== 'ArrowUp') || event.altKey || event.shiftKey) return;
  const links = resultLinks();
  const index = links.indexOf(event.target as HTMLAnchorElement);
  if (index === -1) return;
  event.preventDefault();
  const next = moveFocusIndex(index, event.key, links.length);
  if (next === -1) input.focus();
  else links[next]?.focus();
});

form.addEventListener('submit', (event) => {
  event.preventDefault();
  const sort = sortInputs.find((radio) => radio.checked)?.value === 'date' ? 'date' : 'relevance';
  run({ ...current, query: input.value, sort }, 'commit');
});

facetsBox.addEventListener('change', (event) => {
  const box = event.target;
  if (!(box instanceof HTMLInputElement) || box.type !== 'checkbox') return;
  const name = box.name as FacetName;
  const others = current.filters[name].filter((value) => value !== box.value);
  const values = box.checked ? [...others, box.value].sort() : others;
  run({ ...current, query: input.value, filters: { ...current.filters, [name]: values } }, 'commit');
});

for (const radio of sortInputs) {
  radio.addEventListener('change', () => {
    if (radio.checked)
      run({ ...current, query: input.value, sort: radio.value === 'date' ? 'date' : 'relevance' }, 'commit');
  });
}

moreButton.addEventListener('click', showMore);

// Following a result, or leaving the page any other way, first records the search typed so far.
list.addEventListener('click', flushAddress, { capture: true });
window.addEventListener('pagehide', flushAddress);

window.addEventListener('popstate', () => {
  cancelTypedAddress();
  const request = requestFromParams(new URLSearchParams(location.search));
  entryCommitted = true;
  onScreen = undefined;
  run(request, 'none');
});

// The header box searches in place here, instead of reloading the page.
const headerForm = document.querySelector<HTMLFormElement>('form.header-search');
headerForm?.addEventListener('submit', (event) => {
  const box = headerForm.querySelector<HTMLInputElement>('input[name="q"]');
  if (!box) return;
  event.preventDefault();
  const query = box.value;
  box.value = '';
  input.focus();
  run({ ...current, query }, 'commit');
});

// ---- start ----

if (window.matchMedia(WIDE_LAYOUT).matches) refine.open = true;
renderControls(current);
updateTitle(current);
if (isActive(current)) run(current, 'none');
