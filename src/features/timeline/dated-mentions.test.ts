import { afterEach, describe, expect, it } from 'vitest';
import { datedMentions, type DatedMention } from './dated-mentions';
import { paragraphsOfMarkdown } from '../markdown/paragraph-anchors';
import { loadFoundingArticles } from '../../../tests/fixtures/founding-articles';

/** One paragraph per string, read against `referenceDate`. */
function read(referenceDate: string, ...texts: string[]): DatedMention[] {
  return datedMentions(
    texts.map((text, index) => ({ id: `p${index + 1}`, text })),
    referenceDate,
  );
}

const summary = (mentions: readonly DatedMention[]) =>
  mentions.map(({ phrase, key, precision, resolution }) => ({ phrase, key, precision, resolution }));

describe('dated mentions: what is read, and how precisely', () => {
  it('reads a day without its year in the publication year: "On Dec 22" in late December 2016', () => {
    expect(summary(read('2016-12-27', 'On Dec 22 a suicide bomber killed some 16 soldiers.'))).toEqual([
      { phrase: 'Dec 22', key: '2016-12-22', precision: 'day', resolution: 'year-inferred' },
    ]);
  });

  it('takes a full date as written, whatever the publication day', () => {
    expect(summary(read('2016-12-13', 'Fighting in Aleppo broke out on July 19, 2012 and lasted.'))).toEqual([
      { phrase: 'July 19, 2012', key: '2012-07-19', precision: 'day', resolution: 'stated' },
    ]);
    expect(read('2020-03-01', 'It began on 22 December 2016.')[0]?.key).toBe('2016-12-22');
  });

  it('counts "last night", "yesterday" and "today" from the publication day', () => {
    expect(
      summary(
        read('2016-12-13', 'Last night, forces launched an assault.', 'Yesterday it fell.', 'Today it is quiet.'),
      ),
    ).toEqual([
      { phrase: 'Last night', key: '2016-12-12', precision: 'day', resolution: 'relative' },
      { phrase: 'Yesterday', key: '2016-12-12', precision: 'day', resolution: 'relative' },
      { phrase: 'Today', key: '2016-12-13', precision: 'day', resolution: 'relative' },
    ]);
  });

  it('reads a bare weekday as the nearest such day', () => {
    // 14 December 2016 was a Wednesday.
    expect(read('2016-12-14', 'The Security Council met Tuesday in emergency session.')[0]).toMatchObject({
      phrase: 'Tuesday',
      key: '2016-12-13',
      resolution: 'relative',
    });
  });

  it('keeps a year alone at year precision, and each year of a list', () => {
    expect(
      summary(read('2016-12-21', 'Militias overran the area in 2012.', 'Nusra in 2012 and 2016 was spared.')),
    ).toEqual([
      { phrase: 'in 2012', key: '2012', precision: 'year', resolution: 'stated' },
      { phrase: 'in 2012 and 2016', key: '2012', precision: 'year', resolution: 'stated' },
      { phrase: 'in 2012 and 2016', key: '2016', precision: 'year', resolution: 'stated' },
    ]);
    expect(read('2016-12-21', 'Since 2011 the war has gone on; by late 2015 it had turned.').map((m) => m.key)).toEqual(
      ['2011', '2015'],
    );
  });

  it('keeps a month alone at month precision, never a made-up day', () => {
    const [mention] = read('2016-12-21', 'New York back in September 2001 was elated.');
    expect(mention).toMatchObject({ key: '2001-09', precision: 'month', start: '2001-09-01', end: '2001-09-30' });
  });

  it('reads "last December" as the December before the publication month, "last July" as the July before', () => {
    expect(read('2016-12-13', 'It began last December.')[0]).toMatchObject({ key: '2015-12', resolution: 'relative' });
    expect(read('2017-01-10', 'It began last December.')[0]).toMatchObject({ key: '2016-12' });
    expect(read('2016-12-14', 'It gained notoriety last July when it posted a video.')[0]).toMatchObject({
      phrase: 'last July',
      key: '2016-07',
    });
  });

  it('reads "last week", "next month" and "a year ago" at the precision of their unit', () => {
    expect(summary(read('2016-12-14', 'And last week, the order was signed.', 'He takes office next month.'))).toEqual([
      { phrase: 'last week', key: '2016-W49', precision: 'week', resolution: 'relative' },
      { phrase: 'next month', key: '2017-01', precision: 'month', resolution: 'relative' },
    ]);
    expect(read('2016-12-14', 'And last week, the order was signed.')[0]).toMatchObject({
      start: '2016-12-05',
      end: '2016-12-11',
    });
    expect(read('2016-12-27', 'The campaign started a year ago.')[0]).toMatchObject({ key: '2015', precision: 'year' });
  });

  it('keeps the last day of a range', () => {
    expect(read('2016-12-20', 'The talks ran from December 12 to 14 in Ankara.')[0]).toMatchObject({
      key: '2016-12-12',
      until: { key: '2016-12-14', precision: 'day' },
    });
  });
});

