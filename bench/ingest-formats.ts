/**
 * Ingest rates per capture format, on captures made from the founding paragraphs: Global Research Markdown (the
 * synthetic corpus itself), web clips, saved HTML pages with a news site's furniture, and the same pages in a
 * WARC.gz and a WACZ. Each format is ingested into its own empty content folder, in this process, and timed wall to
 * wall, so the figures compare formats rather than process start-up.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { ingestCaptures } from '../src/features/ingest/ingest';
import { writeWacz, writeWarc, type FixturePage } from '../tests/fixtures/web-archives';
import { AUTHORS, foundingParagraphs, writeCorpus, type Corpus } from './corpus';
import { streamFor } from './prng';

export const INGEST_FORMATS = ['global-research-markdown', 'web-clipper-markdown', 'html', 'warc', 'wacz'] as const;
export type IngestFormat = (typeof INGEST_FORMATS)[number];

export interface FormatRate {
  format: IngestFormat;
  pages: number;
  wallMs: number;
  pagesPerSecond: number;
}

/** The product's floor for pages read from saved HTML and from web archives. */
export const HTML_PAGES_PER_SECOND_FLOOR = 100;

/**
 * Global Research captures per second with this harness on commit 3aaa07c, the last before the ingest read other
 * formats (1,000 captures, seed 20161228, this 2-core machine; medians of 196–218 over paired runs on 2026-12-04):
 * the figure they must stay near.
 */
export const GLOBAL_RESEARCH_REFERENCE_PAGES_PER_SECOND = 205;

