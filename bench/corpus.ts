import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { globalResearchProfile } from '../src/features/ingest/profiles/profiles';
import { englishWords, MarkerPool, TYPO_KINDS, typoOf } from './markers';
import { intBetween, pick, sample, shuffled, streamFor } from './prng';
import { MONTH_NAMES } from '../src/shared/months';

/**
 * A deterministic synthetic corpus in the founding captures' format: body paragraphs of the five founding articles
 * recombined under made-up titles, bylines, outlets, topics and dates, each article carrying one unique marker word
 * deep in its last paragraph. The captures keep what makes real ones costly to parse: `[text](#)` links inside
 * paragraphs, now and then the founding captures' embedded post (a handle, a hashtag, a bare address), and the
 * publisher's whole footer (disclaimer, fair-use notice, media inquiries, with their web and mail addresses), which
 * ingest removes. Same seed and N give byte-identical captures; the first N articles are the same whatever N is, so
 * results at 1,000 and 10,000 share their queries' articles.
 */

export interface SyntheticArticle {
  /** The capture's file name, which ingest records in the article's frontmatter (capture.file). */
  file: string;
  title: string;
  marker: string;
  /** A word from the same article, for two-word queries ("civilians tarovemi"). */
  companionWord: string;
}

export interface Corpus {
  seed: number;
  articles: SyntheticArticle[];
  captures: Map<string, string>;
  /** sha256 over every capture in order: two runs used the same corpus exactly when this matches. */
  digest: string;
  paragraphPool: number;
}

const FOUNDING_DIR = new URL('../tests/fixtures/founding/', import.meta.url);

// Made-up people and outlets: recombined text must never be credited to a real person or publication.
// Pools are '|'-separated strings: one line each, whatever the formatter does with long arrays.
const list = (items: string) => items.split('|');
const FIRST_NAMES = list(
  'Mara|Elias|Jonah|Leila|Tomas|Ines|Karim|Sofia|Anton|Nadia|Viktor|Hana|Omar|Clara|Rafael|Yara|Pieter|Dalia|Stefan|Amira|Lukas|Rania|Henrik|Salma|Marco',
);
const LAST_NAMES = list(
  'Ellison|Varga|Haddad|Lindqvist|Moreau|Castell|Aranda|Novak|Brandt|Qasim|Okafor|Sorensen|Delacroix|Marchetti|Kowal|Farrow|Ostrander|Halloran|Bekov|Tiwari|Rossler|Auclair|Mendel|Sarkis|Whitcombe',
);
const OUTLETS = list(
  'Levant Dispatch|Orient Ledger|The Frontline Review|Mashriq Monitor|Northern Courier|Crescent Wire|Euphrates Weekly|The Quiet Observer|Harbour Street Journal|Meridian Notes|The Plainspoken|Cedar Post|Atlas Bulletin|Desert Lantern|Riverside Analyst|The Long View|Granary Press|Bridgehead Magazine|Second Opinion Daily|Waypoint Review',
);
const REGIONS = list('Middle East & North Africa|Europe|USA|Russia and FSU|Asia|Latin America & Caribbean');
const THEMES = list(
  'Terrorism|US NATO War Agenda|Media Disinformation|Law and Justice|Crimes against Humanity|Intelligence|Militarization and WMD|Oil and Energy|Religion|History|United Nations|Police State & Civil Rights',
);
const REPORTS = list('SYRIA|IRAQ REPORT|THE WAR ON TERROR|FIXING IRAN');
const TITLE_SUBJECTS = list(
  'Aleppo|Eastern Aleppo|The Syrian Army|Damascus|Idlib Province|The Kurdish YPG|Turkish Forces|Russian Air Power|The Security Council|Western Media|Washington|Moscow|Ankara|Tehran|Palmyra|Raqqa|Deir Ezzor|Al-Bab|Homs|Hama|Hezbollah|The Pentagon|NATO|Riyadh|Doha|The Red Cross|Relief Agencies|Evacuees|The Old City|Beirut',
);
const TITLE_VERBS = list(
  'Faces|Confronts|Weighs|Rejects|Braces for|Questions|Welcomes|Resists|Reconsiders|Debates|Prepares for|Disputes|Signals|Demands|Ignores|Exposes|Reports on|Recalls|Fears|Counts',
);
const TITLE_OBJECTS = list(
  "a New Ceasefire|the Evacuation Deal|a Winter Offensive|the Humanitarian Corridor|Reconstruction Costs|the Refugee Return|Sanctions|Another Round of Talks|the Siege's End|a Regional Realignment|Claims of Chemical Attacks|the Battle for Al-Bab|Proxy Forces|the Astana Process|Shifting Alliances|the Propaganda War|Civilian Casualties|Missile Strikes|a Prisoner Exchange|the Media Narrative|Air Defence Missiles|Oil and Gas Routes|the Kurdish Question|Border Crossings|an Uncertain Truce|the Fall of Palmyra|Aid Convoys|Mass Graves|Sapper Teams|Reopened Schools",
);
const FIRST_DAY = Date.UTC(2015, 0, 5);
const LAST_DAY = Date.UTC(2017, 11, 31);
const DAY_MS = 86_400_000;

