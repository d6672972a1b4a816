import type { SearchSession } from './search-session';

/**
 * The search engine, imported on first need (focus, typing, or a query in the address) so that loading the page
 * fetches none of it.
 */
export class LazySession {
  private session?: Promise<SearchSession>;

  get started(): boolean {
    return this.session !== undefined;
  }

  load(): Promise<SearchSession> {
    if (!this.session) {
      const loading = import('./search-session').then(({ createSearchSession }) => createSearchSession());
      // A failed download is tried again at the next search.
      loading.catch(() => (this.session = undefined));
      this.session = loading;
    }
    return this.session;
  }
}