interface PageText {
  title: string;
  author: string;
  day: string;
  url: string;
  paragraphs: string[];
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
/** "[text](#)" as a page would have it: a link into the site, relative to the page. */
const linksAsHtml = (paragraph: string) =>
  escapeHtml(paragraph).replace(
    /\[([^\]]*)\]\(#\)/g,
    (_, text: string) => `<a href="/tag/${encodeURIComponent(text)}">${text}</a>`,
  );

async function pageTexts(count: number, seed: number): Promise<PageText[]> {
  const pool = await foundingParagraphs();
  return Array.from({ length: count }, (_, index) => {
    const random = streamFor(seed, `format page ${index}`);
    const paragraphs = Array.from({ length: 14 }, () => pool[Math.floor(random() * pool.length)]!);
    const day = String((index % 28) + 1).padStart(2, '0');
    return {
      title: `Dispatch ${index + 1} from the Harbour Desk`,
      author: AUTHORS[index % AUTHORS.length]!,
      day: `2016-12-${day}`,
      url: `https://harbourdesk.example/2016/12/dispatch-${index + 1}/`,
      paragraphs,
    };
  });
}

/** A news site's article page: JSON-LD and Open Graph, navigation, a cookie banner, share bar, newsletter box, related list, comments. */
export function htmlPage(page: PageText): string {
  const body = page.paragraphs.map((paragraph) => `<p>${linksAsHtml(paragraph)}</p>`);
  body.splice(
    4,
    0,
    '<div class="newsletter-signup"><h3>Get the Desk daily</h3><form><input type="email"><button>Subscribe</button></form></div>',
  );
  body.splice(
    2,
    0,
    '<figure><img src="/media/quay.jpg" alt="The quay at dawn"><figcaption>The quay. Photo: Desk staff</figcaption></figure>',
  );
  const jsonLd = JSON.stringify({
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: page.title,
    author: { '@type': 'Person', name: page.author },
    datePublished: `${page.day}T09:00:00Z`,
    publisher: { '@type': 'Organization', name: 'The Harbour Desk' },
    keywords: 'Harbours, Shipping',
  });
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(page.title)} | The Harbour Desk</title>
<link rel="canonical" href="${page.url}"><meta property="og:site_name" content="The Harbour Desk">
<meta property="og:url" content="${page.url}"><meta name="author" content="${escapeHtml(page.author)}">
<script type="application/ld+json">${jsonLd}</script><script src="/assets/app.js"></script>
<style>${'.x{color:red}'.repeat(200)}</style></head>
<body><header><nav class="main-nav"><ul>${Array.from({ length: 12 }, (_, i) => `<li><a href="/section/${i}/">Section ${i}</a></li>`).join('')}</ul></nav></header>
<div class="cookie-consent" role="dialog"><p>We use cookies.</p><button>OK</button></div>
<main><article><h1>${escapeHtml(page.title)}</h1><p class="byline">By ${escapeHtml(page.author)}</p>
<div class="share-bar"><a href="https://www.facebook.com/sharer/sharer.php?u=${page.url}">Facebook</a> <a href="https://twitter.com/intent/tweet?url=${page.url}">Twitter</a></div>
${body.join('\n')}
<aside class="related-articles"><h2>Read more</h2><ul>${Array.from({ length: 6 }, (_, i) => `<li><a href="/2016/12/other-${i}/">Another dispatch ${i}</a></li>`).join('')}</ul></aside>
</article><section id="comments"><h2>Comments</h2>${'<div class="comment"><p>A reader writes.</p></div>'.repeat(8)}</section></main>
<footer><p>© 2016 The Harbour Desk</p>${Array.from({ length: 20 }, (_, i) => `<a href="/f/${i}">Footer link ${i}</a>`).join(' ')}</footer>
</body></html>
`;
}

function clip(page: PageText): string {
  return `---
title: "${page.title}"
source: "${page.url}"
author:
  - "[[${page.author}]]"
published: ${page.day}
created: 2026-12-01
tags:
  - "clippings"
---
${page.paragraphs.join('\n\n')}
`;
}

async function writeFormat(format: IngestFormat, folder: string, corpus: Corpus, pages: PageText[]): Promise<void> {
  await mkdir(folder, { recursive: true });
  const fixturePages = (): FixturePage[] => pages.map((page) => ({ url: page.url, html: htmlPage(page) }));
  switch (format) {
    case 'global-research-markdown':
      return writeCorpus(corpus, folder);
    case 'web-clipper-markdown':
      for (const [index, page] of pages.entries()) await writeFile(join(folder, `clip-${index}.md`), clip(page));
      return;
    case 'html':
      for (const [index, page] of pages.entries()) await writeFile(join(folder, `page-${index}.html`), htmlPage(page));
      return;
    case 'warc':
      return writeWarc(join(folder, 'crawl.warc.gz'), fixturePages(), { gzip: true, nonPageRecords: false });
    case 'wacz':
      return writeWacz(join(folder, 'crawl.wacz'), fixturePages());
  }
}

/** Ingests `count` captures of each format (the corpus's first `count` for Global Research) and times each run. */
export async function measureIngestFormats(corpus: Corpus, count: number, seed: number): Promise<FormatRate[]> {
  const pages = await pageTexts(count, seed);
  const subset: Corpus = {
    ...corpus,
    articles: corpus.articles.slice(0, count),
    captures: new Map([...corpus.captures].slice(0, count)),
  };
  const root = await mkdtemp(join(tmpdir(), 'archive-bench-formats-'));
  const rates: FormatRate[] = [];
  try {
    for (const format of INGEST_FORMATS) {
      const inbox = join(root, format, 'inbox');
      await writeFormat(format, inbox, subset, pages);
      const started = performance.now();
      const outcomes = await ingestCaptures([inbox], { contentRoot: join(root, format, 'content') });
      const wallMs = performance.now() - started;
      const written = outcomes.filter((outcome) => outcome.status === 'written').length;
      if (written !== count) {
        const refused = outcomes.find((outcome) => outcome.status === 'refused');
        throw new Error(
          `ingest of ${format} wrote ${written} of ${count} pages${refused ? `: ${JSON.stringify(refused)}` : ''}`,
        );
      }
      rates.push({ format, pages: count, wallMs, pagesPerSecond: count / (wallMs / 1000) });
    }
  } finally {
    await rm(root, { recursive: true, force: true });
  }
  return rates;
}
