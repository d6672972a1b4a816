import { describe, expect, it } from 'vitest';
import { paramsFromRequest, requestFromParams } from './url-state';

describe('search URL state', () => {
  it('reads the query, filters and sort from the URL', () => {
    const request = requestFromParams(
      new URLSearchParams('q=white+helmets&topic=syria&topic=terrorism&year=2016&sort=date'),
    );
    expect(request).toEqual({
      query: 'white helmets',
      filters: { author: [], source: [], topic: ['syria', 'terrorism'], year: ['2016'] },
      sort: 'date',
    });
  });

  it('writes a canonical URL that reads back to the same search', () => {
    const request = requestFromParams(new URLSearchParams('year=2016&q=kirby&author=b&author=a'));
    const params = paramsFromRequest(request);
    expect(params.toString()).toBe('q=kirby&author=a&author=b&year=2016');
    expect(requestFromParams(params)).toEqual(request);
  });

  it('falls back to relevance for an unknown sort and drops empty filters', () => {
    expect(requestFromParams(new URLSearchParams('q=x&sort=bogus&author='))).toMatchObject({
      sort: 'relevance',
      filters: { author: [] },
    });
  });
});
