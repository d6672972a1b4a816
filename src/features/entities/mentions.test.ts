import { describe, expect, it } from 'vitest';
import { findMentions, spellingMatcher } from './mentions';

const spans = (text: string, entities: { slug: string; spellings: string[] }[]) =>
  spellingMatcher(entities)(text).map(({ slug, start, end }) => `${slug}=${text.slice(start, end)}`);

describe('spellingMatcher', () => {
  it('matches whole words only, case-sensitively', () => {
    const us = [{ slug: 'united-states', spellings: ['US'] }];
    expect(spans('Let us see: the USA, the US-led coalition and the US.', us)).toEqual([
      'united-states=US',
      'united-states=US',
    ]);
  });

  it('prefers the longest spelling where spellings overlap', () => {
    const entities = [
      { slug: 'hezbollah', spellings: ['Hezbollah'] },
      { slug: 'harakat-hezbollah-al-nujaba', spellings: ['Harakat Hezbollah al-Nujaba'] },
    ];
    expect(spans('Hezbollah and Harakat Hezbollah al-Nujaba fought.', entities)).toEqual([
      'hezbollah=Hezbollah',
      'harakat-hezbollah-al-nujaba=Harakat Hezbollah al-Nujaba',
    ]);
  });

  it('finds a lower-case name capitalised at the start of a sentence', () => {
    expect(spans('Al-Qaeda left. Then al-Qaeda came back.', [{ slug: 'al-qaeda', spellings: ['al-Qaeda'] }])).toEqual([
      'al-qaeda=Al-Qaeda',
      'al-qaeda=al-Qaeda',
    ]);
  });

  it('lets any white space stand between the words of a spelling', () => {
    const text = 'the Nour al-Din\nal-Zenki group and Nour\u00a0al-Din al-Zenki';
    expect(spans(text, [{ slug: 'zenki', spellings: ['Nour al-Din al-Zenki'] }])).toHaveLength(2);
  });

  it('matches names with accents and dots', () => {
    const entities = [
      { slug: 'erdogan', spellings: ['Erdoğan'] },
      { slug: 'united-states', spellings: ['U.S.'] },
    ];
    expect(spans('Erdoğan met U.S. envoys; Erdoğanism is not a name.', entities)).toEqual([
      'erdogan=Erdoğan',
      'united-states=U.S.',
    ]);
  });
});

describe('findMentions', () => {
  it('gives each mention its paragraph id and the words as written', () => {
    const matcher = spellingMatcher([{ slug: 'aleppo', spellings: ['Aleppo'] }]);
    const mentions = findMentions(
      [
        { id: 'p1', text: 'Nothing here.' },
        { id: 'p2', text: 'East of Aleppo, and Aleppo again.' },
      ],
      matcher,
    );
    expect(mentions.map(({ paragraphId, text, start }) => [paragraphId, text, start])).toEqual([
      ['p2', 'Aleppo', 8],
      ['p2', 'Aleppo', 20],
    ]);
  });
});

describe('spellingMatcher and the ways one name is written', () => {
  it('takes a hyphen and a space between words for the same name, as its slug does', () => {
    const entities = [{ slug: 'ahrar-al-sham', spellings: ['Ahrar al-Sham'] }];
    expect(spans('Ahrar al-Sham, Ahrar al Sham and Ahrar al\nSham.', entities)).toHaveLength(3);
  });

  it('finds a leading particle in either case', () => {
    const entities = [{ slug: 'al-qaeda', spellings: ['Al Qaeda'] }];
    expect(spans('Al Qaeda fighters, al Qaeda leaders and al-Qaeda allies.', entities)).toHaveLength(3);
  });

  it('lower-cases no other name: "Turkey" is not "turkey"', () => {
    expect(spans('Turkey sent turkey.', [{ slug: 'turkey', spellings: ['Turkey'] }])).toEqual(['turkey=Turkey']);
  });
});
