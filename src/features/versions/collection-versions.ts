import { getCollection, type CollectionEntry } from 'astro:content';
import { MAX_GROUP_SIZE, findVersionGroups } from './find-versions';
import { versionPair, versionPairs, type VersionPair } from './version-pairs';
import { versionText } from './version-text';

/**
 * The collection's versions, found once per build however many pages ask (every article page, every comparison
 * page). Only ids are kept: the texts are read again for the few pages that compare two of them.
 */

type Article = CollectionEntry<'articles'>;

export interface OtherVersion {
  article: Article;
  /** The comparison page of this version and the article it is listed on. */
  compareUrl: string;
}

export interface CollectionVersions {
  /** An article's other versions, earliest publication first; none for an article with no other version. */
  otherVersions: (id: string) => OtherVersion[];
  /** Every pair that gets a comparison page. */
  pairs: VersionPair<Article>[];
  /** Groups left ungrouped for their size (ids by date), for an editor to look into. */
  oversizedGroups: string[][];
}

let built: Promise<CollectionVersions> | undefined;

export function collectionVersions(): Promise<CollectionVersions> {
  built ??= (async () => {
    const entries = await getCollection('articles');
    const byId = new Map(entries.map((entry) => [entry.id, entry]));
    const oversizedGroups: string[][] = [];
    const groups = findVersionGroups(
      entries.map((entry) => ({
        id: entry.id,
        title: entry.data.title,
        // Read when it is shingled, and let go: the collection's text is never held at once.
        get text() {
          return versionText(entry);
        },
        date: entry.data.publisher.date,
      })),
      { onOversizedGroup: (ids) => oversizedGroups.push(ids) },
    );
    for (const ids of oversizedGroups) {
      // The build says so once, rather than quietly listing none: these articles may hold versions to review.
      console.warn(
        `versions: ${ids.length} articles (${ids.slice(0, 3).join(', ')}, …) look alike in a chain or share a title; ` +
          `a group of more than ${MAX_GROUP_SIZE} is not shown as versions of one piece`,
      );
    }
    const otherVersions = (id: string): OtherVersion[] => {
      const article = byId.get(id);
      if (!article) return [];
      return (groups.get(id) ?? []).map((otherId) => {
        const other = byId.get(otherId)!;
        return { article: other, compareUrl: versionPair(article, other).url };
      });
    };
    return { otherVersions, pairs: versionPairs(entries, groups), oversizedGroups };
  })();
  return built;
}
