import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { englishWords, MarkerPool, TYPO_KINDS, typoOf } from './markers';
import { intBetween, pick, sample, shuffled, streamFor } from './prng';
import { MONTH_NAMES } from '../src/shared/months';

/**
 * A deterministic synthetic corpus in the founding captures' format: body paragraphs of the five founding articles
 * recombined under made-up titles, bylines, outlets, topics and dates, each article carrying one unique marker word
 * deep in its last paragraph. Same seed and N give byte-identical captures; the first N articles are the same
 * whatever N is, so results at 1,000 and 10,000 share their queries' articles.
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

const FOUNDING_DIR = new URL('../content/captures/', import.meta.url);

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
 * Body paragraphs of the founding captures that survive ingest unchanged: one line of plain prose ending a sentence,
 * no header, footer, list, quote, promotion or address. Links keep their text.
 */
export async function foundingParagraphs(): Promise<string[]> {
  const names = (await readdir(FOUNDING_DIR)).filter((name) => name.endsWith('.txt')).sort();
  const paragraphs = new Set<string>();
  for (const name of names) {
    const text = (await readFile(new URL(name, FOUNDING_DIR), 'utf8')).replace(/\r\n?/g, '\n');
    const footerAt = text.search(/^The original source of this article is/m);
    const blocks = (footerAt === -1 ? text : text.slice(0, footerAt)).split(/\n[ \t]*\n/);
    for (const block of blocks) {
      const paragraph = block.trim().replace(/\[([^\]]*)\]\([^)]*\)/g, '$1');
      if (isPlainProse(paragraph)) paragraphs.add(paragraph);
    }
  }
  return [...paragraphs];
}

function isPlainProse(paragraph: string): boolean {
  return (
    paragraph.length >= 160 &&
    !paragraph.includes('\n') &&
    /^[A-Z“"‘']/.test(paragraph) &&
    /[.!?]["”’)]?$/.test(paragraph) &&
    !/^(By |Region:|Theme:|In-depth Report:|Global Research,)/.test(paragraph) &&
    !/[<>|*#_\\@]|https?:|www\.|click image|PayPal|patreon|donate/i.test(paragraph)
  );
}

function vocabularyOf(texts: Iterable<string>): Set<string> {
  const words = new Set<string>();
  for (const text of texts) for (const word of text.toLowerCase().match(/\p{L}+/gu) ?? []) words.add(word);
  return words;
}

export async function generateCorpus(count: number, seed: number): Promise<Corpus> {
  const pool = await foundingParagraphs();
  if (pool.length < 12) throw new Error(`corpus: only ${pool.length} usable founding paragraphs; expected at least 12`);
  const dictionary = englishWords();
  const reserved = vocabularyOf([
    ...pool,
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

function articleCapture(random: () => number, title: string, marker: string, pool: readonly string[]) {
  const authors = random() < 0.15 ? sample(random, AUTHORS, 2) : [pick(random, AUTHORS)];
  const outlet = random() < 0.75 ? pick(random, OUTLETS) : undefined;
  const republished = FIRST_DAY + intBetween(random, 0, (LAST_DAY - FIRST_DAY) / DAY_MS) * DAY_MS;
  const original = republished - intBetween(random, 0, 3) * DAY_MS;
  const region = pick(random, REGIONS);
  const themes = sample(random, THEMES, intBetween(random, 1, 3));
  const report = random() < 0.6 ? pick(random, REPORTS) : undefined;
  const body = sample(random, pool, intBetween(random, 4, 10));
  const standfirst = random() < 0.3 ? firstSentence(pick(random, pool)) : undefined;

  // The marker goes into the last paragraph, between two words away from either end: deep text, not the lead.
  const lastWords = body[body.length - 1]!.split(' ');
  lastWords.splice(intBetween(random, 1, Math.max(1, lastWords.length - 2)), 0, marker);
  body[body.length - 1] = lastWords.join(' ');
  // Only words that every tokenizer reads alike: whole letter runs between spaces ("Russia’s" is left out).
  const companions = [
    ...new Set(
      body
        .join(' ')
        .split(/\s+/)
        .map((word) => word.replace(/^["“‘(]+|[,.;:!?"”’)]+$/g, '')),
    ),
  ]
    .filter((word) => /^[A-Za-z]{6,}$/.test(word) && word !== marker)
    .map((word) => word.toLowerCase())
    .sort();
  const companionWord = companions.length > 0 ? pick(random, companions) : 'aleppo';

  const link = (name: string) => `[${name}](#)`;
  const year = new Date(republished).getUTCFullYear();
  const byline = authors.map(link).join(' and ');
  const source = outlet ?? 'Global Research';
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
    `The original source of this article is ${outlet ? link(outlet) : source}  \nCopyright © ${byline}, ${outlet ? link(outlet) : source}, ${year}`,
    link('Comment on Global Research Articles on our Facebook page'),
    link('Become a Member of Global Research'),
    `Articles by: ${byline}`,
    '**Disclaimer:** The contents of this article are of sole responsibility of the author(s). The Centre for Research on Globalization will not be responsible for any inaccurate or incorrect statement in this article.',
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
