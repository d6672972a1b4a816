/**
 * The /search/ page's state and what changes it: runs each search, keeps the address in step, and renders the
 * answer. Everything from the index is capture text and goes into the page through textContent only.
 */
import type { SearchRequest } from '../types';
import { requestFromAddress, SearchAddress, type AddressChange } from './address';
import { renderFacets } from './facet-controls';
import { LazySession } from './lazy-session';
import type { SearchPageElements } from './page-elements';
import { passagesByDoc, resultElement, resultEntries, showPassages } from './result-list';
import type { SearchResults } from './search-session';
import { ANNOUNCE_AFTER_MS, FACETS_AFTER_MS, Pause, SLOW_MS, SNIPPETS_AFTER_MS } from './timers';
import {
  PAGE_SIZE,
  isActive,
  needsWordToFind,
  nextBatch,
  readingText,
  sameRequest,
  selectedCount,
  shortenedAddressText,
  shownText,
  statusText,
} from './view-model';

interface OnScreen {
  search: number;
  results: SearchResults;
  shown: number;
}

interface PageState {
  /** The search the page shows (or is about to): the URL's, the box's and the filters' single source of truth. */
  current: SearchRequest;
  /** How many searches have been sent; each search is known by its number. */
  searchesSent: number;
  /** The newest search sent, or 0: only its answer is rendered, so a slow old answer never replaces a newer one. */
  latestSearch: number;
  /** The search whose results are on screen, for "Show more results". */
  onScreen: OnScreen | undefined;
}

const WIDE_LAYOUT = '(min-width: 60rem)';

export class SearchPageController {
  private readonly state: PageState;
  private readonly session = new LazySession();
  private readonly address: SearchAddress;
  private readonly slowNotice = new Pause(SLOW_MS);
  private readonly announcement = new Pause(ANNOUNCE_AFTER_MS);
  private readonly facetsUpdate = new Pause(FACETS_AFTER_MS);
  private readonly snippetsUpdate = new Pause(SNIPPETS_AFTER_MS);

  constructor(private readonly page: SearchPageElements) {
    const current = requestFromAddress();
    this.state = { current, searchesSent: 0, latestSearch: 0, onScreen: undefined };
    this.address = new SearchAddress(current, (addressQuery) => this.showAddressNote(addressQuery));
  }

  get current(): SearchRequest {
    return this.state.current;
  }

  /** Shows the search the address holds, as the page opens. */
  start(): void {
    const { current } = this.state;
    if (window.matchMedia(WIDE_LAYOUT).matches) this.page.refine.open = true;
    this.renderControls(current);
    this.address.showTitle(current);
    if (isActive(current)) this.run(current, 'none');
  }

  run(request: SearchRequest, change: AddressChange): void {
    const { state } = this;
    const unchanged = sameRequest(request, state.current) && state.onScreen !== undefined;
    state.current = request;
    this.renderControls(request);
    this.address.follow(request, change);
    if (unchanged && change !== 'none') return;
    if (!isActive(request)) {
      state.latestSearch = 0;
      this.clearResults();
      return;
    }
    const search = ++state.searchesSent;
    state.latestSearch = search;
    this.slowNotice.start(() => {
      if (state.latestSearch === search) this.page.status.textContent = 'Searching…';
    });
    void this.session
      .load()
      .then((session) => session.search(request, PAGE_SIZE))
      .then(
        (results) => {
          if (search !== state.latestSearch) return;
          this.slowNotice.cancel();
          if (results) this.renderResults(search, request, results);
        },
        (error: unknown) => {
          if (search !== state.latestSearch) return;
          this.slowNotice.cancel();
          this.renderError(error);
        },
      );
  }

  /** Loads the engine and the index manifest before the first search needs them. */
  warm(): void {
    if (this.session.started) return;
    // A failure here shows at the search that follows, which tries again.
    void this.session
      .load()
      .then((session) => session.warm())
      .catch(() => undefined);
  }

  showMore(): void {
    const { state, page } = this;
    const screen = state.onScreen;
    if (!screen) return;
    const batch = nextBatch(screen.shown, screen.results.total);
    if (!batch) return;
    page.moreButton.disabled = true;
    void screen.results.more(batch.start, batch.count).then(
      (items) => {
        page.moreButton.disabled = false;
        if (!items || state.onScreen !== screen || screen.search !== state.latestSearch) return;
        const entries = items.map((item) => resultElement(item));
        page.list.append(...entries);
        this.fillSnippets(screen, batch.start, entries.length);
        screen.shown += entries.length;
        this.renderMore();
        entries[0]?.querySelector<HTMLAnchorElement>('.result__title a')?.focus();
      },
      (error: unknown) => {
        page.moreButton.disabled = false;
        this.renderError(error);
      },
    );
  }

