import { extractHtmlPage, type HtmlPage } from '../html/extract-html-page';
import type { CleaningTally } from '../cleaning-tally';
import { profileForUrl } from '../profiles/profiles';
import type { PageFacts } from './page-facts';

export interface ReadPage {
  facts: PageFacts;
  markdown: string;
}

/**
 * A saved HTML page, or a web archive's HTML payload at `address`. A publisher's profile can name more furniture
 * for its pages; the page's own canonical address may be the first sign of which publisher it is, so the
 * extraction runs again with the profile's rules when only the page reveals it.
 */
export function readHtmlPage(
  html: string,
  address: string | undefined,
  makeTally: () => CleaningTally,
): ReadPage & { tally: CleaningTally } {
  let tally = makeTally();
  const profileAtAddress = profileForUrl(address);
  let page: HtmlPage = extractHtmlPage(html, { address, tally, furniture: profileAtAddress?.pageFurniture ?? [] });
  const profile = profileForUrl(page.url);
  if (profile && profile !== profileAtAddress && profile.pageFurniture.length > 0) {
    tally = makeTally();
    page = extractHtmlPage(html, { address, tally, furniture: profile.pageFurniture });
  }
  const url = page.url ?? page.savedBy?.address ?? address;
  return {
    tally,
    markdown: page.markdown,
    facts: {
      ...(page.title ? { title: page.title } : {}),
      authors: page.authors,
      ...(page.siteName ? { siteName: page.siteName } : {}),
      ...(url ? { url } : {}),
      ...(page.published ? { published: page.published } : {}),
      keywords: page.keywords,
      ...(page.copyright ? { copyright: page.copyright } : {}),
      ...(page.savedBy?.tool ? { tool: page.savedBy.tool } : {}),
      ...(page.savedBy?.savedAt ? { capturedAt: page.savedBy.savedAt } : {}),
    },
  };
}
