/**
 * The separator to print before each of `count` names: "A", "A and B", "A, B and C".
 * Returned separately so pages can link each name.
 */
export function listSeparators(count: number): string[] {
  return Array.from({ length: count }, (_, index) => {
    if (index === 0) return '';
    return index === count - 1 ? ' and ' : ', ';
  });
}

/** "A", "A and B", "A, B and C". */
export function joinNames(names: readonly string[]): string {
  const separators = listSeparators(names.length);
  return names.map((name, index) => `${separators[index]}${name}`).join('');
}
