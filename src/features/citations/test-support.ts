import type { ArticleLike } from '../articles/catalog';
import { citationRecord, type CitationRecord, type CitingSite } from './record';
import {
  articleStartingWith,
  loadFoundingArticles,
  type FixtureArticle,
} from '../../../tests/fixtures/founding-articles';

/** A fixed archive, so expected strings do not change when the site's own address does. */
export const TEST_SITE: CitingSite & { description: string } = {
  name: 'Test Press Archive',
  url: 'https://archive.test',
  language: 'en',
  description: 'A test archive of press articles.',
};

const founding = await loadFoundingArticles();

/** The founding articles (from tests/fixtures/founding/) as the site's content layer hands them to pages. */
export function foundingArticles(): FixtureArticle[] {
  return founding;
}

/** The founding articles' real metadata as citation records, in slug order. */
export function foundingRecords(): CitationRecord[] {
  return founding.map((article) => citationRecord(article, TEST_SITE));
}

export function foundingArticle(slugStart: string): ArticleLike & { body: string } {
  return articleStartingWith(founding, slugStart);
}

export function foundingRecord(slugStart: string): CitationRecord {
  return citationRecord(foundingArticle(slugStart), TEST_SITE);
}
