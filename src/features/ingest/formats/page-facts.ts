/** What one captured page states about itself, read from its metadata, in any format. Absent means not stated. */
export interface PageFacts {
  title?: string;
  /** Names as the page credits them. */
  authors: string[];
  /** The outlet's own name for itself (a site-name key, og:site_name, JSON-LD publisher). */
  siteName?: string;
  /** The page's address: canonical link, og:url, the clipper's source, or the WARC-Target-URI. */
  url?: string;
  /** The publication day, YYYY-MM-DD. */
  published?: string;
  /** The publisher's own keywords (JSON-LD keywords, article:tag); never a clipper user's tags. */
  keywords: string[];
  copyright?: string;
  /** The program that saved the page, where the file says. */
  tool?: string;
  /** When the page was saved, ISO 8601 as stated. */
  capturedAt?: string;
}
