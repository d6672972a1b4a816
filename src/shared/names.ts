/**
 * British English, as the rest of the site writes: "A, B and C". Plain "en" is American and adds the serial comma
 * ("A, B, and C").
 */
const conjunction = new Intl.ListFormat('en-GB', { style: 'long', type: 'conjunction' });

/**
 * The separator to print before each of `count` names: "A", "A and B", "A, B and C".
 * Returned separately so pages can link each name.
 */
export function listSeparators(count: number): string[] {
  const separators: string[] = [];
  let pending = '';
  for (const part of conjunction.formatToParts(Array.from({ length: count }, (_, index) => String(index)))) {
    if (part.type === 'literal') {
      pending += part.value;
    } else {
      separators.push(pending);
      pending = '';
    }
  }
  return separators;
}

/** "A", "A and B", "A, B and C". */
export function joinNames(names: readonly string[]): string {
  return conjunction.format(names);
}
