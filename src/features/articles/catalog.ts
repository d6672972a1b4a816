/**
 * Everything the site needs to know about the collection as a whole: order, grouping and counts.
 * Pure functions over plain `{ id, data }` arrays, so they run the same in pages and in vitest.
 */
import type { ArticleData } from './schemas/article';
import { TOPIC_KINDS, type TopicKind } from './schemas/topics';
import { monthName } from '../../shared/months';
import { slugify } from '../../shared/slug';
import { collator } from '../../shared/collator';

export interface ArticleLike {
  id: string;
  data: ArticleData;
}

/** Newest republication first; same day by title, then by slug, so the order never depends on input order. */
export function compareNewestFirst(a: ArticleLike, b: ArticleLike): number {
  if (a.data.publisher.date !== b.data.publisher.date) {
    return a.data.publisher.date < b.data.publisher.date ? 1 : -1;
  }
  return collator.compare(a.data.title, b.data.title) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

export function sortNewestFirst<T extends ArticleLike>(articles: readonly T[]): T[] {
  return [...articles].sort(compareNewestFirst);
}

export interface Neighbours<T> {
  /** The article published just before this one. */
  prev?: T;
  /** The article published just after this one. */
  next?: T;
}

/**
 * Every article's chronological neighbours, from one sort: exactly the reverse of the
 * newest-first order, ties included, so following "next" visits every article once.
 */
export function neighbourMap<T extends ArticleLike>(articles: readonly T[]): Map<string, Neighbours<T>> {
  const ordered = sortNewestFirst(articles);
  return new Map(
    ordered.map((article, index) => {
      const result: Neighbours<T> = {};
      const older = ordered[index + 1];
      const newer = index > 0 ? ordered[index - 1] : undefined;
      if (older) result.prev = older;
      if (newer) result.next = newer;
      return [article.id, result];
    }),
  );
}

/** The most frequently credited spelling; ties go to the shorter spelling, then alphabetical order. */
export function preferredName(spellings: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const name of spellings) counts.set(name, (counts.get(name) ?? 0) + 1);
  const [best] = [...counts].sort(
    ([nameA, countA], [nameB, countB]) =>
      countB - countA || nameA.length - nameB.length || collator.compare(nameA, nameB) || (nameA < nameB ? -1 : 1),
  );
  if (!best) throw new Error('preferredName needs at least one spelling');
  return best[0];
}

/** One person or outlet, under the name it is most often credited with. */
export interface NamedGroup<T> {
  slug: string;
  name: string;
  /** Other spellings credited for the same slug, alphabetical. */
  otherNames: string[];
  /** Newest first, each article once. */
  articles: T[];
}

function buildGroups<T extends ArticleLike>(
  articles: readonly T[],
  creditsOf: (article: T) => readonly { name: string; slug: string }[],
): NamedGroup<T>[] {
  const bySlug = new Map<string, { spellings: string[]; articles: Set<T> }>();
  for (const article of sortNewestFirst(articles)) {
    for (const credit of creditsOf(article)) {
      let group = bySlug.get(credit.slug);
      if (!group) {
        group = { spellings: [], articles: new Set() };
        bySlug.set(credit.slug, group);
      }
      group.spellings.push(credit.name);
      group.articles.add(article);
    }
  }
  const groups = [...bySlug].map(([slug, group]): NamedGroup<T> => {
    const name = preferredName(group.spellings);
    const otherNames = [...new Set(group.spellings)].filter((spelling) => spelling !== name).sort(collator.compare);
    return { slug, name, otherNames, articles: [...group.articles] };
  });
  // By slug, which leaves out honorifics: "Prof Michel Chossudovsky" files under M.
  return groups.sort((a, b) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0));
}

/** Every credited author, alphabetical by slug (so honorifics do not count). */
export function groupByAuthor<T extends ArticleLike>(articles: readonly T[]): NamedGroup<T>[] {
  return buildGroups(articles, (article) => article.data.authors);
}

/** Every outlet that first published an article, alphabetical by slug. Articles without `original` are in none. */
export function groupByOutlet<T extends ArticleLike>(articles: readonly T[]): NamedGroup<T>[] {
  return buildGroups(articles, (article) => [firstOutlet(article.data)]);
}

/** Where the piece first appeared: the original outlet a republication names, or else its own publisher. */
export function firstOutlet(data: ArticleData): { name: string; slug: string } {
  return data.original ?? data.publisher;
}

export interface TopicEntry {
  kind: TopicKind;
  slug: string;
  name: string;
  count: number;
}

export interface TopicPage<T> {
  slug: string;
  /** The kinds and names that share this slug, in kind order (regions, themes, reports). */
  entries: TopicEntry[];
  /** Newest first, each article once. */
  articles: T[];
}

export const TOPIC_KIND_LABELS: Record<TopicKind, { one: string; many: string }> = {
  regions: { one: 'Region', many: 'Regions' },
  themes: { one: 'Theme', many: 'Themes' },
  reports: { one: 'In-depth report', many: 'In-depth reports' },
};