describe('dated mentions: what is not a date', () => {
  it.each([
    ['a count with a thousands separator', 'A total of about 88,000 people left; some 21,000 went to Idleb.'],
    ['a count that looks like a year', 'The army sent 2000 troops, and by 2000 fighters were surrounded.'],
    ['"now"', 'The end of the war is now foreseeable. Now the airbase is key.'],
    ['a time with no day', 'They met at 5 pm and again at 10:30.'],
    ['a span of time', 'For the last four years the city was divided; the towns were besieged for 20 months.'],
    [
      'a date counted from another event',
      'The administration, one month before it leaves office, ordered it. Two days later it fell.',
    ],
    ['an open bound', 'The campaign started more than a year ago.'],
    ['a slash date without a year', 'After 9/11 everything changed; on 12/13 they left.'],
    ['a month name used as a verb or modal', 'The army may march on the city. May God help them.'],
    ['an abbreviated weekday', 'The Sun. edition and the Sat. edition said so.'],
    ['a resolution number', 'Resolution 2254 was adopted.'],
  ])('drops %s', (_, text) => {
    expect(summary(read('2016-12-13', text))).toEqual([]);
  });
});

describe('dated mentions: the sentence and the paragraph', () => {
  it('quotes the sentence that holds the phrase, split around it, with the paragraph id', () => {
    const [mention] = read('2016-12-13', 'Intro.', 'First reports came. On December 12, the army advanced. It held.');
    expect(mention).toMatchObject({
      paragraphId: 'p2',
      sentence: 'On December 12, the army advanced.',
      quote: { before: 'On ', phrase: 'December 12', after: ', the army advanced.' },
    });
  });

  it('shortens a very long sentence on either side of the phrase, never the phrase', () => {
    const long = `${'word '.repeat(120)}on July 19, 2012 ${'more '.repeat(120)}end.`;
    const [mention] = read('2016-12-13', long);
    expect(mention!.quote.phrase).toBe('July 19, 2012');
    expect(mention!.quote.before.startsWith('…')).toBe(true);
    expect(mention!.quote.after.endsWith('…')).toBe(true);
    expect(mention!.sentence).toContain(mention!.quote.before.slice(1));
    expect(mention!.sentence).toContain(mention!.quote.after.slice(0, -1));
  });

  describe('in another time zone', () => {
    const original = process.env.TZ;
    afterEach(() => {
      process.env.TZ = original;
    });

    it.each(['UTC', 'Pacific/Kiritimati', 'Pacific/Pago_Pago'])('reads the same days in %s', (zone) => {
      process.env.TZ = zone;
      const text = [
        'Last night the assault began.',
        'Yesterday it fell; on Dec 22 a bomb went off.',
        'Monday they met. Last week they talked, and last July they fought.',
      ];
      // 27 December 2016 was a Tuesday.
      expect(read('2016-12-27', ...text).map((mention) => mention.key)).toEqual([
        '2016-12-26',
        '2016-12-26',
        '2016-12-22',
        '2016-12-26',
        '2016-W51',
        '2016-07',
      ]);
    });
  });
});

