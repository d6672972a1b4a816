import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { convertCapture } from '../convert-capture';
import { articleSchema } from '../../articles/schemas/article';
import { foundingCapturePath } from '../../../../tests/fixtures/founding-articles';

const captureBytes = (slug: string) => readFileSync(foundingCapturePath(slug));

const SYRIA_TOPICS = {
  regions: ['Middle East & North Africa'],
  themes: ['Terrorism', 'US NATO War Agenda'],
  reports: ['SYRIA'],
};

interface Facts {
  slug: string;
  /** The name the capture had when it was first ingested, recorded in the frontmatter. */
  captureFile: string;
  title: string;
  authors: { name: string; slug: string }[];
  publisherDate: string;
  original?: { name: string; slug: string; date?: string };
  standfirst?: string;
  copyright: string;
  /** How the cleaned body starts and ends, read off the capture. */
  first: string;
  last: string;
  /** Phrases with curly quotes and en dashes exactly as the capture has them. */
  typography: string[];
}

const MOON_OF_ALABAMA = { name: 'Moon of Alabama', slug: 'moon-of-alabama' };

const ARTICLES: Facts[] = [
  {
    slug: 'aleppo-liberated-exodus-of-al-qaeda-rebels-turkeys-problems-increase',
    captureFile: '000_187ee4d12d9baa25.txt',
    title: "Aleppo Liberated, Exodus of Al Qaeda Rebels, Turkey's Problems Increase",
    authors: [MOON_OF_ALABAMA],
    publisherDate: '2016-12-28',
    original: { ...MOON_OF_ALABAMA, date: '2016-12-27' },
    standfirst:
      'As planned by the Russian forces the liberation of east-Aleppo was completed before Christmas. There are no longer beheadings by Takfiris in East-Aleppo. Instead a Christmas mass could be held in the damaged Elias Cathedral in the Old City in east-Aleppo.',
    copyright: 'Copyright © Moon of Alabama, Moon of Alabama, 2016',
    first: 'A total of about 88,000 people left the area during the evacuation of east-Aleppo.',
    last: 'It will probably take decades for Turkey to rid the formerly secular country of such deadly cancer.',
    typography: [
      'Their “Euphrates Shield” operation',
      '(video of just one stash – 1, 2) – mostly produced in Bulgaria',
      '(The economic problems don’t help either.)',
      'part two Russia’s role in the Syrian war',
    ],
  },
  {
    slug: 'al-qaedas-retreat-east-aleppo-siege-nears-its-end',
    captureFile: '001_aeefc83fec65d672.txt',
    title: "Al Qaeda's Retreat: East-Aleppo Siege Nears Its End",
    authors: [MOON_OF_ALABAMA],
    publisherDate: '2016-12-06',
    original: { ...MOON_OF_ALABAMA, date: '2016-12-05' },
    copyright: 'Copyright © Moon of Alabama, Moon of Alabama, 2016',
    first: 'This is the situation in east-Aleppo as of Dec 4, 6PM ET.',
    last: 'There they will be pampered and rest until their masters call for another battle.',
    typography: [
      '“We were under pressure by all means, psychological and financial.',
      'and then we crossed,” she said.',
      'The EU has even worse ideas – it wants to bribe',
      'Numbers every “western” media repeated without caveats.',
    ],
  },
  {
    slug: 'video-on-the-liberation-of-aleppo-defeat-of-al-qaeda-agreed-safe-withdrawal-of',
    captureFile: '002_a042e854816e3bd8.txt',
    title:
      'Video on the Liberation of Aleppo, “Defeat of Al Qaeda”: Agreed “Safe Withdrawal” of Al Qaeda Rebels from Eastern Party of City',
    authors: [
      { name: 'South Front', slug: 'south-front' },
      { name: 'Prof Michel Chossudovsky', slug: 'michel-chossudovsky' },
    ],
    publisherDate: '2016-12-13',
    original: { name: 'South Front', slug: 'south-front' },
    copyright: 'Copyright © South Front and Prof Michel Chossudovsky, South Front, 2016',
    first: 'GR Editor’s Note',
    last: 'It seems ISIS leadership and their partners planned and implemented an up-to-date and successful operation to not allow the Syrian government and its allies to gain the strategic initiative in media and diplomatic terms.',
    typography: [
      'who are now upheld as “opposition” rebels.',
      'It’s called “Responsibility to Protect” (R2P).',
      'as part of a so-called “counterterrorism operation”.',
    ],
  },
  {
    slug: 'the-liberation-of-aleppo-a-regional-turning-point-setback-for-us-led-aggression',
    captureFile: '003_be93c35ca172c5ff.txt',
    title: 'The Liberation of Aleppo: A Regional Turning Point. Setback for US-Led Aggression',
    authors: [{ name: 'Prof. Tim Anderson', slug: 'tim-anderson' }],
    publisherDate: '2016-12-21',
    standfirst:
      'In late 2016, at the cost of many young lives, Syrian forces took back the eastern part of the city of Aleppo, occupied by NATO and Saudi backed terrorists for more than four years.',
    copyright: 'Copyright © Prof. Tim Anderson, Global Research, 2016',
    first:
      "The liberation of Aleppo, Syria's second city and an ancient marvel, represents the most serious setback for the 15-year long Washington-led aggression on the entire region.",
    last: "Will the new, enhanced 'Axis of Resistance' take its place?",
    typography: [
      'But this great war of aggression – called the creation of',
      'a handful of foreign agents – US, Saudi, Israeli and others – said to remain',
    ],
  },
  {
    slug: 'syrian-government-retakes-eastern-aleppo-remaining-islamist-militia-evacuated',
    captureFile: '004_e65abdc646be3043.txt',
    title: 'Syrian Government Retakes Eastern Aleppo. Remaining Islamist Militia Evacuated',
    authors: [{ name: 'Bill Van Auken', slug: 'bill-van-auken' }],
    publisherDate: '2016-12-14',
    original: { name: 'World Socialist Web Site', slug: 'world-socialist-web-site' },
    standfirst:
      'An agreement brokered by the governments of Russia and Turkey to evacuate remaining Islamist militia members and a relatively small number of civilians from the last remaining neighborhood of eastern Aleppo under “rebel” control appeared on Tuesday to have ended four years of fighting in what was previously Syria’s largest city and its commercial capital.',
    copyright: 'Copyright © Bill Van Auken, World Socialist Web Site, 2016',
    first:
      'The fall of eastern Aleppo to Syrian government forces, backed by Russian airpower and Shia militias aligned with Iran, marks a turning point',
    last: 'A Russian-backed Syrian drive against the city would raise the real threat of a clash between the world’s two largest nuclear powers.',
    typography: [
      'represented the last significant population center under “rebel” control.',
      'particularly Washington’s war drive against Russia',
      'that stain our conscience decades later—Halabja, Rwanda, Srebrenica and now Aleppo.”',
    ],
  },
];