export function topicSlug(name: string): string {
  return slugify(name, 'topic');
}

/** One page per topic slug, whichever kinds use it; pages alphabetical by slug. */
export function groupByTopic<T extends ArticleLike>(articles: readonly T[]): TopicPage<T>[] {
  const pages = new Map<
    string,
    { spellings: Map<TopicKind, string[]>; perKind: Map<TopicKind, Set<T>>; articles: Set<T> }
  >();
  for (const article of sortNewestFirst(articles)) {
    for (const kind of TOPIC_KINDS) {
      for (const name of article.data.topics[kind]) {
        const slug = topicSlug(name);
        let page = pages.get(slug);
        if (!page) {
          page = { spellings: new Map(), perKind: new Map(), articles: new Set() };
          pages.set(slug, page);
        }
        const spellings = page.spellings.get(kind) ?? [];
        spellings.push(name);
        page.spellings.set(kind, spellings);
        const inKind = page.perKind.get(kind) ?? new Set<T>();
        inKind.add(article);
        page.perKind.set(kind, inKind);
        page.articles.add(article);
      }
    }
  }
  return [...pages]
    .map(([slug, page]): TopicPage<T> => {
      const entries = TOPIC_KINDS.flatMap((kind): TopicEntry[] => {
        const spellings = page.spellings.get(kind);
        if (!spellings) return [];
        return [{ kind, slug, name: preferredName(spellings), count: page.perKind.get(kind)?.size ?? 0 }];
      });
      return { slug, entries, articles: [...page.articles] };
    })
    .sort((a, b) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0));
}

/** The topic index: for each kind, its topics alphabetical, with article counts. Kinds with no topics are left out. */
export function listTopicsByKind(articles: readonly ArticleLike[]): { kind: TopicKind; topics: TopicEntry[] }[] {
  const entries = groupByTopic(articles).flatMap((page) => page.entries);
  return TOPIC_KINDS.map((kind) => ({
    kind,
    topics: entries
      .filter((entry) => entry.kind === kind)
      .sort((a, b) => collator.compare(a.name, b.name) || (a.slug < b.slug ? -1 : 1)),
  })).filter((group) => group.topics.length > 0);
}

/** The heading for a topic page: its distinct names (ignoring case), in kind order. */
export function topicTitle(entries: readonly TopicEntry[]): string {
  const names: string[] = [];
  for (const entry of entries) {
    if (!names.some((name) => collator.compare(name, entry.name) === 0)) names.push(entry.name);
  }
  return names.join(' / ');
}

export interface MonthGroup<T> {
  /** "2016-12", also usable as a fragment id. */
  key: string;
  year: number;
  month: number;
  label: string;
  articles: T[];
}

export interface YearGroup<T> {
  year: number;
  count: number;
  months: MonthGroup<T>[];
}

/** Years and months newest first, by republication date; each month's articles newest first. */
export function groupByYearMonth<T extends ArticleLike>(articles: readonly T[]): YearGroup<T>[] {
  const years: YearGroup<T>[] = [];
  for (const article of sortNewestFirst(articles)) {
    const [yearText, monthText] = article.data.publisher.date.split('-');
    const year = Number(yearText);
    const month = Number(monthText);
    let yearGroup = years.at(-1);
    if (!yearGroup || yearGroup.year !== year) {
      yearGroup = { year, count: 0, months: [] };
      years.push(yearGroup);
    }
    let monthGroup = yearGroup.months.at(-1);
    if (!monthGroup || monthGroup.month !== month) {
      monthGroup = {
        key: `${yearText}-${monthText}`,
        year,
        month,
        label: `${monthName(month)} ${year}`,
        articles: [],
      };
      yearGroup.months.push(monthGroup);
    }
    monthGroup.articles.push(article);
    yearGroup.count += 1;
  }
  return years;
}

/** The span of republication dates in words: "December 2016", "November–December 2016", "December 2016 – January 2017". */
export function collectionPeriod(articles: readonly ArticleLike[]): string | null {
  if (articles.length === 0) return null;
  const dates = articles.map((article) => article.data.publisher.date).sort();
  const [firstYear, firstMonth] = dates[0]!.split('-').map(Number) as [number, number];
  const [lastYear, lastMonth] = dates.at(-1)!.split('-').map(Number) as [number, number];
  if (firstYear === lastYear && firstMonth === lastMonth) return `${monthName(firstMonth)} ${firstYear}`;
  if (firstYear === lastYear) return `${monthName(firstMonth)}–${monthName(lastMonth)} ${firstYear}`;
  return `${monthName(firstMonth)} ${firstYear} – ${monthName(lastMonth)} ${lastYear}`;
}

/** "1 article", "5 articles". */
export function countLabel(count: number, singular: string, plural = `${singular}s`): string {
  return `${count.toLocaleString('en-GB')} ${count === 1 ? singular : plural}`;
}
