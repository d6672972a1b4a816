import { site } from '../../../site.config';
import type { SearchRequest } from '../types';
import { addressFor, requestFromParams } from '../url-state';
import { ADDRESS_AFTER_MS, Pause } from './timers';
import { isActive, shortQueryText } from './view-model';

/**
 * How a search reaches the address bar: typed (rewriting the entry typing began, once the reader pauses),
 * committed (Enter, a filter or the sort: a new history entry), or not at all (it came from the address).
 */
export type AddressChange = 'type' | 'commit' | 'none';

/** The search the address describes. */
export function requestFromAddress(): SearchRequest {
  return requestFromParams(new URLSearchParams(location.search));
}

/** Keeps the address bar, the history and the title in step with the search, so it can be shared and Back finds it. */
export class SearchAddress {
  /**
   * Whether the current history entry holds a finished search (loaded from a URL, committed with Enter, or a
   * filter change): typing then starts a new entry instead of rewriting that one.
   */
  private entryCommitted: boolean;
  private typed: SearchRequest | undefined;
  private readonly typing = new Pause(ADDRESS_AFTER_MS);

  /** `onShortened` hears the query the address holds when it had to be shortened, and undefined when it did not. */
  constructor(
    loaded: SearchRequest,
    private readonly onShortened: (addressQuery: string | undefined) => void = () => undefined,
  ) {
    this.entryCommitted = isActive(loaded);
  }

  follow(request: SearchRequest, change: AddressChange): void {
    if (change === 'type') {
      this.typed = request;
      this.typing.start(() => this.flush());
    } else {
      this.cancelTyped();
      this.write(request, change);
    }
  }

  /** Writes a waiting typed address now: before leaving the page, so Back returns to this search. */
  flush(): void {
    if (!this.typed) return;
    this.typing.cancel();
    const request = this.typed;
    this.typed = undefined;
    this.write(request, 'type');
  }

  /** Back or Forward reached an entry, which holds a finished search. */
  restored(): void {
    this.cancelTyped();
    this.entryCommitted = true;
  }

  showTitle(request: SearchRequest): void {
    const query = request.query.trim();
    document.title = `${query ? `“${shortQueryText(query)}” · ` : ''}Search · ${site.name}`;
  }

  private cancelTyped(): void {
    this.typing.cancel();
    this.typed = undefined;
  }

  private write(request: SearchRequest, change: AddressChange): void {
    this.updateHistory(request, change);
    this.showTitle(request);
  }

  private updateHistory(request: SearchRequest, change: AddressChange): void {
    if (change === 'none') {
      // The search came from the address, which holds it whole.
      this.onShortened(undefined);
      return;
    }
    const { url, shortenedQuery } = addressFor(request, location.pathname, location.origin);
    this.onShortened(shortenedQuery);
    const changed = url !== `${location.pathname}${location.search}`;
    if (change === 'commit') {
      if (changed) history.pushState(null, '', url);
      this.entryCommitted = true;
    } else if (changed) {
      if (this.entryCommitted) history.pushState(null, '', url);
      else history.replaceState(null, '', url);
      this.entryCommitted = false;
    }
  }
}
