import { createHash } from 'node:crypto';
import slugifyLibrary from '@sindresorhus/slugify';
import { withoutHonorific } from './person-names';

const MAX_SLUG_LENGTH = 80;

/**
 * Readable ASCII kebab-case. Scripts the transliterator cannot romanise (CJK, emoji)
 * fall back to a hash of the text, so every name still gets a stable, working URL.
 */
export function slugify(text: string, fallbackPrefix = 'item'): string {
  const slug = truncateAtHyphen(slugifyLibrary(text, { decamelize: false }), MAX_SLUG_LENGTH);
  if (slug !== '') return slug;
  const digest = createHash('sha256').update(text.normalize('NFC')).digest('hex').slice(0, 10);
  return `${fallbackPrefix}-${digest}`;
}

function truncateAtHyphen(slug: string, maxLength: number): string {
  if (slug.length <= maxLength) return slug;
  const cut = slug.slice(0, maxLength + 1);
  const lastHyphen = cut.lastIndexOf('-');
  return (lastHyphen > 0 ? cut.slice(0, lastHyphen) : slug.slice(0, maxLength)).replace(/-+$/, '');
}

/** Authors credited as "Prof. Tim Anderson" and "Tim Anderson" are one person with one page. */
export function personSlug(name: string): string {
  return slugify(withoutHonorific(name), 'author');
}
