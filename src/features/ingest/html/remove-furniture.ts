import type { RemovalKind } from '../../articles/schemas/cleaning';
import { countWords } from '../../../shared/words';
import type { CleaningTally } from '../cleaning-tally';
import { collapseSpace } from '../tree-text';
import { classWords } from './class-words';
import { allElements, withTag } from './page-elements';

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

/** A furniture word's letters in a run, perhaps split by a hyphen or the like: a cheap test before classWords. */
const FURNITURE_LETTERS = new RegExp(
  KIND_WORDS.flatMap(([, words]) => words)
    .map((word) => word.split('').join('[^a-z0-9]?'))
    .join('|'),
  'i',
);

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
const NEVER_FURNITURE = new Set(['html', 'head', 'body', 'main', 'article', 'figure', 'figcaption', 'picture', 'img']);
/** Inline elements: a link or an emphasis with a furniture class is a word in a sentence, not a box. */
const INLINE = new Set([
  'a',
  'abbr',
  'b',
  'cite',
  'code',
  'em',
  'i',
  'mark',
  'q',
  'small',
  'strong',
  'sub',
  'sup',
  'time',
]);
const ARTICLE_MARKERS = 'main, h1, [itemprop~="articleBody"]';
const BOX_TAGS = new Set(['div', 'section', 'aside', 'footer', 'nav', 'ul', 'ol', 'p', 'span', 'dialog']);

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
/** Not visible text (scripts, styles, embeds, form controls): dropped without counting. */
const INVISIBLE = new Set(
  'script style noscript template iframe object embed video audio canvas svg base input button select textarea datalist'.split(
    ' ',
  ),
);
/** A tracking pixel's width or height. */
const PIXEL = /^[01]$/;
const DIALOG_ROLES = new Set(['dialog', 'alertdialog']);
const HEADINGS = new Set(['h2', 'h3', 'h4', 'h5', 'h6']);

/**
 * Removes what article extractors keep inside articles: newsletter boxes, share bars, cookie notices, related-
 * article lists and comments, counting each box in the tally. Class and id words, roles and link targets mark
 * them; a caption is never removed, nor anything that holds the article or its heading.
 */
export function removeFurniture(document: Document, tally: CleaningTally, rules: readonly FurnitureRule[] = []): void {
  const body = document.body;
  const elements = allElements(body);
  const pageText = body.textContent ?? '';
  const context: Context = {
    tally,
    body,
    pageWords: countWords(pageText),
    article: mainArticle(withTag(elements, 'article')),
  };
  for (const rule of rules) {
    for (const element of body.querySelectorAll(rule.selector)) {
      if (element.isConnected) remove(context, [element], rule.kind);
    }
  }
  // Each pass below meets elements an earlier one removed; `still` skips them.
  const still = (list: Element[]) => list.filter((element) => element.isConnected);
  removeByClassWords(context, still(elements));
  removeEmailForms(context, still(withTag(elements, 'input')));
  removeShareLists(context, still(withTag(elements, 'a')));
  const headings = elements.filter((element) => HEADINGS.has(element.localName) || isHeadingRole(element));
  removeRelatedLists(context, still(headings), withTag(elements, 'p'));
  if (COOKIES.test(pageText)) removeCookieBanners(context, still(elements));
}

/** Drops what a reader never sees as text (scripts, styles, embeds, form controls, tracking pixels), uncounted. */
export function removeInvisible(document: Document): void {
  for (const element of allElements(document)) {
    if (INVISIBLE.has(element.localName) || (element.localName === 'img' && isPixel(element))) element.remove();
  }
}

function isPixel(image: Element): boolean {
  return (
    PIXEL.test(image.getAttribute('width')?.trim() ?? '') || PIXEL.test(image.getAttribute('height')?.trim() ?? '')
  );
}

function isHeadingRole(element: Element): boolean {
  return element.getAttribute('role') === 'heading';
}

interface Context {
  tally: CleaningTally;
  body: Element;
  pageWords: number;
  /** The page's <article> element; comments are often <article> elements too. */
  article: Element | undefined;
}

