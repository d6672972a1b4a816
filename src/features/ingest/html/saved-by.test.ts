import { describe, expect, it } from 'vitest';
import { readSavedBy } from './saved-by';

const SINGLEFILE_COMMENT = `
 Page saved with SingleFile 
 url: https://news.example.org/2016/12/03/river-crossing 
 saved date: Sat Dec 03 2016 18:04:09 GMT+0200 (Eastern European Standard Time)
`;

describe('readSavedBy', () => {
  it('reads SingleFile’s address and date, the date in ISO form with the offset it stated', () => {
    expect(readSavedBy([SINGLEFILE_COMMENT])).toEqual({
      tool: 'SingleFile',
      address: 'https://news.example.org/2016/12/03/river-crossing',
      savedAt: '2016-12-03T18:04:09+02:00',
    });
  });

  it('leaves out a SingleFile date it cannot read rather than guessing its time zone', () => {
    const comment = ' Page saved with SingleFile \n url: https://example.org/a \n saved date: 03/12/2016 \n';
    expect(readSavedBy([comment])).toEqual({ tool: 'SingleFile', address: 'https://example.org/a' });
  });

  it('reads the "saved from url" mark, cutting the address at the length it states', () => {
    expect(readSavedBy([' saved from url=(0030)https://example.org/a/b/c.html '])).toEqual({
      tool: 'Save page as',
      address: 'https://example.org/a/b/c.html',
    });
  });

  it('ignores other comments and takes the first tool’s comment', () => {
    expect(readSavedBy([' [if lt IE 9]> <![endif] ', ' saved from url=(0020)https://example.org/ '])).toEqual({
      tool: 'Save page as',
      address: 'https://example.org/',
    });
    expect(readSavedBy([' Built by a content system ', 'url: https://example.org/'])).toBeUndefined();
  });
});
