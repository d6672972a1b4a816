// Installed in every page the bench opens, before the page's own scripts (Playwright addInitScript).
//
// It counts keydowns. Once armed for a query of N keys, the first DOM change after the Nth key that puts the
// expected article among the first ten `#search-results li` items ends the measurement, timed from that key's
// event time (the same clock as performance.now()). Renders of a prefix before the last key do not count, and no
// Playwright round trip sits inside the measured span.
(() => {
  let keydowns = 0;
  /** @type {null | { path: string, startCount: number, keys: number, settle: 'data-query' | 'quiet' | null,
   *   lastKeyAt: number | null, lastChangeAt: number | null, done: null | ((outcome: object) => void),
   *   outcome: null | { ms: number | null, rank: number } }} */
  let armed = null;

  function rankOf(path) {
    const items = [...document.querySelectorAll('#search-results li')].slice(0, 10);
    return items.findIndex((item) =>
      [...item.querySelectorAll('a[href]')].some((link) => {
        const linked = new URL(link.href, location.href).pathname;
        return linked === path || `${linked}/` === path;
      }),
    );
  }

  function finish(outcome) {
    if (!armed || armed.outcome) return;
    armed.outcome = outcome;
    if (armed.done) armed.done(outcome);
  }

  addEventListener(
    'keydown',
    (event) => {
      keydowns += 1;
      if (armed && keydowns - armed.startCount === armed.keys) armed.lastKeyAt = event.timeStamp;
    },
    true,
  );

  new MutationObserver(() => {
    if (!armed || armed.lastKeyAt === null || armed.outcome) return;
    const now = performance.now();
    armed.lastChangeAt = now;
    const rank = rankOf(armed.path);
    if (rank >= 0) finish({ ms: now - armed.lastKeyAt, rank });
  }).observe(document, { subtree: true, childList: true, characterData: true, attributes: true });

  window.__benchProbe = {
    arm(path, keys, settle) {
      armed = {
        path,
        startCount: keydowns,
        keys,
        settle,
        lastKeyAt: null,
        lastChangeAt: null,
        done: null,
        outcome: null,
      };
    },

    /**
     * Resolves with { ms, rank } once the article shows, or with { ms: null, rank } when time runs out or (for
     * recall queries, `settle` set) the page has finished rendering this query without it.
     */
    wait(timeoutMs, query) {
      const current = armed;
      if (!current) return Promise.reject(new Error('probe: wait() before arm()'));
      if (current.outcome) return Promise.resolve(current.outcome);
      return new Promise((resolve) => {
        const started = performance.now();
        const poll = setInterval(() => {
          const now = performance.now();
          let settled = false;
          if (current.settle === 'data-query') {
            const list = document.querySelector('#search-results');
            settled = current.lastKeyAt !== null && list instanceof HTMLElement && list.dataset.query === query;
          } else if (current.settle === 'quiet') {
            // No stamp to read: the results and status have stopped changing for a while.
            const since = current.lastChangeAt ?? current.lastKeyAt ?? started;
            settled = now - since > (current.lastChangeAt === null ? 1500 : 500);
          }
          if (settled || now - started > timeoutMs) {
            // Present without a fresh render after the last key counts as found, but has no time.
            finish({ ms: null, rank: rankOf(current.path) });
          }
        }, 20);
        current.done = (outcome) => {
          clearInterval(poll);
          resolve(outcome);
        };
      });
    },
  };
})();
