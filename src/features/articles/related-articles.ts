/**
 * Related articles: those sharing the most with an article in entities named and topics filed under. A shared
 * feature counts for more the fewer articles have it (inverse document frequency), so two articles that both name
 * a small town are closer than two that both name the city the whole collection is about; a feature every article
 * has relates none. Ties go to the article listed first, so callers list articles newest first.
 *
 * Scores are summed over each feature's list of articles rather than by comparing every pair, in one reused
 * typed array, so this stays fast at ten thousand articles.
 */

export interface FeaturedArticle {
  id: string;
  features: readonly string[];
}

export interface RelatedArticle {
  id: string;
  /** The features both articles have, the most distinctive first, then in the order the source article lists them. */
  shared: string[];
}

export const RELATED_LIMIT = 3;

export function relatedArticleFinder(
  articles: readonly FeaturedArticle[],
  limit = RELATED_LIMIT,
): (id: string) => RelatedArticle[] {
  const position = new Map(articles.map((article, index) => [article.id, index]));
  const featureSets = articles.map((article) => new Set(article.features));
  const postings = new Map<string, number[]>();
  featureSets.forEach((features, index) => {
    for (const feature of features) {
      const list = postings.get(feature) ?? [];
      list.push(index);
      postings.set(feature, list);
    }
  });
  const weight = new Map([...postings].map(([feature, list]) => [feature, Math.log(articles.length / list.length)]));
  const scores = new Float64Array(articles.length);
  return (id) => {
    const self = position.get(id);
    if (self === undefined) return [];
    const touched: number[] = [];
    for (const feature of featureSets[self]!) {
      const value = weight.get(feature)!;
      if (value <= 0) continue;
      for (const other of postings.get(feature)!) {
        if (other === self) continue;
        if (scores[other] === 0) touched.push(other);
        scores[other] = scores[other]! + value;
      }
    }
    const best = topScores(touched, scores, limit);
    for (const index of touched) scores[index] = 0;
    return best.map((index) => ({
      id: articles[index]!.id,
      shared: [...featureSets[self]!]
        .filter((feature) => featureSets[index]!.has(feature))
        .sort((a, b) => weight.get(b)! - weight.get(a)!),
    }));
  };
}

/** The `limit` best-scored positions, best first, earlier position first on ties, without sorting them all. */
function topScores(candidates: readonly number[], scores: Float64Array, limit: number): number[] {
  const best: number[] = [];
  if (limit <= 0) return best;
  const before = (a: number, b: number) => scores[a]! > scores[b]! || (scores[a] === scores[b] && a < b);
  for (const candidate of candidates) {
    if (best.length === limit && !before(candidate, best.at(-1)!)) continue;
    let at = best.length;
    while (at > 0 && before(candidate, best[at - 1]!)) at -= 1;
    best.splice(at, 0, candidate);
    if (best.length > limit) best.pop();
  }
  return best;
}
