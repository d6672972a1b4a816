import type { RemovalKind } from '../../articles/schemas/cleaning';
import { countWords } from '../../../shared/words';
import type { CleaningTally } from '../cleaning-tally';
import { collapseSpace } from '../tree-text';
import { classWords } from './class-words';

/** A publisher profile's own furniture: what its selector matches is removed and counted as `kind`. */
export interface FurnitureRule {
  selector: string;
  kind: RemovalKind;
}

/** Class and id words, by kind; the first kind that matches an element names it. */
const KIND_WORDS: readonly (readonly [RemovalKind, readonly string[]])[] = [
  ['cookie-notice', ['cookie', 'cookies', 'consent', 'gdpr']],
  ['subscription-box', ['newsletter', 'newsletters', 'subscribe', 'subscription', 'signup', 'mailinglist', 'optin']],
  ['share-bar', ['share', 'shares', 'sharing', 'social', 'sharedaddy', 'sharethis', 'addtoany']],
  [
    'related-links',
    ['related', 'relatedposts', 'readmore', 'readnext', 'morestories', 'morefrom', 'recommended', 'recommendations'],
  ],
  ['comment-section', ['comments', 'comment', 'commentlist', 'commentform', 'disqus', 'respond']],
];

/**
 * The most words a box of each kind holds. A wrapper that happens to carry a furniture word in its class (a
 * "sharing-enabled" article body) holds more than any share bar, so it stays.
 */
const MOST_WORDS: Record<string, number> = {
  'share-bar': 50,
  'subscription-box': 150,
  'cookie-notice': 250,
  'related-links': 400,
  'comment-section': Number.POSITIVE_INFINITY,
};
/** Related-article boxes are mostly headlines, that is links. */
const RELATED_LINK_SHARE = 0.3;
/** Elements that are the page or the article, or belong to a picture: never furniture. */
const NEVER_FURNITURE = new Set(['HTML', 'HEAD', 'BODY', 'MAIN', 'ARTICLE', 'FIGURE', 'FIGCAPTION', 'PICTURE', 'IMG']);
/** Inline elements: a link or an emphasis with a furniture class is a word in a sentence, not a box. */
const INLINE = new Set([
  'A',
  'ABBR',
  'B',
  'CITE',
  'CODE',
  'EM',
  'I',
  'MARK',
  'Q',
  'SMALL',
  'STRONG',
  'SUB',
  'SUP',
  'TIME',
]);
const ARTICLE_MARKERS = 'main, h1, [itemprop~="articleBody"]';
const BOX_TAGS = new Set(['DIV', 'SECTION', 'ASIDE', 'FOOTER', 'NAV', 'UL', 'OL', 'P', 'SPAN', 'DIALOG']);