export const AUTHORS = FIRST_NAMES.flatMap((first, index) => [
  `${first} ${LAST_NAMES[index]!}`,
  `${first} ${LAST_NAMES[(index + 7) % LAST_NAMES.length]!}`,
]);

/**
 * The publisher's footer as the founding captures print it, word for word, in its two shapes: plain text
 * ("Disclaimer: …", "www.globalresearch.ca contains …") and with Markdown links and a rule above the links
 * ("**Disclaimer:** …", "[www.globalresearch.ca](http://www.globalresearch.ca) contains …"). Ingest removes it.
 */
const SITE = 'www.globalresearch.ca';
const EMAIL = 'publications@globalresearch.ca';
const DISCLAIMER =
  'The contents of this article are of sole responsibility of the author(s). The Centre for Research on Globalization will not be responsible for any inaccurate or incorrect statement in this article. The Centre of Research on Globalization grants permission to cross-post Global Research articles on community internet sites as long the source and copyright are acknowledged together with a hyperlink to the original Global Research article. For publication of Global Research articles in print or other forms including commercial internet sites, contact: ';
const FAIR_USE =
  ' contains copyrighted material the use of which has not always been specifically authorized by the copyright owner. We are making such material available to our readers under the provisions of "fair use" in an effort to advance a better understanding of political, economic and social issues. The material on this site is distributed without profit to those who have expressed a prior interest in receiving it for research and educational purposes. If you wish to use copyrighted material for purposes other than "fair use" you must request permission from the copyright owner.';
const FACEBOOK_LINK = 'Comment on Global Research Articles on our Facebook page';
const MEMBERSHIP_LINK = 'Become a Member of Global Research';

export type FooterShape = 'plain' | 'linked';

