import { describe, expect, it } from 'vitest';
import { IngestError } from '../ingest-error';
import { globalResearchProfile } from '../profiles/profiles';
import extractHeader from './extract-header';
import { runTransform } from './test-helpers';

const BYLINE = 'By [Moon of Alabama](#)';
const DATED = 'Global Research, December 28, 2016';
const BODY = 'A [total](#) of about 88,000 people left the area.';

/** Blocks separated by blank lines, as most captures have them. */
const capture = (...blocks: string[]) => `${blocks.join('\n\n')}\n`;

const header = (markdown: string) => {
  const result = runTransform(extractHeader, markdown, globalResearchProfile().header);
  return { ...result, header: result.data.header! };
};

/** The IngestError the header refuses the capture with. */
function refusal(markdown: string): IngestError {
  try {
    runTransform(extractHeader, markdown, globalResearchProfile().header);
  } catch (error) {
    expect(error).toBeInstanceOf(IngestError);
    return error as IngestError;
  }
  throw new Error('expected the capture to be refused');
}

describe('extract-header: title', () => {
  it('takes a "# " heading as the title', () => {
    const { header: read, markdown } = header(
      capture('# Aleppo Liberated, Exodus of Al Qaeda Rebels', BYLINE, DATED, BODY),
    );
    expect(read.title).toBe('Aleppo Liberated, Exodus of Al Qaeda Rebels');
    expect(markdown).toBe(`${BODY}\n`);
  });

  it('takes a bare first line as the title', () => {
    const { header: read } = header(
      capture("Al Qaeda's Retreat: East-Aleppo Siege Nears Its End", BYLINE, DATED, BODY),
    );
    expect(read.title).toBe("Al Qaeda's Retreat: East-Aleppo Siege Nears Its End");
  });

  it('skips blank and NBSP-only lines above the title', () => {
    const { header: read } = header(`\n\n\u00a0\n\n# The Title\n\n${BYLINE}\n\n${DATED}\n\n${BODY}\n`);
    expect(read.title).toBe('The Title');
  });

  it('keeps curly quotes in the title as written', () => {
    const title = 'Video on the Liberation of Aleppo, “Defeat of Al Qaeda”: Agreed “Safe Withdrawal”';
    expect(header(capture(title, BYLINE, DATED, BODY)).header.title).toBe(title);
  });
});

describe('extract-header: byline', () => {
  const authorsOf = (byline: string) => header(capture('# T', byline, DATED, BODY)).header.authors;

  it('reads one linked author', () => {
    expect(authorsOf('By [Moon of Alabama](#)')).toEqual(['Moon of Alabama']);
  });

  it('reads linked authors joined by "and" and commas, in order', () => {
    expect(authorsOf('By [South Front](#) and [Prof Michel Chossudovsky](#)')).toEqual([
      'South Front',
      'Prof Michel Chossudovsky',
    ]);
    expect(authorsOf('By [Ann Poe](#), [Bob Roe](#) and [Cy Doe](#)')).toEqual(['Ann Poe', 'Bob Roe', 'Cy Doe']);
  });

  it('does not split a linked name that itself contains "and"', () => {
    expect(authorsOf('By [Peace and Justice Network](#)')).toEqual(['Peace and Justice Network']);
  });

  it('reads unlinked authors joined by "and", "&" and commas', () => {
    expect(authorsOf('By Ann Poe, Bob Roe and Cy Doe')).toEqual(['Ann Poe', 'Bob Roe', 'Cy Doe']);
    expect(authorsOf('By Ann Poe & Bob Roe')).toEqual(['Ann Poe', 'Bob Roe']);
    expect(authorsOf('By Prof. Tim Anderson')).toEqual(['Prof. Tim Anderson']);
  });

  it('keeps an unlinked co-author next to a linked one, in byline order', () => {
    expect(authorsOf('By [South Front](#) and Ann Poe')).toEqual(['South Front', 'Ann Poe']);
    expect(authorsOf('By Ann Poe, [South Front](#) and Bob Roe')).toEqual(['Ann Poe', 'South Front', 'Bob Roe']);
  });

  it('reads a byline packed into one paragraph with the date and outlet lines (soft breaks)', () => {
    const { header: read } = header(
      capture(
        'Title line',
        'By [South Front](#) and [Prof Michel Chossudovsky](#)\nGlobal Research, December 13, 2016\n[South Front](#)',
        BODY,
      ),
    );
    expect(read.authors).toEqual(['South Front', 'Prof Michel Chossudovsky']);
    expect(read.publisher).toEqual({ name: 'Global Research', date: '2016-12-13' });
    expect(read.outlet).toEqual({ name: 'South Front' });
  });
});

describe('extract-header: publisher, date and outlet', () => {
  it('reads "Global Research, December 28, 2016" as the publisher and its ISO date', () => {
    expect(header(capture('# T', BYLINE, DATED, BODY)).header.publisher).toEqual({
      name: 'Global Research',
      date: '2016-12-28',
    });
  });

  it('reads a zero-padded day', () => {
    expect(header(capture('# T', BYLINE, 'Global Research, December 06, 2016', BODY)).header.publisher.date).toBe(
      '2016-12-06',
    );
  });

  it('reads the outlet line with its date', () => {
    const { header: read } = header(capture('# T', BYLINE, DATED, '[Moon of Alabama](#) 27 December 2016', BODY));
    expect(read.outlet).toEqual({ name: 'Moon of Alabama', date: '2016-12-27' });
  });

  it('reads an outlet line without a date', () => {
    const { header: read, markdown } = header(
      capture('# T', BYLINE, DATED, '[South Front](#)', 'Region: [Syria](#)', BODY),
    );
    expect(read.outlet).toEqual({ name: 'South Front' });
    expect(markdown).toBe(`${BODY}\n`);
  });

  it('has no outlet when the capture has no outlet line, and leaves the first body paragraph alone', () => {
    const { header: read, markdown } = header(capture('# T', BYLINE, DATED, BODY, 'Second paragraph.'));
    expect(read.outlet).toBeUndefined();
    expect(read.topics).toEqual({ regions: [], themes: [], reports: [] });
    expect(markdown).toBe(`${BODY}\n\nSecond paragraph.\n`);
  });

  it('does not take a body paragraph holding one link as an outlet line', () => {
    const { header: read, markdown } = header(capture('# T', BYLINE, DATED, 'Map via [Fabrice Balanche](#)'));
    expect(read.outlet).toBeUndefined();
    expect(markdown).toBe('Map via [Fabrice Balanche](#)\n');
  });
});

