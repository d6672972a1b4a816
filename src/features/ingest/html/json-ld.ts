type Json = null | boolean | number | string | Json[] | JsonObject;
interface JsonObject {
  [key: string]: Json;
}

const ARTICLE_TYPES = new Set([
  'NewsArticle',
  'Article',
  'BlogPosting',
  'ReportageNewsArticle',
  'OpinionNewsArticle',
  'AnalysisNewsArticle',
]);

/** What a page's JSON-LD says about its article, strings as the page wrote them. */
export interface JsonLdArticle {
  headline?: string;
  authors: string[];
  publisher?: string;
  url?: string;
  datePublished?: string;
  dateModified?: string;
  keywords: string[];
  description?: string;
  copyright?: string;
}

/**
 * Reads the first article object in a page's JSON-LD blocks. Each block is data, parsed with JSON.parse; a block
 * that is not valid JSON is skipped. Objects in `@graph` may point at each other by `@id` (an author or publisher
 * defined once and referenced), so references are followed.
 */
export function readJsonLdArticle(blocks: readonly string[]): JsonLdArticle | undefined {
  const roots = blocks.flatMap(parseBlock);
  const nodes = roots.flatMap(topLevelObjects);
  const byId = indexById(roots);
  const resolve = (value: Json | undefined): Json | undefined =>
    isObject(value) && typeof value['@id'] === 'string' && byId.has(value['@id']) ? byId.get(value['@id']) : value;

  const article = nodes.map(resolve).find(isArticle) ?? nodes.map((node) => resolve(node.mainEntity)).find(isArticle);
  if (!article) return undefined;

  const nameOf = (value: Json | undefined) => personName(resolve(value));
  return {
    headline: text(article.headline) ?? text(article.name),
    authors: listOf(article.author).flatMap((author) => nameOf(author) ?? []),
    publisher: nameOf(article.publisher),
    url: text(article.url) ?? pageAddress(article.mainEntityOfPage),
    datePublished: text(article.datePublished),
    dateModified: text(article.dateModified),
    keywords: keywordList(article.keywords),
    description: text(article.description),
    copyright:
      text(article.copyrightNotice) ?? copyrightLine(text(article.copyrightYear), nameOf(article.copyrightHolder)),
  };
}

function parseBlock(block: string): Json[] {
  try {
    return [JSON.parse(block) as Json];
  } catch {
    return [];
  }
}

function isObject(value: Json | undefined): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function listOf(value: Json | undefined): Json[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

function topLevelObjects(value: Json): JsonObject[] {
  if (Array.isArray(value)) return value.flatMap(topLevelObjects);
  if (!isObject(value)) return [];
  return [value, ...listOf(value['@graph']).flatMap(topLevelObjects)];
}

/** Every object that carries an `@id` and says more than its `@id`, at any depth. */
function indexById(roots: Json[]): Map<string, JsonObject> {
  const byId = new Map<string, JsonObject>();
  const walk = (value: Json) => {
    if (Array.isArray(value)) {
      value.forEach(walk);
    } else if (isObject(value)) {
      const id = value['@id'];
      if (typeof id === 'string' && Object.keys(value).length > 1 && !byId.has(id)) byId.set(id, value);
      Object.values(value).forEach(walk);
    }
  };
  roots.forEach(walk);
  return byId;
}

/** `@type` may be one type or several, and may be written as a schema.org address or with a `schema:` prefix. */
function isArticle(value: Json | undefined): value is JsonObject {
  if (!isObject(value)) return false;
  return listOf(value['@type']).some(
    (type) => typeof type === 'string' && ARTICLE_TYPES.has(type.replace(/^.*[/:]/, '')),
  );
}

function text(value: Json | undefined): string | undefined {
  if (typeof value === 'string') return value.trim() || undefined;
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) return value.map(text).find((item) => item !== undefined);
  if (isObject(value)) return text(value['@value']);
  return undefined;
}

function personName(value: Json | undefined): string | undefined {
  if (typeof value === 'string') return text(value);
  if (!isObject(value)) return undefined;
  const given = text(value.givenName);
  const family = text(value.familyName);
  return text(value.name) ?? (given && family ? `${given} ${family}` : undefined);
}

function pageAddress(value: Json | undefined): string | undefined {
  if (typeof value === 'string') return text(value);
  return isObject(value) ? (text(value.url) ?? text(value['@id'])) : undefined;
}

function keywordList(value: Json | undefined): string[] {
  if (typeof value === 'string') return value.split(',').flatMap((keyword) => text(keyword) ?? []);
  return listOf(value).flatMap((keyword) => (isObject(keyword) ? text(keyword.name) : text(keyword)) ?? []);
}

function copyrightLine(year: string | undefined, holder: string | undefined): string | undefined {
  if (!holder) return undefined;
  return year ? `© ${year} ${holder}` : `© ${holder}`;
}
