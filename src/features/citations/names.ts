/**
 * How a byline credit is named in a reference list. Bylines carry no "person or organisation" flag, so one rule
 * decides: a credit with the same slug as the outlet that first published the piece is that outlet (a blog or
 * agency writing under its own name); every other credit is a person.
 */

export interface PersonName {
  kind: 'person';
  /** Family name, with its particle: "Van Auken". */
  family: string;
  /** Given names: "Bill". Empty when the byline gives a single name. */
  given: string;
  /** The name as credited, honorific included. */
  credited: string;
}

export interface OrganizationName {
  kind: 'organization';
  name: string;
}

export type ReferenceName = PersonName | OrganizationName;

/** Titles a reference list leaves out: Chicago cites "Anderson, Tim", not "Anderson, Prof. Tim". */
const HONORIFIC = /^(?:prof(?:essor)?|dr|mr|mrs|ms|mx|sir|dame|rev(?:erend)?)\.?\s+/i;

/** Words that open a family name ("Van Auken", "de la Cruz", "al-Assad" is one word already). */
const FAMILY_PARTICLES = new Set([
  'van',
  'von',
  'de',
  'del',
  'della',
  'der',
  'den',
  'di',
  'da',
  'du',
  'la',
  'le',
  'dos',
  'das',
  'ter',
  'ten',
  'bin',
  'ibn',
  'al',
  'el',
  'abu',
]);

/** "Jr." and the like stay with the family name rather than being taken for it. */
const SUFFIX = /^(?:jr|sr|ii|iii|iv)\.?$/i;

export function splitPersonName(credited: string): PersonName {
  const words = credited.replace(HONORIFIC, '').trim().split(/\s+/u);
  const suffix = words.length > 2 && SUFFIX.test(words.at(-1)!) ? words.pop()! : undefined;
  if (words.length === 1) return { kind: 'person', family: words[0]!, given: '', credited };
  const particleAt = words.findIndex((word, index) => index > 0 && FAMILY_PARTICLES.has(word.toLowerCase()));
  const familyStart = particleAt > 0 && particleAt < words.length - 1 ? particleAt : words.length - 1;
  const family = words.slice(familyStart).join(' ') + (suffix ? ` ${suffix}` : '');
  return { kind: 'person', family, given: words.slice(0, familyStart).join(' '), credited };
}

export function referenceName(credit: { name: string; slug: string }, originalSlug?: string): ReferenceName {
  if (originalSlug !== undefined && credit.slug === originalSlug) return { kind: 'organization', name: credit.name };
  return splitPersonName(credit.name);
}

/** "Bill Van Auken", "Moon of Alabama": the name in reading order, without honorifics. */
export function displayName(name: ReferenceName): string {
  if (name.kind === 'organization') return name.name;
  return name.given ? `${name.given} ${name.family}` : name.family;
}

/** "Van Auken, Bill", "Moon of Alabama": the name as a reference list sorts it. */
export function invertedName(name: ReferenceName): string {
  if (name.kind === 'organization') return name.name;
  return name.given ? `${name.family}, ${name.given}` : name.family;
}
