import { describe, expect, it } from 'vitest';
import { chicagoAuthors, chicagoBibliography, nestQuotes, chicagoText } from './chicago';
import { splitPersonName } from '../../shared/person-names';
import { foundingRecord, foundingRecords } from './test-support';

describe('Chicago bibliography entry', () => {
  it('cites an article from an undated original outlet exactly', () => {
    expect(chicagoText(chicagoBibliography(foundingRecord('syrian-government')))).toBe(
      'Van Auken, Bill. “Syrian Government Retakes Eastern Aleppo. Remaining Islamist Militia Evacuated.” ' +
        'World Socialist Web Site. Republished by Global Research, December 14, 2016. Test Press Archive. ' +
        'Accessed [date]. https://archive.test/articles/syrian-government-retakes-eastern-aleppo-remaining-islamist-militia-evacuated/.',
    );
  });

  it('gives the original day when known, and cites a piece the publisher first published under the publisher', () => {
    expect(chicagoText(chicagoBibliography(foundingRecord('al-qaedas-retreat')))).toContain(
      "Moon of Alabama. “Al Qaeda's Retreat: East-Aleppo Siege Nears Its End.” Moon of Alabama, December 5, 2016. Republished by Global Research, December 6, 2016.",
    );
    expect(chicagoText(chicagoBibliography(foundingRecord('the-liberation-of-aleppo')))).toContain(
      'Anderson, Tim. “The Liberation of Aleppo: A Regional Turning Point. Setback for US-Led Aggression.” Global Research, December 21, 2016. Test',
    );
  });

  it('nests the title’s own quotation marks as single ones and lists two authors', () => {
    const text = chicagoText(chicagoBibliography(foundingRecord('video-on-the-liberation')));
    expect(text).toMatch(
      /^South Front and Michel Chossudovsky\. “Video on the Liberation of Aleppo, ‘Defeat of Al Qaeda’: /,
    );
    expect(text).toContain('of City.” South Front. Republished by Global Research, December 13, 2016.');
  });

  it('sets only the outlet in italics, and every founding article’s citation names its address and an access date', () => {
    for (const record of foundingRecords()) {
      const parts = chicagoBibliography(record, 'March 1, 2030');
      expect(parts.filter((part) => part.italic).map((part) => part.text)).toEqual([
        record.original?.name ?? record.publisher.name,
      ]);
      const text = chicagoText(parts);
      expect(text).toContain(`Accessed March 1, 2030. ${record.url}.`);
      expect(text).not.toContain('"');
      expect(text).not.toContain('..');
    }
  });

  it('joins authors the way Chicago does', () => {
    const people = ['Ann Lee', 'Bo Diaz', 'Cy Young'].map(splitPersonName);
    expect(chicagoAuthors(people.slice(0, 1))).toBe('Lee, Ann');
    expect(chicagoAuthors(people.slice(0, 2))).toBe('Lee, Ann, and Bo Diaz');
    expect(chicagoAuthors(people)).toBe('Lee, Ann, Bo Diaz, and Cy Young');
    const eleven = Array.from({ length: 11 }, (_, index) => splitPersonName(`Author Number${index + 1}`));
    expect(chicagoAuthors(eleven)).toMatch(/^Number1, Author, Author Number2, .*Author Number7, et al\.$/);
  });

  it('does not double the stop after a title that ends in one', () => {
    const record = { ...foundingRecord('syrian-government'), title: 'Who Won Aleppo?' };
    expect(chicagoText(chicagoBibliography(record))).toContain('“Who Won Aleppo?” World');
    expect(nestQuotes('A "quoted" word')).toBe('A ‘quoted’ word');
  });
});
