import { describe, expect, it } from 'vitest';
import { globalResearchProfile } from '../profiles/profiles';
import removeFooter from './remove-footer';
import { runTransform } from './test-helpers';

const BODY = 'It will probably take decades for Turkey to rid the formerly secular country of such deadly cancer.';

const DISCLAIMER =
  'The contents of this article are of sole responsibility of the author(s). The Centre for Research on Globalization will not be responsible for any inaccurate or incorrect statement in this article.';
const FAIR_USE_START =
  '[www.globalresearch.ca](http://www.globalresearch.ca) contains copyrighted material the use of which has not always been specifically authorized by the copyright owner. The material on this site is distributed without profit to those';
const FAIR_USE_END = 'who have expressed a prior interest in receiving it for research and educational purposes.';

/** The footer as capture 000 has it: hard break after the source line, a rule, a bold heading. */
const FULL_FOOTER = [
  'The original source of this article is [Moon of Alabama](#)  \nCopyright © [Moon of Alabama](#), [Moon of Alabama](#), 2016',
  '---',
  '[Comment on Global Research Articles on our Facebook page](#)',
  '## **Become a Member of Global Research**',
  'Articles by: [Moon of Alabama](#)',
  `**Disclaimer:** ${DISCLAIMER}`,
  `${FAIR_USE_START} ${FAIR_USE_END}`,
  'For media inquiries: [publications@globalresearch.ca](mailto:publications@globalresearch.ca)',
].join('\n\n');

const removed = (kind: string, count = 1) => ({ kind, count });

describe('remove-footer: the publisher footer', () => {
  it('removes the whole footer and counts each kind once', () => {
    const { markdown, cleaning } = runTransform(removeFooter, `${BODY}\n\n${FULL_FOOTER}\n`, globalResearchProfile());
    expect(markdown).toBe(`${BODY}\n`);
    expect(cleaning.removed).toEqual([
      removed('source-line'),
      removed('copyright-line'),
      removed('separator'),
      removed('facebook-link'),
      removed('membership-link'),
      removed('author-index-link'),
      removed('disclaimer'),
      removed('fair-use-notice'),
      removed('media-inquiries'),
    ]);
  });

  it('keeps the source and copyright lines as facts', () => {
    const { data } = runTransform(removeFooter, `${BODY}\n\n${FULL_FOOTER}\n`, globalResearchProfile());
    expect(data.footer).toEqual({
      originalOutlet: 'Moon of Alabama',
      copyright: 'Copyright © Moon of Alabama, Moon of Alabama, 2016',
    });
  });

  it('reads an unlinked source line and a soft-broken copyright line', () => {
    const { data, markdown } = runTransform(
      removeFooter,
      `${BODY}\n\nThe original source of this article is Global Research\nCopyright © [Prof. Tim Anderson](#), Global Research, 2016\n`,
      globalResearchProfile(),
    );
    expect(markdown).toBe(`${BODY}\n`);
    expect(data.footer).toEqual({
      originalOutlet: 'Global Research',
      copyright: 'Copyright © Prof. Tim Anderson, Global Research, 2016',
    });
  });

  it('counts a footer paragraph that the page wrapped mid-sentence once', () => {
    const footer = [
      'Articles by: [Bill Van Auken](#)',
      `**Disclaimer:** ${DISCLAIMER}  \n${FAIR_USE_START}`,
      FAIR_USE_END,
      'For media inquiries: [publications@globalresearch.ca](mailto:publications@globalresearch.ca)',
    ].join('\n\n');
    const { markdown, cleaning } = runTransform(removeFooter, `${BODY}\n\n${footer}\n`, globalResearchProfile());
    expect(markdown).toBe(`${BODY}\n`);
    expect(cleaning.removed).toEqual([
      removed('author-index-link'),
      removed('disclaimer'),
      removed('fair-use-notice'),
      removed('media-inquiries'),
    ]);
  });

  it('counts "Articles by:" once when the author names wrap over several lines', () => {
    const footer = [
      'Articles by: [South Front](#) and\n[Prof Michel\nChossudovsky](#)',
      `Disclaimer: ${DISCLAIMER}`,
    ].join('\n\n');
    const { markdown, cleaning } = runTransform(removeFooter, `${BODY}\n\n${footer}\n`, globalResearchProfile());
    expect(markdown).toBe(`${BODY}\n`);
    expect(cleaning.removed).toEqual([removed('author-index-link'), removed('disclaimer')]);
  });

  it('counts an unknown paragraph inside the footer as other footer', () => {
    const footer = ['Articles by: [Moon of Alabama](#)', 'Related Articles'].join('\n\n');
    const { markdown, cleaning } = runTransform(removeFooter, `${BODY}\n\n${footer}\n`, globalResearchProfile());
    expect(markdown).toBe(`${BODY}\n`);
    expect(cleaning.removed).toEqual([removed('author-index-link'), removed('other-footer')]);
  });
});

describe('remove-footer: bodies without a footer', () => {
  it('leaves a body with no footer unchanged', () => {
    const body = `${BODY}\n\nSecond paragraph, with a [link](#).\n\n* * *\n\nThird paragraph.\n`;
    const { markdown, cleaning, data } = runTransform(removeFooter, body, globalResearchProfile());
    expect(markdown).toBe(body);
    expect(cleaning).toEqual({ removed: [], repaired: [] });
    expect(data.footer).toEqual({});
  });

  it('does not start the footer at a body sentence that only mentions a footer phrase', () => {
    const body = 'He said the original source of this article is unknown, and Copyright law was never mentioned.\n';
    const { markdown, cleaning } = runTransform(removeFooter, body, globalResearchProfile());
    expect(markdown).toBe(body);
    expect(cleaning.removed).toEqual([]);
  });
});