const conversions = new Map<string, ReturnType<typeof convertCapture>>();
/** Converted once per capture; tests only read the result. */
function converted(facts: Facts): ReturnType<typeof convertCapture> {
  if (!conversions.has(facts.slug))
    conversions.set(facts.slug, convertCapture(captureBytes(facts.slug), facts.captureFile));
  return structuredClone(conversions.get(facts.slug)!);
}

/** Body text as a reader sees it: emphasis markers and list bullets gone, white space collapsed. */
function readerText(markdown: string): string {
  return markdown
    .replace(/^\s*[-*+]\s+/gm, '')
    .replace(/\*/g, '')
    .replace(/[\s\u00a0]+/gu, ' ')
    .trim();
}

const FURNITURE = [
  'The original source of this article is',
  'Copyright ©',
  'Facebook page',
  'Become a Member',
  'Articles by:',
  'Disclaimer',
  'fair use',
  'media inquiries',
  'click image to order',
  'PayPal',
  '](#)',
];

describe.each(ARTICLES)('founding capture $captureFile → $slug', (facts) => {
  it('gives metadata the article schema accepts unchanged', () => {
    const { data } = converted(facts);
    expect(articleSchema.parse(data)).toEqual(data);
  });

  it('reads the title, authors and publisher date off the capture', () => {
    const { data } = converted(facts);
    expect(data.title).toBe(facts.title);
    expect(data.authors).toEqual(facts.authors);
    expect(data.publisher).toEqual({ name: 'Global Research', slug: 'global-research', date: facts.publisherDate });
  });

  it('names the original outlet and its date, or none when Global Research ran it first', () => {
    const { data } = converted(facts);
    if (facts.original) expect(data.original).toEqual(facts.original);
    else expect(data).not.toHaveProperty('original');
  });

  it('reads the topics, the standfirst and the copyright line', () => {
    const { data } = converted(facts);
    expect(data.topics).toEqual(SYRIA_TOPICS);
    if (facts.standfirst) expect(data.standfirst).toBe(facts.standfirst);
    else expect(data).not.toHaveProperty('standfirst');
    expect(data.copyright).toBe(facts.copyright);
  });

  it('records the capture it came from', () => {
    const bytes = captureBytes(facts.slug);
    expect(converted(facts).data.capture).toMatchObject({ file: facts.captureFile, bytes: bytes.length });
  });

  it("keeps the author's first and last sentences at the start and end of the body", () => {
    const text = readerText(converted(facts).body);
    expect(text.startsWith(facts.first)).toBe(true);
    expect(text.endsWith(facts.last)).toBe(true);
  });

  it('leaves no publisher furniture and no dead link syntax in the body', () => {
    const { body } = converted(facts);
    for (const furniture of FURNITURE) expect(body).not.toContain(furniture);
    expect(body).not.toContain('\\');
  });

  it('keeps curly quotes and dashes exactly as in the capture', () => {
    const text = readerText(converted(facts).body);
    for (const phrase of facts.typography) expect(text).toContain(phrase);
    expect(text).not.toMatch(/&#x?[0-9a-f]+;|&[a-z]+;/i);
  });
});

describe('founding captures: repairs a reader would notice', () => {
  const body = (slug: string) => readerText(converted(ARTICLES.find((facts) => facts.slug === slug)!).body);
  const [c000, c001, c002] = ARTICLES.map((facts) => facts.slug) as [string, string, string];

  it('rejoins paragraphs that a stray blank line split mid-sentence', () => {
    expect(body(c001)).toContain('Jabhat al-Nusra joined the CIA equipped Zinki group in attacks');
    expect(body(c001)).toContain('east-Aleppo some 21,000+ civilians have left');
    expect(body(c002)).toContain('near the Tyas Airbase and important hill tops captured by the terrorist group');
  });

  it('folds the bogus heading of capture 000 back into its sentence', () => {
    expect(body(c000)).toContain("neocon propagandists were claiming that Russia's Giving ISIS An Air Force.)");
    expect(converted(ARTICLES[0]!).body).not.toMatch(/^#/m);
  });

  it('shows "\\$100" as "$100"', () => {
    expect(body(c000)).toContain('are estimated to be about $100 million in value.');
  });

  it("keeps the GR Editor's Note and Michel Chossudovsky's signature", () => {
    const text = body(c002);
    expect(text).toContain('GR Editor’s Note Most mainstream media will accuse Syrian government forces');
    expect(text).toContain('The Truth is a powerful weapon. Michel Chossudovsky, December 13, 2016');
    expect(converted(ARTICLES[2]!).body).toContain('\n\nMichel Chossudovsky, December 13, 2016\n\n');
  });

  it('keeps the Arabic text of the quoted tweet', () => {
    expect(body(c001)).toContain('Map updated on #حلب بداية النهاية بالنسبة لشرق');
    expect(body(c001)).toContain('December 4, 6 PM washingtoninstitute.org/ar/policy-anal...');
  });
});

/**
 * An independent reading of the capture: the lines between the topic lines and the footer's source line, with
 * link syntax and escapes stripped by plain regexes, minus the standfirst and the promotions.
 */
function captureBodyParagraphs(capture: string): { standfirst?: string; paragraphs: string[] } {
  const lines = capture.split('\n');
  const start = lines.findIndex((line) => line.startsWith('In-depth Report:')) + 1;
  const end = lines.findIndex((line) => line.startsWith('The original source of this article is'));
  expect(start).toBeGreaterThan(0);
  expect(end).toBeGreaterThan(start);
  const strip = (text: string) =>
    text
      .replace(/\]\(#\)/g, '')
      .replace(/\[/g, '')
      .replace(/\\(.)/g, '$1')
      .replace(/^#{1,6}\s+/gm, '');
  const paragraphs = lines
    .slice(start, end)
    .join('\n')
    .split(/\n[\s\u00a0]*\n/u)
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph !== '');
  let standfirst: string | undefined;
  if (/^\*[^*][\s\S]*\*$/.test(paragraphs[0]!)) standfirst = readerText(strip(paragraphs.shift()!));
  const kept = paragraphs.filter((paragraph) => !/click image to order|PayPal/.test(paragraph));
  return { ...(standfirst ? { standfirst } : {}), paragraphs: kept.map((paragraph) => readerText(strip(paragraph))) };
}

const sentences = (text: string) => text.split(/(?<=[.!?])\s+/).filter((sentence) => sentence.trim() !== '');
const words = (text: string) => text.split(' ').filter(Boolean);

describe.each(ARTICLES)('no word lost: $slug', (facts) => {
  const capture = captureBytes(facts.slug).toString('utf8');
  const expected = captureBodyParagraphs(capture);

  it('finds every sentence of the capture body in the cleaned body', () => {
    const cleaned = readerText(converted(facts).body);
    const all = expected.paragraphs.flatMap(sentences);
    expect(all.length).toBeGreaterThan(10);
    const missing = all.filter((sentence) => !cleaned.includes(sentence));
    expect(missing).toEqual([]);
  });

  it('has exactly as many words as the capture body, in the same order', () => {
    const cleaned = readerText(converted(facts).body);
    expect(words(cleaned)).toEqual(words(expected.paragraphs.join(' ')));
  });

  it('takes the standfirst, and only it, from above the body', () => {
    expect(converted(facts).data.standfirst).toBe(expected.standfirst);
  });
});