/** The disclaimer, fair-use and media-inquiries paragraphs of one footer shape. */
export function disclaimerLines(shape: FooterShape): string[] {
  const mail = shape === 'linked' ? `[${EMAIL}](mailto:${EMAIL})` : EMAIL;
  return [
    `${shape === 'linked' ? '**Disclaimer:**' : 'Disclaimer:'} ${DISCLAIMER}${mail}`,
    `${shape === 'linked' ? `[${SITE}](http://${SITE})` : SITE}${FAIR_USE}`,
    `For media inquiries: ${mail}`,
  ];
}

/** Every fixed text the footer adds, for the words markers must keep away from. */
const FOOTER_TEXTS = [
  'The original source of this article is',
  'Copyright ©',
  'Articles by:',
  FACEBOOK_LINK,
  MEMBERSHIP_LINK,
  ...disclaimerLines('plain'),
  ...disclaimerLines('linked'),
];

interface FoundingText {
  /** Body paragraphs that survive ingest as body text: see isBodyProse. */
  paragraphs: string[];
  /**
   * Embedded posts: a line that opens like a tweet ("Balanche @FabriceBalanche · Dec 4") and the lines under it up
   * to the next blank one (its hashtag, date and bare address), each a paragraph that ingest keeps as it is.
   */
  embeds: string[][];
}

async function foundingText(): Promise<FoundingText> {
  const names = (await readdir(FOUNDING_DIR)).filter((name) => name.endsWith('.txt')).sort();
  const paragraphs = new Set<string>();
  const embeds: string[][] = [];
  for (const name of names) {
    const text = (await readFile(new URL(name, FOUNDING_DIR), 'utf8')).replace(/\r\n?/g, '\n');
    const footerAt = text.search(/^The original source of this article is/m);
    const blocks = (footerAt === -1 ? text : text.slice(0, footerAt)).split(/\n[ \t]*\n/).map((block) => block.trim());
    for (let index = 0; index < blocks.length; index += 1) {
      const block = blocks[index]!;
      if (isBodyProse(block)) paragraphs.add(block);
      if (!EMBED_START.test(block)) continue;
      let end = index + 1;
      while (end < blocks.length && isEmbedLine(blocks[end]!)) end += 1;
      embeds.push(blocks.slice(index, end));
    }
  }
  return { paragraphs: [...paragraphs], embeds };
}

/**
 * Body paragraphs of the founding captures that survive ingest as body text: one line of prose ending a sentence,
 * no header line, list, quote, raw HTML or promotion (which ingest drops). Links stay as the captures have them
 * ("[text](#)", which ingest unwraps to its text), and so do handles, hashtags, addresses and emphasis.
 */
export async function foundingParagraphs(): Promise<string[]> {
  return (await foundingText()).paragraphs;
}

const EMBED_START = /^[^\s@]+ @\w+ · /;

/** A link-free reading of a block: what ingest leaves of "[text](#)". */
function linkText(block: string): string {
  return block.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1');
}

function isBodyProse(block: string): boolean {
  const text = linkText(block);
  return (
    text.length >= 160 &&
    !block.includes('\n') &&
    /^[A-Z“"‘']/.test(text) &&
    /[.!?]["”’)]?$/.test(text) &&
    !/^(By |Region:|Theme:|In-depth Report:|Global Research,)/.test(text) &&
    !/[<>]/.test(block) &&
    !globalResearchProfile().promotions.some(({ pattern }) => pattern.test(text)) &&
    !globalResearchProfile().footer.some(({ pattern }) => pattern.test(text))
  );
}

/** A line of an embedded post: one short line that is not body prose. */
function isEmbedLine(block: string): boolean {
  return block !== '' && !block.includes('\n') && linkText(block).length < 80 && !isBodyProse(block);
}

function vocabularyOf(texts: Iterable<string>): Set<string> {
  const words = new Set<string>();
  for (const text of texts) for (const word of text.toLowerCase().match(/\p{L}+/gu) ?? []) words.add(word);
  return words;
}

export async function generateCorpus(count: number, seed: number): Promise<Corpus> {
  const { paragraphs: pool, embeds } = await foundingText();
  if (pool.length < 12) throw new Error(`corpus: only ${pool.length} usable founding paragraphs; expected at least 12`);
  const dictionary = englishWords();
  const reserved = vocabularyOf([
    ...pool,
    ...embeds.flat(),
    ...FOOTER_TEXTS,
    ...AUTHORS,
    ...OUTLETS,
    ...TITLE_SUBJECTS,
    ...TITLE_VERBS,
    ...TITLE_OBJECTS,
    ...THEMES,
    ...REGIONS,
  ]);
  const markers = new MarkerPool(reserved, dictionary);
  const markerStream = streamFor(seed, 'markers');
  const titles = titleSequence(seed);

  const articles: SyntheticArticle[] = [];
  const captures = new Map<string, string>();
  const digest = createHash('sha256');
  for (let index = 0; index < count; index += 1) {
    const file = `bench-${String(index + 1).padStart(6, '0')}.txt`;
    const marker = markers.next(markerStream);
    const { text, companionWord, title } = articleCapture(
      streamFor(seed, `article ${index}`),
      titles(index),
      marker,
      pool,
      embeds,
    );
    articles.push({ file, title, marker, companionWord });
    captures.set(file, text);
    digest.update(file).update('\0').update(text).update('\0');
  }
  return { seed, articles, captures, digest: digest.digest('hex'), paragraphPool: pool.length };
}

/** Titles from a seeded permutation of subject × verb × object (18,000); past that, "…, Part 2" and so on. */
function titleSequence(seed: number): (index: number) => string {
  const combinations = TITLE_SUBJECTS.length * TITLE_VERBS.length * TITLE_OBJECTS.length;
  const order = shuffled(
    streamFor(seed, 'titles'),
    Array.from({ length: combinations }, (_, index) => index),
  );
  return (index) => {
    const combination = order[index % combinations]!;
    const subject = TITLE_SUBJECTS[combination % TITLE_SUBJECTS.length]!;
    const verb = TITLE_VERBS[Math.floor(combination / TITLE_SUBJECTS.length) % TITLE_VERBS.length]!;
    const object = TITLE_OBJECTS[Math.floor(combination / (TITLE_SUBJECTS.length * TITLE_VERBS.length))]!;
    const round = Math.floor(index / combinations);
    return `${subject} ${verb} ${object}${round > 0 ? `, Part ${round + 1}` : ''}`;
  };
}

function articleCapture(
  random: () => number,
  title: string,
  marker: string,
  pool: readonly string[],
  embeds: readonly (readonly string[])[],
) {
  const authors = random() < 0.15 ? sample(random, AUTHORS, 2) : [pick(random, AUTHORS)];
  const outlet = random() < 0.75 ? pick(random, OUTLETS) : undefined;
  const republished = FIRST_DAY + intBetween(random, 0, (LAST_DAY - FIRST_DAY) / DAY_MS) * DAY_MS;
  const original = republished - intBetween(random, 0, 3) * DAY_MS;
  const region = pick(random, REGIONS);
  const themes = sample(random, THEMES, intBetween(random, 1, 3));
  const report = random() < 0.6 ? pick(random, REPORTS) : undefined;
  const body = sample(random, pool, intBetween(random, 4, 10));
  const standfirst = random() < 0.3 ? firstSentence(linkText(pick(random, pool))) : undefined;

  // The marker goes into the last paragraph, between two words away from either end and outside any link's text:
  // deep plain text, not the lead.
  const lastWords = body[body.length - 1]!.split(' ');
  const gaps: number[] = [];
  let linkDepth = 0;
  for (let index = 1; index <= Math.max(1, lastWords.length - 2); index += 1) {
    const before = lastWords[index - 1]!;
    linkDepth += (before.match(/\[/g) ?? []).length - (before.match(/\]/g) ?? []).length;
    if (linkDepth <= 0) gaps.push(index);
  }
  lastWords.splice(gaps.length > 0 ? pick(random, gaps) : 1, 0, marker);
  body[body.length - 1] = lastWords.join(' ');
  // Only words that every tokenizer reads alike: whole letter runs between spaces ("Russia’s" is left out), read
  // from the text ingest leaves, where "[says](#)" is "says".
  const companions = [
    ...new Set(
      linkText(body.join(' '))
        .split(/\s+/)
        .map((word) => word.replace(/^["“‘(]+|[,.;:!?"”’)]+$/g, '')),
    ),
  ]
    .filter((word) => /^[A-Za-z]{6,}$/.test(word) && word !== marker)
    .map((word) => word.toLowerCase())
    .sort();
  const companionWord = companions.length > 0 ? pick(random, companions) : 'aleppo';

  // One founding capture in five holds an embedded post: it goes between two body paragraphs, never first or last.
  if (embeds.length > 0 && random() < 0.2)
    body.splice(intBetween(random, 1, body.length - 1), 0, ...pick(random, embeds));
  // Three founding footers in five are the linked shape.
  const shape: FooterShape = random() < 0.6 ? 'linked' : 'plain';

  const link = (name: string) => `[${name}](#)`;
  const year = new Date(republished).getUTCFullYear();
  const byline = authors.map(link).join(' and ');
  const source = outlet ? link(outlet) : 'Global Research';
  const lines = [
    `# ${title}`,
    `By ${byline}`,
    `Global Research, ${monthDayYear(republished)}`,
    ...(outlet ? [`${link(outlet)} ${dayMonthYear(original)}`] : []),
    `Region: ${link(region)}`,
    `Theme: ${themes.map(link).join(', ')}`,
    ...(report ? [`In-depth Report: ${link(report)}`] : []),
    ...(standfirst ? [`*${standfirst}*`] : []),
    ...body,
    `The original source of this article is ${source}${shape === 'linked' ? '  ' : ''}\nCopyright © ${byline}, ${source}, ${year}`,
    ...(shape === 'linked' ? ['---'] : []),
    link(FACEBOOK_LINK),
    link(MEMBERSHIP_LINK),
    `Articles by: ${byline}`,
    ...disclaimerLines(shape),
  ];
  return { text: `\n\n${lines.join('\n\n')}\n`, companionWord, title };
}

function firstSentence(paragraph: string): string {
  const match = /^.{40,}?[a-z]{3}[.!?](?=\s)/.exec(paragraph);
  return (match ? match[0] : paragraph).replace(/[*_]/g, '');
}

function monthDayYear(time: number): string {
  const date = new Date(time);
  return `${MONTH_NAMES[date.getUTCMonth()]!} ${String(date.getUTCDate()).padStart(2, '0')}, ${date.getUTCFullYear()}`;
}

function dayMonthYear(time: number): string {
  const date = new Date(time);
  return `${date.getUTCDate()} ${MONTH_NAMES[date.getUTCMonth()]!} ${date.getUTCFullYear()}`;
}

export async function writeCorpus(corpus: Corpus, folder: string): Promise<void> {
  await mkdir(folder, { recursive: true });
  for (const [file, text] of corpus.captures) await writeFile(join(folder, file), text);
}

export interface QuerySet {
  /** One query per cold page load. */
  cold: SyntheticArticle[];
  /** Exact marker queries on an already-used page. */
  warm: SyntheticArticle[];
  /** "companion marker" queries: two words, both in the article. */
  multiWord: SyntheticArticle[];
  typos: { article: SyntheticArticle; typo: string; kind: (typeof TYPO_KINDS)[number] }[];
}

/** Which articles the bench searches for, drawn from the corpus with their own seeded stream; cold and warm differ. */
export function chooseQueries(
  corpus: Corpus,
  sizes: { cold: number; warm: number; multiWord: number; typos: number },
): QuerySet {
  const random = streamFor(corpus.seed, `queries ${corpus.articles.length}`);
  const order = shuffled(random, corpus.articles);
  const cold = order.slice(0, sizes.cold);
  const rest = order.slice(sizes.cold);
  const warm = rest.slice(0, sizes.warm);
  const multiWord = rest.slice(sizes.warm, sizes.warm + sizes.multiWord);
  const markerSet = new Set(corpus.articles.map((article) => article.marker));
  const dictionary = englishWords();
  const rejects = (word: string) => markerSet.has(word) || dictionary.has(word);
  const typos = sample(random, corpus.articles, sizes.typos).map((article, index) => {
    const kind = TYPO_KINDS[index % TYPO_KINDS.length]!;
    return { article, typo: typoOf(article.marker, kind, random, rejects), kind };
  });
  return { cold, warm, multiWord, typos };
}