const founding = await loadFoundingArticles();

/** A founding article (from tests/fixtures/founding/), read as the build reads it. */
function foundingArticle(slug: string) {
  const article = founding.find(({ id }) => id === slug);
  if (!article) throw new Error(`no founding article ${slug}`);
  return { data: article.data, paragraphs: paragraphsOfMarkdown(article.body) };
}

const FOUNDING = founding.map(({ id }) => id);

describe('dated mentions in the founding articles', () => {
  it('reads "On Dec 22" in an article first published on 27 December 2016 as 22 December 2016', () => {
    const { data, paragraphs } = foundingArticle(
      'aleppo-liberated-exodus-of-al-qaeda-rebels-turkeys-problems-increase',
    );
    const mention = datedMentions(paragraphs, data.original!.date!).find((m) => m.phrase === 'Dec 22');
    expect(mention).toMatchObject({ key: '2016-12-22', resolution: 'year-inferred' });
    expect(mention!.sentence).toMatch(/^On Dec 22 a suicide bomber/);
  });

  it('reads the South Front report: July 19, 2012, December 12, 2016, and "Last night" as 12 December', () => {
    const { data, paragraphs } = foundingArticle(
      'video-on-the-liberation-of-aleppo-defeat-of-al-qaeda-agreed-safe-withdrawal-of',
    );
    const mentions = datedMentions(paragraphs, data.publisher.date);
    const byPhrase = (phrase: string) => mentions.find((m) => m.phrase === phrase);
    expect(byPhrase('July 19, 2012')).toMatchObject({ key: '2012-07-19', resolution: 'stated' });
    expect(byPhrase('December 12, 2016')).toMatchObject({ key: '2016-12-12', resolution: 'stated' });
    expect(byPhrase('Last night')).toMatchObject({ key: '2016-12-12', resolution: 'relative' });
  });

  it('reads the WSWS report’s "Tuesday" as 13 December 2016 and "next month" as January 2017', () => {
    const { data, paragraphs } = foundingArticle(
      'syrian-government-retakes-eastern-aleppo-remaining-islamist-militia-evacuated',
    );
    const mentions = datedMentions(paragraphs, data.publisher.date);
    expect(mentions.filter((m) => m.phrase === 'Tuesday').map((m) => m.key)).toEqual([
      '2016-12-13',
      '2016-12-13',
      '2016-12-13',
    ]);
    expect(mentions.find((m) => m.phrase === 'next month')).toMatchObject({ key: '2017-01', precision: 'month' });
    expect(mentions.some((m) => m.phrase === 'one month before')).toBe(false);
  });

  it('drops what chrono reads as a date but the founding texts do not mean as one', () => {
    const phrases = FOUNDING.flatMap((slug) => {
      const { data, paragraphs } = foundingArticle(slug);
      return datedMentions(paragraphs, data.original?.date ?? data.publisher.date).map((m) => m.phrase.toLowerCase());
    });
    // "now" (in every article), durations, a bound and a date counted from leaving office, all found by chrono.
    for (const dropped of [
      'now',
      'last days',
      'last six weeks',
      'last four years',
      'for 20 months',
      'a year ago',
      'one month before',
    ]) {
      expect(phrases).not.toContain(dropped);
    }
  });

  it.each(FOUNDING)('%s: every mention quotes a sentence of the paragraph it links to, and none is "now"', (slug) => {
    const { data, paragraphs } = foundingArticle(slug);
    const mentions = datedMentions(paragraphs, data.original?.date ?? data.publisher.date);
    expect(mentions.length).toBeGreaterThan(0);
    for (const mention of mentions) {
      const paragraph = paragraphs.find((p) => p.id === mention.paragraphId);
      expect(paragraph?.text).toContain(mention.sentence);
      expect(mention.sentence).toContain(mention.phrase);
      expect(mention.phrase.toLowerCase()).not.toBe('now');
      expect(mention.start <= mention.end).toBe(true);
    }
  });
});
