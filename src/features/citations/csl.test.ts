import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { cslItem, formatCslJson } from './csl';
import { foundingRecord, foundingRecords } from './test-support';

const dateSchema = z.strictObject({ 'date-parts': z.tuple([z.tuple([z.number(), z.number(), z.number()])]) });

/** The CSL-JSON fields these files use, as the CSL data schema defines them. */
const cslItemSchema = z.strictObject({
  id: z.string().min(1),
  type: z.literal('article-newspaper'),
  title: z.string().min(1),
  author: z
    .array(
      z.union([
        z.strictObject({ family: z.string(), given: z.string().optional() }),
        z.strictObject({ literal: z.string() }),
      ]),
    )
    .min(1),
  'container-title': z.string(),
  publisher: z.string(),
  issued: dateSchema,
  'original-publisher': z.string().optional(),
  'original-date': dateSchema.optional(),
  URL: z.url(),
  abstract: z.string().optional(),
  keyword: z.string().optional(),
  language: z.string(),
  archive: z.string(),
  note: z.string(),
});

describe('CSL-JSON', () => {
  it('describes an article with a dated original exactly', () => {
    expect(cslItem(foundingRecord('aleppo-liberated'))).toEqual({
      id: 'aleppo-liberated-exodus-of-al-qaeda-rebels-turkeys-problems-increase',
      type: 'article-newspaper',
      title: "Aleppo Liberated, Exodus of Al Qaeda Rebels, Turkey's Problems Increase",
      author: [{ literal: 'Moon of Alabama' }],
      'container-title': 'Global Research',
      publisher: 'Global Research',
      issued: { 'date-parts': [[2016, 12, 28]] },
      'original-publisher': 'Moon of Alabama',
      'original-date': { 'date-parts': [[2016, 12, 27]] },
      URL: 'https://archive.test/articles/aleppo-liberated-exodus-of-al-qaeda-rebels-turkeys-problems-increase/',
      abstract:
        'As planned by the Russian forces the liberation of east-Aleppo was completed before Christmas. There are no longer beheadings by Takfiris in East-Aleppo. Instead a Christmas mass could be held in the damaged Elias Cathedral in the Old City in east-Aleppo.',
      keyword: 'Middle East & North Africa, Terrorism, US NATO War Agenda, SYRIA',
      language: 'en',
      archive: 'Test Press Archive',
      note: 'Originally published by Moon of Alabama, December 27, 2016. Republished by Global Research, December 28, 2016.',
    });
  });

  it('writes the collection as an array of five valid items with unique ids', () => {
    const items = z.array(cslItemSchema).parse(JSON.parse(formatCslJson(foundingRecords())));
    expect(items).toHaveLength(5);
    expect(new Set(items.map((item) => item.id)).size).toBe(5);
  });

  it('names people by family and given name and leaves out an original date the capture does not state', () => {
    const item = cslItem(foundingRecord('video-on-the-liberation'));
    expect(item.author).toEqual([{ literal: 'South Front' }, { family: 'Chossudovsky', given: 'Michel' }]);
    expect(item['original-publisher']).toBe('South Front');
    expect(item).not.toHaveProperty('original-date');
    const own = cslItem(foundingRecord('the-liberation-of-aleppo'));
    expect(own).not.toHaveProperty('original-publisher');
    expect(own.note).toBe('Published by Global Research, December 21, 2016.');
  });
});