const SHARE_ADDRESS = new RegExp(
  [
    String.raw`^https?://(?:[a-z]+\.)?facebook\.com/(?:sharer|share\.php|dialog/(?:share|feed))`,
    String.raw`^https?://(?:www\.|mobile\.)?(?:twitter|x)\.com/(?:intent/|share)`,
    String.raw`^https?://(?:wa\.me|(?:api|web)\.whatsapp\.com/send)`,
    String.raw`^whatsapp://send`,
    String.raw`^https?://(?:t\.me|telegram\.me)/share`,
    String.raw`^tg://msg`,
    String.raw`^https?://(?:www\.)?linkedin\.com/(?:shareArticle|sharing/)`,
    String.raw`^https?://(?:www\.)?reddit\.com/submit`,
    String.raw`^https?://(?:[a-z]+\.)?pinterest\.[a-z.]+/pin/create`,
    String.raw`^https?://(?:www\.)?vk\.com/share\.php`,
    String.raw`^https?://bsky\.app/intent/compose`,
    String.raw`^mailto:\?`,
  ].join('|'),
  'i',
);
/** Buttons beside share links that share nothing themselves: copy the link, print. */
const INERT_ADDRESS = /^(?:#|javascript:)/i;
const MOST_SHARE_LABEL_WORDS = 6;
const RELATED_HEADING =
  /^(?:read more|read next|related(?: articles?| stories| posts| coverage| content| reading)?|you (?:may|might) also like|more from\b.*|more stories|more on this(?: story)?|recommended(?: for you| reading)?|also read|see also|most read|most popular)\s*:?$/i;
const RELATED_LABEL = /^(?:read more|read also|also read|related|see also)\s*:\s*/i;
const MOST_RELATED_LABEL_LINKS = 3;
const MOSTLY_LINKS = 0.6;
const COOKIES = /\bcookies?\b/i;
const COOKIE_BUTTON = /^(?:ok|okay|got it|i agree|agree|allow(?: all)?(?: cookies)?|accept(?: all)?(?: cookies)?)$/i;
const MOST_EXTRA_BOX_WORDS = 30;
/** Not visible text: dropped without counting. */
const INVISIBLE = [
  'script, style, noscript, template, iframe, object, embed, video, audio, canvas, svg, base',
  // tracking pixels
  'img[width="0"], img[width="1"], img[height="0"], img[height="1"]',
].join(', ');
const FORM_CONTROLS = 'input, button, select, textarea, datalist';

/**
 * Removes what article extractors keep inside articles: newsletter boxes, share bars, cookie notices, related-
 * article lists and comments, counting each box in the tally. Class and id words, roles and link targets mark
 * them; a caption is never removed, nor anything that holds the article or its heading.
 */
export function removeFurniture(document: Document, tally: CleaningTally, rules: readonly FurnitureRule[] = []): void {
  const body = document.body;
  if (!body) return;
  const context: Context = { tally, pageWords: words(body), article: mainArticle(body) };
  for (const rule of rules) {
    for (const element of body.querySelectorAll(rule.selector)) {
      if (element.isConnected) remove(context, [element], rule.kind);
    }
  }
  removeByClassWords(context, body);
  removeEmailForms(context, body);
  removeShareLists(context, body);
  removeRelatedLists(context, body);
  removeCookieBanners(context, body);
}

/** Drops what a reader never sees as text (scripts, styles, embeds, form controls), without counting. */
export function removeInvisible(document: Document): void {
  for (const element of document.querySelectorAll(`${INVISIBLE}, ${FORM_CONTROLS}`)) element.remove();
}

interface Context {
  tally: CleaningTally;
  pageWords: number;
  /** The page's <article> element; comments are often <article> elements too. */
  article: Element | undefined;
}

/** The <article> holding the page's h1, else the longest. */
function mainArticle(body: Element): Element | undefined {
  const articles = [...body.querySelectorAll('article')];
  const headed = articles.find((article) => article.querySelector('h1'));
  if (headed) return headed;
  let longest: Element | undefined;
  let most = -1;
  for (const article of articles) {
    const count = words(article);
    if (count > most) [longest, most] = [article, count];
  }
  return longest;
}

function holdsArticle(context: Context, element: Element): boolean {
  return element.querySelector(ARTICLE_MARKERS) !== null || (!!context.article && element.contains(context.article));
}

function remove(context: Context, elements: Element[], kind: RemovalKind): void {
  for (const element of elements) element.remove();
  context.tally.removed(kind);
}

function removeByClassWords(context: Context, element: Element): void {
  for (const child of [...element.children]) {
    const kind = INLINE.has(child.tagName) ? undefined : classWordKind(child);
    if (kind && mayRemove(context, child, kind)) remove(context, [child], kind);
    else removeByClassWords(context, child);
  }
}

function classWordKind(element: Element): RemovalKind | undefined {
  const words = classWords(element);
  if (words.size === 0) return undefined;
  return KIND_WORDS.find(([, kindWords]) => kindWords.some((word) => words.has(word)))?.[0];
}

function mayRemove(context: Context, element: Element, kind: RemovalKind): boolean {
  if (NEVER_FURNITURE.has(element.tagName) || element.closest('figure, figcaption')) return false;
  if (holdsArticle(context, element)) return false;
  if (element.querySelector('figure') && kind !== 'related-links' && kind !== 'comment-section') return false;
  const count = words(element);
  if (count > MOST_WORDS[kind]! || count > context.pageWords / 2) return false;
  return kind !== 'related-links' || count === 0 || linkWords(element) / count >= RELATED_LINK_SHARE;
}

/** A form (or a form-less box) asking for an email address: a newsletter signup, or a comment form. */
function removeEmailForms(context: Context, body: Element): void {
  for (const input of body.querySelectorAll('input[type="email" i], input[name*="email" i]')) {
    if (!input.isConnected) continue;
    const form = input.closest('form') ?? input.parentElement;
    if (!form || form.querySelector('input[type="password" i]')) continue;
    const kind = form.querySelector('textarea') ? 'comment-section' : 'subscription-box';
    const box = enclosingBox(context, form);
    if (mayRemove(context, box, kind)) remove(context, [box], kind);
  }
}

/** The box around a form: the heading and blurb that introduce it go with it. */
function enclosingBox(context: Context, form: Element): Element {
  const formWords = words(form);
  let box = form;
  for (let parent = box.parentElement; parent && BOX_TAGS.has(parent.tagName); parent = parent.parentElement) {
    if (holdsArticle(context, parent) || words(parent) - formWords > MOST_EXTRA_BOX_WORDS) break;
    box = parent;
  }
  return box;
}

/** The widest box around share links that holds nothing but share links (two at least) and a short label. */
function removeShareLists(context: Context, body: Element): void {
  for (const link of body.querySelectorAll('a[href]')) {
    if (!link.isConnected || !isShareLink(link)) continue;
    let bar: Element | undefined;
    for (let box = link.parentElement; box && box !== body && holdsOnlyShareLinks(box); box = box.parentElement) {
      if ([...box.querySelectorAll('a')].filter(isShareLink).length >= 2) bar = box;
    }
    if (bar && mayRemove(context, bar, 'share-bar')) remove(context, [bar], 'share-bar');
  }
}

function isShareLink(link: Element): boolean {
  return SHARE_ADDRESS.test(link.getAttribute('href')?.trim() ?? '');
}

function holdsOnlyShareLinks(box: Element): boolean {
  const links = [...box.querySelectorAll('a')];
  return (
    links.every((link) => isShareLink(link) || INERT_ADDRESS.test(link.getAttribute('href')?.trim() ?? '#')) &&
    words(box) - linkWords(box) <= MOST_SHARE_LABEL_WORDS
  );
}

/**
 * Lists of links under a "Read more", "Related" or "You may also like" heading, and a paragraph that is only a
 * "Read more:" label and its links.
 */
function removeRelatedLists(context: Context, body: Element): void {
  for (const heading of body.querySelectorAll('h2, h3, h4, h5, h6, [role="heading"]')) {
    if (!heading.isConnected || !RELATED_HEADING.test(text(heading))) continue;
    const section = heading.parentElement;
    if (section && section !== body && BOX_TAGS.has(section.tagName) && isLinkList(section, heading)) {
      if (mayRemove(context, section, 'related-links')) remove(context, [section], 'related-links');
      continue;
    }
    const list = heading.nextElementSibling;
    if (list && (list.tagName === 'UL' || list.tagName === 'OL') && isLinkList(list)) {
      if (mayRemove(context, list, 'related-links')) remove(context, [heading, list], 'related-links');
    }
  }
  for (const paragraph of body.querySelectorAll('p')) {
    const label = paragraph.isConnected ? RELATED_LABEL.exec(text(paragraph)) : null;
    if (!label) continue;
    const links = [...paragraph.querySelectorAll('a[href]')];
    const linked = collapseSpace(links.map(text).join(' '));
    const rest = collapseSpace(
      text(paragraph)
        .slice(label[0].length)
        .replace(/[\s|•·,;]+/g, ' '),
    );
    const onlyLinks = links.length > 0 && links.length <= MOST_RELATED_LABEL_LINKS && rest === linked;
    if (onlyLinks && mayRemove(context, paragraph, 'related-links')) {
      remove(context, [paragraph], 'related-links');
    }
  }
}

function isLinkList(box: Element, heading?: Element): boolean {
  const count = words(box) - (heading ? words(heading) : 0);
  return box.querySelector('a[href]') !== null && count > 0 && linkWords(box) / count >= MOSTLY_LINKS;
}

/** A dialog about cookies, or the box around an "Accept cookies" button. */
function removeCookieBanners(context: Context, body: Element): void {
  for (const dialog of body.querySelectorAll('[role="dialog"], [role="alertdialog"], [aria-modal="true"], dialog')) {
    if (dialog.isConnected && COOKIES.test(text(dialog)) && mayRemove(context, dialog, 'cookie-notice')) {
      remove(context, [dialog], 'cookie-notice');
    }
  }
  for (const button of body.querySelectorAll('button, [role="button"], a')) {
    if (!button.isConnected || !COOKIE_BUTTON.test(text(button))) continue;
    let banner: Element | undefined;
    for (let box = button.parentElement; box && box !== body && BOX_TAGS.has(box.tagName); box = box.parentElement) {
      if (words(box) > MOST_WORDS['cookie-notice']!) break;
      if (COOKIES.test(text(box))) {
        banner = box;
        break;
      }
    }
    if (banner && mayRemove(context, banner, 'cookie-notice')) remove(context, [banner], 'cookie-notice');
  }
}

function text(element: Element): string {
  return collapseSpace(element.textContent ?? '');
}

function words(element: Element): number {
  return countWords(element.textContent ?? '');
}

function linkWords(element: Element): number {
  let count = 0;
  for (const link of element.querySelectorAll('a')) count += words(link);
  return count;
}