describe('extract-header: topic lines', () => {
  const TOPICS = {
    regions: ['Middle East & North Africa', 'Europe'],
    themes: ['Terrorism', 'US NATO War Agenda'],
    reports: ['SYRIA'],
  };
  const REGION = 'Region: [Middle East & North Africa](#), [Europe](#)';
  const THEME = 'Theme: [Terrorism](#), [US NATO War Agenda](#)';
  const REPORT = 'In-depth Report: [SYRIA](#)';

  it('reads several linked values from Region, Theme and In-depth Report lines separated by blank lines', () => {
    const { header: read, markdown } = header(capture('# T', BYLINE, DATED, REGION, THEME, REPORT, BODY));
    expect(read.topics).toEqual(TOPICS);
    expect(markdown).toBe(`${BODY}\n`);
  });

  it('reads the same lines packed into one paragraph with soft breaks', () => {
    const { header: read, markdown } = header(capture('# T', BYLINE, DATED, [REGION, THEME, REPORT].join('\n'), BODY));
    expect(read.topics).toEqual(TOPICS);
    expect(markdown).toBe(`${BODY}\n`);
  });

  it('reads a topic line behind an NBSP-only line in the same paragraph', () => {
    const { header: read } = header(capture('# T', BYLINE, DATED, REGION, THEME, `\u00a0\n${REPORT}`, BODY));
    expect(read.topics).toEqual(TOPICS);
  });

  it('reads unlinked values split at commas', () => {
    const { header: read } = header(capture('# T', BYLINE, DATED, 'Theme: Terrorism, US NATO War Agenda', BODY));
    expect(read.topics.themes).toEqual(['Terrorism', 'US NATO War Agenda']);
  });

  it('reads the outlet line above the topic lines', () => {
    const { header: read } = header(
      capture('# T', BYLINE, DATED, '[Moon of Alabama](#) 27 December 2016', REGION, THEME, REPORT, BODY),
    );
    expect(read.outlet).toEqual({ name: 'Moon of Alabama', date: '2016-12-27' });
    expect(read.topics).toEqual(TOPICS);
  });
});

describe('extract-header: standfirst', () => {
  const STANDFIRST = 'As planned by the Russian forces the liberation of east-Aleppo was completed before Christmas.';

  it('takes the italic paragraph under the header out of the body', () => {
    const { header: read, markdown } = header(capture('# T', BYLINE, DATED, `*${STANDFIRST}*`, BODY));
    expect(read.standfirst).toBe(STANDFIRST);
    expect(markdown).toBe(`${BODY}\n`);
  });

  it('keeps a body that starts with a non-italic paragraph whole', () => {
    const { header: read, markdown } = header(capture('# T', BYLINE, DATED, 'GR Editor’s Note', BODY));
    expect(read.standfirst).toBeUndefined();
    expect(markdown).toBe(`GR Editor’s Note\n\n${BODY}\n`);
  });

  it('does not take a paragraph that is only partly italic', () => {
    const { header: read, markdown } = header(capture('# T', BYLINE, DATED, '*Partly* italic opening.', BODY));
    expect(read.standfirst).toBeUndefined();
    expect(markdown).toBe(`*Partly* italic opening.\n\n${BODY}\n`);
  });

  it('takes only the first italic paragraph', () => {
    const { header: read, markdown } = header(
      capture('# T', BYLINE, DATED, `*${STANDFIRST}*`, '*A later italic quote.*'),
    );
    expect(read.standfirst).toBe(STANDFIRST);
    expect(markdown).toBe('*A later italic quote.*\n');
  });
});

describe('extract-header: refusals', () => {
  it('refuses a capture whose first block cannot be a title (a list)', () => {
    const error = refusal(capture('- not a title', BYLINE, DATED, BODY));
    expect(error.reason).toMatch(/^no title/);
  });

  it('refuses a capture without a byline, naming the byline', () => {
    expect(refusal(capture('# T', DATED, BODY)).reason).toMatch(/^no byline/);
    expect(refusal(capture('Just one paragraph of text.')).reason).toMatch(/^no byline/);
  });

  it('refuses a capture without a date line, naming the publication date', () => {
    expect(refusal(capture('# T', BYLINE, 'Region: [Syria](#)', BODY)).reason).toMatch(/^no publication date/);
  });

  it('names the missing date even when the next line has a comma in it', () => {
    expect(refusal(capture('# T', BYLINE, 'Theme: [Terrorism](#), [US NATO War Agenda](#)', BODY)).reason).toMatch(
      /^no publication date/,
    );
    expect(refusal(capture('# T', BYLINE, BODY)).reason).toMatch(/^no publication date/);
  });

  it('refuses a date that is not a real day, quoting it', () => {
    const error = refusal(capture('# T', BYLINE, 'Global Research, February 30, 2016', BODY));
    expect(error.reason).toContain('"February 30, 2016" is not a valid date');
  });
});
