import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import { describe, expect, it } from 'vitest';
import { wholeText } from '../../shared/parted-text';
import { escapeBibtex, formatBibtex, bibtexCollection } from './bibtex';
import { cslItem } from './csl';
import { foundingRecord, foundingRecords } from './test-support';

/** Braces outside escapes (\{ and \}) must never close more than they opened, and must all be closed. */
function bracesBalance(text: string): boolean {
  let depth = 0;
  for (const match of text.matchAll(/\\[{}]|[{}]/g)) {
    if (match[0].length === 2) continue;
    depth += match[0] === '{' ? 1 : -1;
    if (depth < 0) return false;
  }
  return depth === 0;
}

describe('BibTeX', () => {
  it('writes an entry exactly', () => {
    expect(formatBibtex(foundingRecord('syrian-government'))).toBe(
      [
        '@misc{syrian-government-retakes-eastern-aleppo-remaining-islamist-militia-evacuated,',
        '  author        = {Van Auken, Bill},',
        '  title         = {{Syrian Government Retakes Eastern Aleppo. Remaining Islamist Militia Evacuated}},',
        '  howpublished  = {Global Research},',
        '  year          = {2016},',
        '  month         = dec,',
        '  date          = {2016-12-14},',
        '  origpublisher = {World Socialist Web Site},',
        '  url           = {https://archive.test/articles/syrian-government-retakes-eastern-aleppo-remaining-islamist-militia-evacuated/},',
        '  note          = {Originally published by World Socialist Web Site. Republished by Global Research, December 14, 2016. Archived in Test Press Archive.},',
        '  abstract      = {An agreement brokered by the governments of Russia and Turkey to evacuate remaining Islamist militia members and a relatively small number of civilians from the last remaining neighborhood of eastern Aleppo under “rebel” control appeared on Tuesday to have ended four years of fighting in what was previously Syria’s largest city and its commercial capital.},',
        '  keywords      = {Middle East \\& North Africa, Terrorism, US NATO War Agenda, SYRIA},',
        '  langid        = {english},',
        '}',
        '',
      ].join('\n'),
    );
  });

  it('escapes every character TeX treats specially', () => {
    expect(escapeBibtex('50% & $5 #1 a_b x^2 ~ C:\\ {x}')).toBe(
      '50\\% \\& \\$5 \\#1 a\\_b x\\textasciicircum{}2 \\textasciitilde{} C:\\textbackslash{} \\{x\\}',
    );
    expect(escapeBibtex('two\nlines')).toBe('two lines');
  });

  it('braces an outlet credited as author, so BibTeX reads it as one name', () => {
    expect(formatBibtex(foundingRecord('video-on-the-liberation'))).toContain(
      'author        = {{South Front} and Chossudovsky, Michel},',
    );
    expect(formatBibtex(foundingRecord('al-qaedas-retreat'))).toContain('origdate      = {2016-12-05},');
  });

  it('gives the collection five entries with balanced braces and unique keys', () => {
    const records = foundingRecords();
    const file = wholeText(bibtexCollection(records, (record) => record));
    expect(bracesBalance(file)).toBe(true);
    const keys = [...file.matchAll(/^@misc\{([^,]+),$/gm)].map((match) => match[1]);
    expect(keys).toHaveLength(5);
    expect(new Set(keys).size).toBe(5);
  });

  it('reads back, through an independent BibTeX parser, as the same references the CSL-JSON file holds', () => {
    const records = foundingRecords();
    const parsed = new Cite(wholeText(bibtexCollection(records, (record) => record))).data;
    expect(parsed).toHaveLength(5);
    for (const record of records) {
      const item = parsed.find((entry) => entry['citation-key'] === record.key);
      const expected = cslItem(record);
      // BibTeX has no organisation names: a braced name reads back as one indivisible family name.
      const authors = expected.author.map((name) => ('literal' in name ? { family: name.literal } : name));
      expect(item).toMatchObject({
        title: expected.title,
        author: authors,
        issued: expected.issued,
        URL: expected.URL,
        publisher: expected.publisher,
      });
      if (expected['original-date']) expect(item?.['original-date']).toEqual(expected['original-date']);
    }
  });

  it('keeps a hostile title intact through the parser', () => {
    const title = 'Braces } { and \\ backslashes & 100% of #tags_x ^ ~';
    const record = { ...foundingRecord('syrian-government'), title };
    const entry = formatBibtex(record);
    expect(bracesBalance(entry)).toBe(true);
    expect(new Cite(entry).data[0]?.title).toBe(title);
  });
});
