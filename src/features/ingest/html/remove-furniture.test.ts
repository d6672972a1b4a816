import { describe, expect, it } from 'vitest';
import type { Cleaning } from '../../articles/schemas/cleaning';
import { CleaningTally } from '../cleaning-tally';
import { collapseSpace } from '../tree-text';
import { parseDocument } from './parse-document';
import { removeFurniture, removeInvisible, type FurnitureRule } from './remove-furniture';

const STORY =
  '<p>The lock keeper opened the upper gates at six, and the first barge of the season slid into the chamber with a load of slate.</p>' +
  '<p>By noon eleven boats had passed through, more than on any day of last summer, and the towpath café had run out of bread.</p>' +
  '<p>The canal trust says the new gates should last forty years if the winter floods are kind to them.</p>';

function clean(bodyHtml: string, rules: FurnitureRule[] = []): { text: string; removed: Cleaning['removed'] } {
  const document = parseDocument(`<html><body>${bodyHtml}</body></html>`);
  const tally = new CleaningTally();
  removeFurniture(document, tally, rules);
  // Tags read as spaces, so text from neighbouring blocks does not run together.
  return { text: collapseSpace(document.body.innerHTML.replace(/<[^>]*>/g, ' ')), removed: tally.toRecord().removed };
}

describe('removeFurniture: boxes marked by class and id words', () => {
  it.each([
    [
      'a newsletter box',
      '<div class="newsletter-box"><h3>Weekly</h3><p>Sign up for the canal letter.</p></div>',
      'subscription-box',
    ],
    ['a sign-up box', '<aside id="sign-up"><p>Join us.</p></aside>', 'subscription-box'],
    ['a share bar', '<div class="post-share"><a href="#">Share</a></div>', 'share-bar'],
    ['a cookie notice', '<div class="cookieConsent"><p>We use cookies.</p></div>', 'cookie-notice'],
    ['a related list', '<ul class="related-posts"><li><a href="/a">The old lock</a></li></ul>', 'related-links'],
    ['a Disqus thread', '<div id="disqus_thread"><p>Load the comments</p></div>', 'comment-section'],
  ] as const)('removes %s and counts it', (_label, box, kind) => {
    const { text, removed } = clean(`<article><h1>Gates</h1>${STORY}${box}</article>`);
    expect(text).toBe(collapseSpace(`Gates ${clean(STORY).text}`));
    expect(removed).toEqual([{ kind, count: 1 }]);
  });

  it('matches whole words only', () => {
    const html = `<article><h1>Gates</h1><div class="sharecropper socialism commentary">${STORY}</div></article>`;
    expect(clean(html).removed).toEqual([]);
  });

  it('never removes a caption or a figure, whatever their classes say', () => {
    const figure =
      '<figure class="share-image"><img alt="Gates"><figcaption class="social-caption">The new gates. Photo: L. Marsh</figcaption></figure>';
    const { text, removed } = clean(`<article><h1>Gates</h1>${STORY}${figure}</article>`);
    expect(text).toContain('The new gates. Photo: L. Marsh');
    expect(removed).toEqual([]);
  });

  it('never removes what holds the article, or a wrapper longer than any box of its kind', () => {
    const html = `<div class="layout comments-open"><article><h1>Gates</h1><div class="body sharing-enabled">${STORY}</div></article></div>`;
    expect(clean(html)).toEqual({ text: `Gates ${clean(STORY).text}`, removed: [] });
  });

  it('removes a comment section made of <article> elements', () => {
    const comments = '<section id="comments"><article class="comment"><p>Well done, trust.</p></article></section>';
    const { text, removed } = clean(`<article><h1>Gates</h1>${STORY}</article>${comments}`);
    expect(text).not.toContain('Well done');
    expect(removed).toEqual([{ kind: 'comment-section', count: 1 }]);
  });

  it('removes what a profile’s rules select, under the profile’s kind', () => {
    const { text, removed } = clean(`<article><h1>Gates</h1>${STORY}<p class="promo">Visit our shop.</p></article>`, [
      { selector: '.promo', kind: 'advertisement' },
    ]);
    expect(text).not.toContain('shop');
    expect(removed).toEqual([{ kind: 'advertisement', count: 1 }]);
  });
});

