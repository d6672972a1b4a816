/**
 * Which versions get a comparison page, and which of the two counts as the later: every pair within a group of
 * versions, earlier first.
 */
import type { ArticleLike } from '../articles/catalog';
import { compareUrl } from '../../shared/urls';

/**
 * Earlier publication first. On the same day the outlet's own article comes before a republication of it (an
 * article with `original` is a republication), then by id, so the order never depends on input order.
 */
export function compareEarlierFirst(a: ArticleLike, b: ArticleLike): number {
  if (a.data.publisher.date !== b.data.publisher.date) return a.data.publisher.date < b.data.publisher.date ? -1 : 1;
  const republished = Number(Boolean(a.data.original)) - Number(Boolean(b.data.original));
  if (republished !== 0) return republished;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** What the comparison calls the later version: "the republication" of an outlet's own article, or "the later version". */
export function laterLabel(earlier: ArticleLike, later: ArticleLike): string {
  return later.data.original && !earlier.data.original ? 'the republication' : 'the later version';
}

/** Who published this version: "Oskerby Courier", or "Global Research, first published by Oskerby Courier". */
export function versionOutlet(article: ArticleLike): string {
  const { publisher, original } = article.data;
  return original ? `${publisher.name}, first published by ${original.name}` : publisher.name;
}

export interface VersionPair<T extends ArticleLike> {
  earlier: T;
  later: T;
  laterLabel: string;
  url: string;
}

export function versionPair<T extends ArticleLike>(a: T, b: T): VersionPair<T> {
  const [earlier, later] = compareEarlierFirst(a, b) <= 0 ? [a, b] : [b, a];
  return { earlier, later, laterLabel: laterLabel(earlier, later), url: compareUrl(earlier.id, later.id) };
}

/**
 * Every pair within each group of versions (`groups` maps each id to its other versions, as findVersionGroups
 * gives them), groups in the order of their earliest article, pairs by earlier then later. A group of n versions
 * gives n(n − 1)/2 pairs. Ids in `groups` that are not among `articles` are left out.
 */
export function versionPairs<T extends ArticleLike>(
  articles: readonly T[],
  groups: ReadonlyMap<string, readonly string[]>,
): VersionPair<T>[] {
  const byId = new Map(articles.map((article) => [article.id, article]));
  const done = new Set<string>();
  const pairs: VersionPair<T>[] = [];
  for (const article of [...articles].sort(compareEarlierFirst)) {
    if (done.has(article.id)) continue;
    const group = [article.id, ...(groups.get(article.id) ?? [])]
      .flatMap((id) => byId.get(id) ?? [])
      .sort(compareEarlierFirst);
    for (const member of group) done.add(member.id);
    group.forEach((earlier, at) => {
      for (const later of group.slice(at + 1)) pairs.push(versionPair(earlier, later));
    });
  }
  return pairs;
}