/** The <article> holding the page's h1, else the longest. */
function mainArticle(articles: readonly Element[]): Element | undefined {
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

/** Outermost first: the elements come in document order, and a removed box takes its contents with it. */
function removeByClassWords(context: Context, elements: readonly Element[]): void {
  for (const element of elements) {
    if (!element.isConnected || INLINE.has(element.localName)) continue;
    const kind = classWordKind(element);
    if (kind && mayRemove(context, element, kind)) remove(context, [element], kind);
  }
}

function classWordKind(element: Element): RemovalKind | undefined {
  // Splitting every class name into words is the slow part; most class names hold no furniture word at all.
  const names = `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`;
  if (!FURNITURE_LETTERS.test(names)) return undefined;
  const words = classWords(element);
  if (words.size === 0) return undefined;
  return KIND_WORDS.find(([, kindWords]) => kindWords.some((word) => words.has(word)))?.[0];
}

function mayRemove(context: Context, element: Element, kind: RemovalKind): boolean {
  if (NEVER_FURNITURE.has(element.localName) || element.closest('figure, figcaption')) return false;
  if (holdsArticle(context, element)) return false;
  if (element.querySelector('figure') && kind !== 'related-links' && kind !== 'comment-section') return false;
  const count = words(element);
  if (count > MOST_WORDS[kind]! || count > context.pageWords / 2) return false;
  return kind !== 'related-links' || count === 0 || linkWords(element) / count >= RELATED_LINK_SHARE;
}

/** A form (or a form-less box) asking for an email address: a newsletter signup, or a comment form. */
function removeEmailForms(context: Context, inputs: readonly Element[]): void {
  for (const input of inputs) {
    if (!input.isConnected || !asksForEmail(input)) continue;
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
  for (let parent = box.parentElement; parent && BOX_TAGS.has(parent.localName); parent = parent.parentElement) {
    if (holdsArticle(context, parent) || words(parent) - formWords > MOST_EXTRA_BOX_WORDS) break;
    box = parent;
  }
  return box;
}

/** The widest box around share links that holds nothing but share links (two at least) and a short label. */
function removeShareLists(context: Context, links: readonly Element[]): void {
  for (const link of links) {
    if (!link.isConnected || !isShareLink(link)) continue;
    let bar: Element | undefined;
    for (
      let box = link.parentElement;
      box && box !== context.body && holdsOnlyShareLinks(box);
      box = box.parentElement
    ) {
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
function removeRelatedLists(context: Context, headings: readonly Element[], paragraphs: readonly Element[]): void {
  for (const heading of headings) {
    if (!heading.isConnected || !RELATED_HEADING.test(text(heading))) continue;
    const section = heading.parentElement;
    if (section && section !== context.body && BOX_TAGS.has(section.localName) && isLinkList(section, heading)) {
      if (mayRemove(context, section, 'related-links')) remove(context, [section], 'related-links');
      continue;
    }
    const list = heading.nextElementSibling;
    if (list && (list.localName === 'ul' || list.localName === 'ol') && isLinkList(list)) {
      if (mayRemove(context, list, 'related-links')) remove(context, [heading, list], 'related-links');
    }
  }
  for (const paragraph of paragraphs) {
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
function removeCookieBanners(context: Context, elements: readonly Element[]): void {
  for (const dialog of elements.filter(isDialog)) {
    if (dialog.isConnected && COOKIES.test(text(dialog)) && mayRemove(context, dialog, 'cookie-notice')) {
      remove(context, [dialog], 'cookie-notice');
    }
  }
  for (const button of elements.filter(isButtonLike)) {
    if (!button.isConnected || !COOKIE_BUTTON.test(text(button))) continue;
    let banner: Element | undefined;
    for (
      let box = button.parentElement;
      box && box !== context.body && BOX_TAGS.has(box.localName);
      box = box.parentElement
    ) {
      if (words(box) > MOST_WORDS['cookie-notice']!) break;
      if (COOKIES.test(text(box))) {
        banner = box;
        break;
      }
    }
    if (banner && mayRemove(context, banner, 'cookie-notice')) remove(context, [banner], 'cookie-notice');
  }
}

function isDialog(element: Element): boolean {
  return (
    element.localName === 'dialog' ||
    DIALOG_ROLES.has(element.getAttribute('role') ?? '') ||
    element.getAttribute('aria-modal') === 'true'
  );
}

function isButtonLike(element: Element): boolean {
  return element.localName === 'button' || element.localName === 'a' || element.getAttribute('role') === 'button';
}

function asksForEmail(input: Element): boolean {
  return (
    input.getAttribute('type')?.trim().toLowerCase() === 'email' ||
    (input.getAttribute('name') ?? '').toLowerCase().includes('email')
  );
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
