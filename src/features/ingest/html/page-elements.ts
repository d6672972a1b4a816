/**
 * Every element under a root, in document order, from one walk. linkedom answers each querySelectorAll by
 * compiling the selector and testing it on every element of the page; the extractor asks a dozen questions of
 * the whole page, so it walks once and filters the list instead.
 */
export function allElements(root: Document | Element): Element[] {
  // linkedom's getElementsByTagName does not know "*".
  return [...root.querySelectorAll('*')];
}

/**
 * The elements with one of these (lower-case) names, in document order. Code here reads `localName`, not
 * `tagName`: linkedom upper-cases the name anew on every read of `tagName`.
 */
export function withTag(elements: readonly Element[], ...localNames: string[]): Element[] {
  const wanted = new Set(localNames);
  return elements.filter((element) => wanted.has(element.localName));
}

/** Whether a space-separated attribute (rel, itemprop, role) lists this token, in any case. */
export function hasToken(element: Element, attribute: string, token: string): boolean {
  const value = element.getAttribute(attribute);
  return !!value && value.toLowerCase().split(/\s+/).includes(token.toLowerCase());
}
