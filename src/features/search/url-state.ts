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

/**
 * The longest address a search writes. Longer ones are refused by many servers and hosts (HTTP 414 or 431; the
 * preview server's limit on a request's headers is 16 KB) and cannot be shared, so a long search's address holds a
 * shortened query.
 */
export const MAX_ADDRESS_LENGTH = 2048;

export interface SearchAddressFor {
  /** The path and query string to write. */
  url: string;
  /** The query the address holds, when it is shorter than the one searched. */
  shortenedQuery?: string;
}

/**
 * The address for a search, at most `maxLength` characters with `origin` before it. A query that does not fit is
 * cut to the longest start that does, at a space where there is one; if not even the filters fit, the address is
 * the bare search page.
 */
export function addressFor(
  request: SearchRequest,
  pathname: string,
  origin: string,
  maxLength = MAX_ADDRESS_LENGTH,
): SearchAddressFor {
  const urlWith = (query: string) => {
    const params = paramsFromRequest({ ...request, query }).toString();
    return `${pathname}${params ? `?${params}` : ''}`;
  };
  const fits = (query: string) => origin.length + urlWith(query).length <= maxLength;
  if (fits(request.query)) return { url: urlWith(request.query) };
  if (!fits('')) return { url: pathname, shortenedQuery: '' };
  const characters = [...request.query];
  let [low, high] = [0, characters.length];
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (fits(characters.slice(0, middle).join(''))) low = middle;
    else high = middle - 1;
  }
  const start = characters.slice(0, low).join('');
  const cutInWord = !/\s/.test(characters[low] ?? ' ');
  const lastSpace = start.search(/\s\S*$/);
  const shortened = (cutInWord && lastSpace > 0 ? start.slice(0, lastSpace) : start).trimEnd();
  return { url: urlWith(shortened), shortenedQuery: shortened };
}
