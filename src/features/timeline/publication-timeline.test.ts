import { describe, expect, it } from 'vitest';
import { CHART_END, CHART_START, chartLayout, publicationEntries, publicationMonths } from './publication-timeline';

const gr = (date: string) => ({ name: 'Global Research', slug: 'global-research', date });

describe('publication entries', () => {
  const entries = publicationEntries([
    {
      slug: 'late',
      title: 'Late',
      publisher: gr('2016-12-28'),
      original: { name: 'MoA', slug: 'moa', date: '2016-12-27' },
    },
    { slug: 'undated', title: 'Undated', publisher: gr('2016-12-13'), original: { name: 'SF', slug: 'sf' } },
    {
      slug: 'early',
      title: 'Early',
      publisher: gr('2016-12-06'),
      original: { name: 'MoA', slug: 'moa', date: '2016-12-05' },
    },
    { slug: 'own', title: 'Own', publisher: gr('2016-12-21') },
  ]);

  it('orders articles by the earliest day the record gives', () => {
    expect(entries.map((entry) => [entry.slug, entry.first])).toEqual([
      ['early', '2016-12-05'],
      ['undated', '2016-12-13'],
      ['own', '2016-12-21'],
      ['late', '2016-12-27'],
    ]);
  });

  it('counts the days between first publication and republication only when both are recorded', () => {
    expect(entries.map((entry) => entry.daysBetween)).toEqual([1, undefined, undefined, 1]);
  });

  it('counts republications per month for a collection too large to draw one by one', () => {
    expect(publicationMonths(entries)).toEqual([{ key: '2016-12', label: 'December 2016', count: 4 }]);
  });
});

describe('chart layout', () => {
  it('spreads days over the chart’s width, the first at the start and the last at the end', () => {
    const layout = chartLayout(['2016-12-28', '2016-12-05', '2016-12-13']);
    expect(layout.x('2016-12-05')).toBe(CHART_START);
    expect(layout.x('2016-12-28')).toBe(CHART_END);
    expect(layout.x('2016-12-13')).toBeGreaterThan(CHART_START);
    expect(layout.x('2016-12-13')).toBeLessThan(CHART_END);
  });

  it('labels at most five days, the first and last always, short when the span is within one year', () => {
    const layout = chartLayout(['2016-12-05', '2016-12-28']);
    expect(layout.ticks.map((tick) => tick.label)).toEqual(['5 Dec', '11 Dec', '17 Dec', '22 Dec', '28 Dec']);
    expect(layout.ticks.map((tick) => tick.major)).toEqual([true, false, true, false, true]);
    expect(layout.ticks.map((tick) => tick.anchor)).toEqual(['start', 'middle', 'middle', 'middle', 'end']);
  });

  it('names the year when the span crosses one, and centres a single day', () => {
    expect(chartLayout(['2015-12-30', '2016-01-02']).ticks.map((tick) => tick.label)).toEqual([
      '30 Dec 2015',
      '31 Dec 2015',
      '1 Jan 2016',
      '2 Jan 2016',
    ]);
    const single = chartLayout(['2016-12-13']);
    expect(single.ticks).toHaveLength(1);
    expect(single.x('2016-12-13')).toBe((CHART_START + CHART_END) / 2);
  });
});
