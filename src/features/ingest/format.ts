import type { RemovalKind } from '../articles/schemas/cleaning';

/**
 * What a Global Research article page looks like once saved as Markdown. Patterns match the text of a
 * line with link targets already dropped, so "[Moon of Alabama](#)" reads "Moon of Alabama".
 */
export const captureFormat = {
  header: {
    byline: /^By\s+(.+)$/i,
    /** "Global Research, December 28, 2016": the republisher and its date. */
    publisherLine: /^([^,]{2,80}),\s*(.+)$/,
    topicLines: {
      regions: /^Region:\s*(.*)$/i,
      themes: /^Theme:\s*(.*)$/i,
      reports: /^In-depth Report:\s*(.*)$/i,
    },
  },
  /** Footer lines in the order the publisher prints them; the first one found starts the footer. */
  footer: [
    { kind: 'source-line', pattern: /^The original source of this article is\b/i },
    { kind: 'copyright-line', pattern: /^Copyright\s*(?:©|\(c\))/i },
    { kind: 'facebook-link', pattern: /^Comment on Global Research Articles on our Facebook page/i },
    { kind: 'membership-link', pattern: /^Become a Member of Global Research/i },
    { kind: 'author-index-link', pattern: /^Articles by:/i },
    { kind: 'disclaimer', pattern: /^Disclaimer:/i },
    { kind: 'fair-use-notice', pattern: /contains copyrighted material the use of which has not always been/i },
    { kind: 'media-inquiries', pattern: /^For media inquiries:/i },
  ] satisfies ReadonlyArray<{ kind: RemovalKind; pattern: RegExp }>,
  sourceLine: /^The original source of this article is\s*(.*)$/i,
  /** Promotions the publisher or the original outlet placed inside the article body. */
  promotions: [
    { kind: 'advertisement', pattern: /click image to order directly from Global Research/i },
    { kind: 'donation-appeal', pattern: /please support the project|\bPayPal:|patreon\.com\/|\/donate\/?(?:\s|>|$)/i },
  ] satisfies ReadonlyArray<{ kind: RemovalKind; pattern: RegExp }>,
} as const;
