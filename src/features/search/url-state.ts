import type { SearchRequest } from './types';

const FILTER_PARAMS = ['author', 'source', 'topic', 'year'] as const;

/** The search a URL describes: /search/?q=kirby&topic=syria&sort=date */
export function requestFromParams(params: URLSearchParams): SearchRequest {
  const filters = Object.fromEntries(
    FILTER_PARAMS.map((name) => [
      name,
      [...new Set(params.getAll(name).filter((value) => value.trim() !== ''))].sort(),
    ]),
  ) as SearchRequest['filters'];
  return { query: params.get('q') ?? '', filters, sort: params.get('sort') === 'date' ? 'date' : 'relevance' };
}

/** The URL parameters for a search, in a fixed order, leaving out defaults so shared links stay short. */
export function paramsFromRequest(request: SearchRequest): URLSearchParams {
  const params = new URLSearchParams();
  if (request.query !== '') params.set('q', request.query);
  for (const name of FILTER_PARAMS) for (const value of [...request.filters[name]].sort()) params.append(name, value);
  if (request.sort === 'date') params.set('sort', 'date');
  return params;
}
