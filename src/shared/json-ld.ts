/**
 * JSON for a <script type="application/ld+json"> element. "<" is written as \u003c (and ">" and "&" alike), so
 * text such as "</script>" in a title cannot end the element; U+2028 and U+2029 are escaped for old parsers.
 */
export function serializeJsonLd(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
