/**
 * How the archive reads people's names, in one place: the honorifics a name is credited with, the particles names
 * hold, and how a byline credit is named in a reference list or in structured data.
 */

/**
 * Titles that are not part of a name: "Prof. Tim Anderson" and "Tim Anderson" are one author with one page, and
 * Chicago cites "Anderson, Tim", not "Anderson, Prof. Tim".
 */
const HONORIFIC = /^(?:prof(?:essor)?|dr|mr|mrs|ms|mx|sir|dame|rev(?:erend)?)\.?\s+/i;

/** "Prof. Tim Anderson" → "Tim Anderson". */
export function withoutHonorific(name: string): string {
  return name.replace(HONORIFIC, '');
}

/**
 * Particles that open a family name and also sit inside names in running text: bin Laden, al-Qaeda, de Mistura,
 * Van Auken.
 */
const SHARED_PARTICLES = ['al', 'el', 'bin', 'ibn', 'de', 'van', 'von'];

/**
 * Lower-case words that belong inside the names of people, groups and places in an article's text: al-Qaeda,
 * Jaish al-Fatah, bin Laden, de Mistura, with the forms the Arabic article takes before some letters (ad-Dawla,
 * ash-Sham). The name finder keeps them when it trims a name, and matches them in lower or upper case alike. The
 * other family-name particles are left out: in English prose "la", "da", "ten" or "das" more often start words
 * that are not names.
 */
export const NAME_PARTICLES: ReadonlySet<string> = new Set([
  ...SHARED_PARTICLES,
  'ad',
  'an',
  'ar',
  'as',
  'ash',
  'at',
  'az',
]);

/**
 * Words that open a family name in a byline ("Van Auken", "de la Cruz"; "al-Assad" is one word already). A byline
 * is a name, so the European particles all count here. The Arabic article's other forms do not: they are English
 * words too ("an", "as", "at"), and in a name they come hyphenated to it (ash-Shami).
 */
export const FAMILY_NAME_PARTICLES: ReadonlySet<string> = new Set([
  ...SHARED_PARTICLES,
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
  'abu',
]);

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

/** "Jr." and the like stay with the family name rather than being taken for it. */
const SUFFIX = /^(?:jr|sr|ii|iii|iv)\.?$/i;

export function splitPersonName(credited: string): PersonName {
  const words = withoutHonorific(credited).trim().split(/\s+/u);
  const suffix = words.length > 2 && SUFFIX.test(words.at(-1)!) ? words.pop()! : undefined;
  if (words.length === 1) return { kind: 'person', family: words[0]!, given: '', credited };
  const particleAt = words.findIndex((word, index) => index > 0 && FAMILY_NAME_PARTICLES.has(word.toLowerCase()));
  const familyStart = particleAt > 0 && particleAt < words.length - 1 ? particleAt : words.length - 1;
  const family = words.slice(familyStart).join(' ') + (suffix ? ` ${suffix}` : '');
  return { kind: 'person', family, given: words.slice(0, familyStart).join(' '), credited };
}

/**
 * Bylines carry no "person or organisation" flag, so one rule decides: a credit with the same slug as the outlet
 * that first published the piece is that outlet (a blog or agency writing under its own name); every other
 * credit is a person.
 */
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
