/**
 * The English month names, the one list the archive reads and writes dates with. The platform spells them, so no
 * copy of the list is typed out anywhere.
 */
const LONG_MONTH = new Intl.DateTimeFormat('en', { month: 'long', timeZone: 'UTC' });

/** January first. */
export const MONTH_NAMES: readonly string[] = Array.from({ length: 12 }, (_, index) =>
  LONG_MONTH.format(Date.UTC(2000, index, 1)),
);

/** 12 → "December". */
export function monthName(month: number): string {
  const name = MONTH_NAMES[month - 1];
  if (name === undefined) throw new RangeError(`there is no month ${month}`);
  return name;
}

/** "december" → 12, in any case; null for a word that is not a month's full name. */
export function monthNumber(name: string): number | null {
  const lower = name.toLowerCase();
  const index = MONTH_NAMES.findIndex((candidate) => candidate.toLowerCase() === lower);
  return index === -1 ? null : index + 1;
}

/**
 * A month as English prose writes it, as an alternation for a regular expression (wrap it in a group): its full
 * name, its first three letters ("Dec"), or "Sept", which British writers use. Match it case-insensitively.
 */
export const MONTH_WORD = [
  ...MONTH_NAMES,
  ...MONTH_NAMES.filter((name) => name.length > 3).map((name) => name.slice(0, 3)),
  'Sept',
].join('|');