  /** Records the search typed so far, before the reader leaves the page. */
  flushAddress(): void {
    this.address.flush();
  }

  /** Back or Forward: shows the search of the history entry reached. */
  restoreFromAddress(): void {
    this.address.restored();
    this.state.onScreen = undefined;
    this.run(requestFromAddress(), 'none');
  }

  private showAddressNote(addressQuery: string | undefined): void {
    const { addressNote } = this.page;
    addressNote.textContent = addressQuery === undefined ? '' : shortenedAddressText(addressQuery);
    addressNote.hidden = addressQuery === undefined;
  }

  private renderControls(request: SearchRequest): void {
    const { input, sortInputs } = this.page;
    if (input.value !== request.query) input.value = request.query;
    for (const radio of sortInputs) radio.checked = radio.value === request.sort;
  }

  private clearResults(): void {
    const { page } = this;
    this.slowNotice.cancel();
    this.announcement.cancel();
    this.facetsUpdate.cancel();
    this.snippetsUpdate.cancel();
    this.state.onScreen = undefined;
    page.status.textContent = '';
    page.reading.hidden = true;
    page.reading.textContent = '';
    page.list.replaceChildren();
    page.list.dataset.query = '';
    page.empty.hidden = true;
    page.needsWord.hidden = true;
    page.more.hidden = true;
    page.refine.hidden = true;
    page.facetsBox.replaceChildren();
  }

  private renderResults(search: number, request: SearchRequest, results: SearchResults): void {
    const { page, state } = this;
    const screen: OnScreen = { search, results, shown: results.items.length };
    state.onScreen = screen;
    const filtered = selectedCount(results.facets);
    this.announce(statusText(results.total, request.query, filtered > 0));
    page.refineActive.textContent = filtered > 0 ? `(${filtered} active)` : '';
    const read = readingText(results.parsed);
    page.reading.textContent = read;
    page.reading.hidden = read === '';
    // A result still listed keeps its passages until the new ones come, so the list does not jump at each keystroke.
    const passages = passagesByDoc(page.list);
    page.list.replaceChildren(...results.items.map((item) => resultElement(item, passages.get(item.docId))));
    this.snippetsUpdate.start(() => this.fillSnippets(screen, 0, results.items.length));
    // Which query the list shows, for tools that wait for a search to finish (the benchmark's probe).
    page.list.dataset.query = request.query;
    const needsWord = results.total === 0 && needsWordToFind(request.query);
    page.needsWord.hidden = !needsWord;
    page.empty.hidden = results.total !== 0 || needsWord;
    page.emptyFilters.hidden = filtered === 0;
    this.renderMore();
    // The filters follow once typing pauses: the results show without waiting for them, and the filter lists
    // do not flicker at every keystroke.
    this.facetsUpdate.start(() => {
      if (state.onScreen !== screen) return;
      renderFacets(page.facetsBox, results.facets, page.form.id);
      // Nothing to narrow or order without results, unless a filter is what emptied them.
      page.refine.hidden = results.total === 0 && filtered === 0;
      if (page.refine.hidden && page.refine.contains(document.activeElement)) page.input.focus();
    });
  }

  private announce(text: string): void {
    const { status } = this.page;
    status.textContent = '';
    this.announcement.start(() => (status.textContent = text));
  }

  private renderError(error: unknown): void {
    const { page } = this;
    const message = error instanceof Error ? error.message : String(error);
    this.announcement.cancel();
    this.state.onScreen = undefined;
    page.status.textContent = `Search could not run (${message}). Reload the page to try again.`;
    page.list.replaceChildren();
    page.empty.hidden = true;
    page.needsWord.hidden = true;
    page.more.hidden = true;
  }

  private renderMore(): void {
    const { page } = this;
    const screen = this.state.onScreen;
    if (!screen || screen.results.total <= screen.shown) {
      page.more.hidden = true;
      return;
    }
    page.more.hidden = false;
    page.shownLine.textContent = shownText(screen.shown, screen.results.total);
  }

  /** Adds the passages of results `start` onward once the session has them, if that search is still on screen. */
  private fillSnippets(screen: OnScreen, start: number, count: number): void {
    if (this.state.onScreen !== screen) return;
    void screen.results.snippets(start, count).then(
      (snippets) => {
        if (!snippets || this.state.onScreen !== screen) return;
        const entries = resultEntries(this.page.list);
        snippets.forEach((shown, offset) => {
          const entry = entries[start + offset];
          if (entry) showPassages(entry, shown);
        });
      },
      // A passage that cannot load leaves its result without one; the next search tries again.
      () => undefined,
    );
  }
}