describe('removeFurniture: boxes known by what they hold', () => {
  it('removes a list of share links with its label, and no link that merely points at a social site', () => {
    const shares =
      '<div><span>Share:</span><ul><li><a href="https://www.facebook.com/sharer/sharer.php?u=x">Facebook</a></li>' +
      '<li><a href="https://x.com/intent/tweet?url=x">X</a></li><li><a href="https://t.me/share/url?url=x">Telegram</a></li>' +
      '<li><a href="#" >Copy link</a></li></ul></div>';
    const follow = '<p>Follow the trust on <a href="https://www.facebook.com/canaltrust">Facebook</a>.</p>';
    const { text, removed } = clean(`<article><h1>Gates</h1>${STORY}${shares}${follow}</article>`);
    expect(text).not.toMatch(/Share:|Telegram|Copy link/);
    expect(text).toContain('Follow the trust on Facebook');
    expect(removed).toEqual([{ kind: 'share-bar', count: 1 }]);
  });

  it('removes a newsletter form with the heading and blurb around it', () => {
    const box =
      '<div><h3>Canal news by email</h3><p>Once a month, no spam.</p><form><input type="email" name="address"><button>Join</button></form></div>';
    const { text, removed } = clean(`<article><h1>Gates</h1>${STORY}${box}</article>`);
    expect(text).not.toMatch(/Canal news|no spam|Join/);
    expect(removed).toEqual([{ kind: 'subscription-box', count: 1 }]);
  });

  it('counts a form asking for an email and a comment as the comment section, and leaves a login form', () => {
    const commentForm = '<form><textarea></textarea><input name="email"><button>Post comment</button></form>';
    expect(clean(`<article><h1>Gates</h1>${STORY}${commentForm}</article>`).removed).toEqual([
      { kind: 'comment-section', count: 1 },
    ]);
    const login = '<form><input type="email"><input type="password"><button>Sign in</button></form>';
    expect(clean(`<article><h1>Gates</h1>${STORY}${login}</article>`).removed).toEqual([]);
  });

  it('removes a list of links under a "You may also like" heading, and a "Read more:" line', () => {
    const list =
      '<h2>You may also like</h2><ul><li><a href="/a">Dredging the basin</a></li><li><a href="/b">Boats for hire</a></li></ul>';
    const line = '<p>Read more: <a href="/c">How a lock works</a></p>';
    const { text, removed } = clean(`<article><h1>Gates</h1>${STORY}${line}${list}</article>`);
    expect(text).not.toMatch(/also like|Dredging|Read more|How a lock/);
    expect(removed).toEqual([{ kind: 'related-links', count: 2 }]);
  });

  it('keeps a "Related" heading over text that is not links, and a sentence that starts "Read more"', () => {
    const section = '<h2>Related</h2><p>The trust also manages two reservoirs upstream, both full this spring.</p>';
    const sentence = '<p>Read more about the gates in the trust’s annual report, out in June.</p>';
    expect(clean(`<article><h1>Gates</h1>${STORY}${section}${sentence}</article>`).removed).toEqual([]);
  });

  it('removes a cookie dialog, and a banner around an "Accept" button that mentions cookies', () => {
    const dialog = '<div role="dialog" aria-label="Privacy"><p>This site uses cookies to count visits.</p></div>';
    const banner = '<div class="bar"><p>We store cookies on your device.</p><button>Accept all</button></div>';
    const { text, removed } = clean(`${dialog}${banner}<article><h1>Gates</h1>${STORY}</article>`);
    expect(text).not.toMatch(/cookies/);
    expect(removed).toEqual([{ kind: 'cookie-notice', count: 2 }]);
  });
});

describe('removeInvisible', () => {
  it('drops scripts, styles, embeds, form controls and tracking pixels without a trace', () => {
    const document = parseDocument(
      '<html><head><style>p{}</style></head><body><p>Kept</p><script>x()</script><noscript>Enable JS</noscript><iframe src="https://video.example"></iframe><svg><title>Icon</title></svg><button>Menu</button><img width="1" height="1" alt="pixel"><img alt="Photo"></body></html>',
    );
    removeInvisible(document);
    expect(document.body.innerHTML).toBe('<p>Kept</p><img alt="Photo">');
    expect(document.head.innerHTML).toBe('');
  });
});
