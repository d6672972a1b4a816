import { Cite } from '@citation-js/core';
import '@citation-js/plugin-ris';
import { describe, expect, it } from 'vitest';
import { wholeText } from '../../shared/parted-text';
import { formatRis, risCollection } from './ris';
import { foundingRecord, foundingRecords } from './test-support';

describe('RIS', () => {
  it('writes a record exactly, with CR LF line ends', () => {
    expect(formatRis(foundingRecord('al-qaedas-retreat')).split('\r\n')).toEqual([
      'TY  - NEWS',
      'ID  - al-qaedas-retreat-east-aleppo-siege-nears-its-end',
      'AU  - Moon of Alabama',
      "TI  - Al Qaeda's Retreat: East-Aleppo Siege Nears Its End",
      'T2  - Global Research',
      'PB  - Global Research',
      'PY  - 2016',
      'DA  - 2016/12/06',
      'OP  - Moon of Alabama, December 5, 2016',
      'UR  - https://archive.test/articles/al-qaedas-retreat-east-aleppo-siege-nears-its-end/',
      'KW  - Middle East & North Africa',
      'KW  - Terrorism',
      'KW  - US NATO War Agenda',
      'KW  - SYRIA',
      'LA  - en',
      'DB  - Test Press Archive',
      'N1  - Originally published by Moon of Alabama, December 5, 2016. Republished by Global Research, December 6, 2016. Archived in Test Press Archive.',
      'ER  - ',
      '',
    ]);
  });

  it('writes every line of the collection as a tag, and five records each opened and closed', () => {
    const file = wholeText(risCollection(foundingRecords(), (record) => record));
    const lines = file.split('\r\n').filter((line) => line !== '');
    expect(file).not.toMatch(/[^\r]\n/);
    for (const line of lines) expect(line).toMatch(/^[A-Z][A-Z0-9] {2}- /);
    expect(lines.filter((line) => line.startsWith('TY  - '))).toHaveLength(5);
    expect(lines.filter((line) => line === 'ER  - ')).toHaveLength(5);
    expect(lines.filter((line) => line.startsWith('AU  - '))).toHaveLength(6);
  });

  it('keeps a multi-line standfirst on one line', () => {
    const record = { ...foundingRecord('syrian-government'), standfirst: 'First line\nsecond line' };
    expect(formatRis(record)).toContain('AB  - First line second line\r\n');
  });

  it('reads back, through an independent RIS parser, with each title, address and publisher', () => {
    const records = foundingRecords();
    const parsed = new Cite(wholeText(risCollection(records, (record) => record))).data;
    expect(parsed.map((item) => item.id)).toEqual(records.map((record) => record.key));
    for (const [index, record] of records.entries()) {
      expect(parsed[index]).toMatchObject({
        type: 'article-newspaper',
        title: record.title,
        URL: record.url,
        'container-title': record.publisher.name,
      });
    }
  });
});
