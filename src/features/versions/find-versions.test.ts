import { describe, expect, it } from 'vitest';
import { terms } from '../search/normalize';
import { bodyWords, findVersionGroups, titleKey, type VersionCandidate } from './find-versions';
import { HARBOUR_OTHER_WRITER, HARBOUR_PIECE, HARBOUR_REPUBLISHED, ORCHARD_PIECE } from './fixtures';

const candidate = (id: string, title: string, text: string, date = '2016-12-01'): VersionCandidate => ({
  id,
  title,
  text,
  date,
});

/** The groups of more than one article, as sorted id lists, for comparing without caring about Map order. */
function groupsOf(result: Map<string, string[]>): string[][] {
  const groups = new Set<string>();
  for (const [id, others] of result) if (others.length > 0) groups.add(JSON.stringify([id, ...others].sort()));
  return [...groups].map((group) => JSON.parse(group) as string[]).sort();
}

describe('titleKey', () => {
  it('folds case, quotes, dashes, punctuation, diacritics and spacing', () => {
    const key = titleKey('Erdogan’s “Harbour” Plan — A Report');
    expect(titleKey('ERDOĞAN\'S "HARBOUR"   plan - a report.')).toBe(key);
    expect(titleKey('Erdoğan’s ‘harbour’ plan: a report')).toBe(key);
    expect(key).toBe('erdogans harbour plan a report');
  });

  it('keeps different words apart, and has nothing for a title without letters or digits', () => {
    expect(titleKey('The harbour plan')).not.toBe(titleKey('The harbour plans'));
    expect(titleKey('— … —')).toBe('');
  });
});

describe('bodyWords', () => {
  it('gives the words the search index gives', () => {
    const text = "Erdoğan’s “plan” for the al-Nusra café — it's 1,200 km; rock ’n’ roll.";
    expect(bodyWords(text)).toEqual(terms(text));
    expect(bodyWords(HARBOUR_PIECE)).toEqual(terms(HARBOUR_PIECE));
  });
});

describe('findVersionGroups', () => {
  it('groups a republication under another title with its original, and leaves other pieces alone', () => {
    const result = findVersionGroups([
      candidate('courier-ferry', 'The Ferry That Stopped', HARBOUR_PIECE, '2016-12-03'),
      candidate('gr-ferry', 'Oskerby: An Island Cut Off', HARBOUR_REPUBLISHED, '2016-12-05'),
      candidate('other-writer', 'Waiting for the Boat', HARBOUR_OTHER_WRITER, '2016-12-04'),
      candidate('orchard', 'An Early Harvest', ORCHARD_PIECE),
    ]);
    expect(result.get('courier-ferry')).toEqual(['gr-ferry']);
    expect(result.get('gr-ferry')).toEqual(['courier-ferry']);
    expect(result.get('other-writer')).toEqual([]);
    expect(result.get('orchard')).toEqual([]);
    expect([...result.keys()]).toEqual(['courier-ferry', 'gr-ferry', 'other-writer', 'orchard']);
  });

  it('groups articles whose titles differ only in typography, whatever their texts', () => {
    const result = findVersionGroups([
      candidate('a', 'The Ferry That Stopped', HARBOUR_PIECE),
      candidate('b', 'the ferry that stopped…', ORCHARD_PIECE),
    ]);
    expect(groupsOf(result)).toEqual([['a', 'b']]);
  });

  it('joins versions of versions', () => {
    const result = findVersionGroups([
      candidate('original', 'The Ferry That Stopped', HARBOUR_PIECE, '2016-12-01'),
      candidate('retitled', 'Oskerby Cut Off', HARBOUR_REPUBLISHED, '2016-12-02'),
      candidate('same-title', 'Oskerby cut off!', ORCHARD_PIECE, '2016-12-03'),
    ]);
    expect(result.get('original')).toEqual(['retitled', 'same-title']);
  });

  it('orders the other versions by date, then by id, whatever the input order', () => {
    const articles = [
      candidate('z-first', 'Ferry', HARBOUR_PIECE, '2016-11-30'),
      candidate('b-later', 'Ferry', HARBOUR_PIECE, '2016-12-09'),
      candidate('a-later', 'Ferry', HARBOUR_PIECE, '2016-12-09'),
      candidate('m-middle', 'Ferry', HARBOUR_PIECE, '2016-12-02'),
    ];
    const forwards = findVersionGroups(articles);
    const backwards = findVersionGroups([...articles].reverse());
    expect(forwards.get('b-later')).toEqual(['z-first', 'm-middle', 'a-later']);
    for (const { id } of articles) expect(backwards.get(id)).toEqual(forwards.get(id));
  });

  it('does not match short texts by their words, nor titles without letters', () => {
    const teaser = 'Watch the video of the harbour below.';
    const result = findVersionGroups([candidate('one', '…', teaser), candidate('two', '—', teaser)]);
    expect(groupsOf(result)).toEqual([]);
  });

  it('leaves a group larger than the limit ungrouped, and says which', () => {
    const articles = Array.from({ length: 4 }, (_, at) =>
      candidate(`weekly-${at}`, 'Weekly Review', '', `2016-0${at + 1}-01`),
    );
    const oversized: string[][] = [];
    const result = findVersionGroups(articles, { maxGroupSize: 3, onOversizedGroup: (ids) => oversized.push(ids) });
    expect([...result.values()]).toEqual([[], [], [], []]);
    expect(oversized).toEqual([['weekly-0', 'weekly-1', 'weekly-2', 'weekly-3']]);
    expect(findVersionGroups(articles, { maxGroupSize: 4 }).get('weekly-0')).toEqual([
      'weekly-1',
      'weekly-2',
      'weekly-3',
    ]);
  });

  it('refuses an id given twice', () => {
    expect(() => findVersionGroups([candidate('x', 'A', ''), candidate('x', 'B', '')])).toThrow(/twice/);
  });

  it('finds planted copies among many unrelated articles', () => {
    // A small seeded generator: three hundred 300-word texts from a 2,000-word made-up vocabulary.
    let state = 7;
    const next = () => (state = (Math.imul(state, 1103515245) + 12345) >>> 0);
    const vocabulary = Array.from({ length: 2000 }, (_, at) => `word${at.toString(36)}`);
    const texts = Array.from({ length: 300 }, () =>
      Array.from({ length: 300 }, () => vocabulary[next() % vocabulary.length]).join(' '),
    );
    const articles = texts.map((text, at) => candidate(`article-${at}`, `Title ${at}`, text));
    // Article 300 + k copies article 10k with its last fifth replaced: J ≈ 240 / 360 ≈ 0.67.
    for (let k = 0; k < 10; k += 1) {
      const words = texts[10 * k]!.split(' ');
      const edited = [...words.slice(0, 240), ...texts[299 - k]!.split(' ').slice(0, 60)].join(' ');
      articles.push(candidate(`copy-${k}`, `Another title ${k}`, edited));
    }
    expect(groupsOf(findVersionGroups(articles))).toEqual(
      Array.from({ length: 10 }, (_, k) => [`article-${10 * k}`, `copy-${k}`].sort()).sort(),
    );
  });
});
