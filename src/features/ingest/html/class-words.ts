const LONGEST_COMPOUND = 4;

/**
 * The words an element's class names and id are made of, split at hyphens, underscores and camelCase humps,
 * lower-cased, with each run of up to four neighbouring words also joined into one ("sign-up" gives "sign",
 * "up" and "signup"). Matching whole words keeps "sharecropper" from reading as "share".
 */
export function classWords(element: Element): Set<string> {
  const words = new Set<string>();
  const names = `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`.split(/\s+/);
  for (const name of names) {
    const parts = name
      .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
      .toLowerCase()
      .split(/[^a-z0-9]+/)
      .filter(Boolean);
    for (let start = 0; start < parts.length; start += 1) {
      for (let end = start + 1; end <= Math.min(parts.length, start + LONGEST_COMPOUND); end += 1) {
        words.add(parts.slice(start, end).join(''));
      }
    }
  }
  return words;
}
