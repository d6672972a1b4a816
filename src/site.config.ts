import { ENTITY_INDEX_URL, siteHref } from './shared/urls';

/** Where the archive is published when the build is not told: set SITE_URL (or `astro build --site`) instead. */
const DEFAULT_SITE_URL = 'https://aleppo-2016.archive.example';

/**
 * The site's address, from one place. In a build, Astro's resolved `site` (import.meta.env.SITE: `--site`, else
 * astro.config.ts's, which is this file's); where Astro is not running (its own config, the ingest, the tests),
 * SITE_URL from the environment, else the default above.
 */
const siteUrl = (import.meta as Partial<ImportMeta>).env?.SITE || globalThis.process?.env.SITE_URL || DEFAULT_SITE_URL;

/** Everything that names this collection. Another collection swaps this file, not the code. */
export const site = {
  name: 'Aleppo 2016 Press Archive',
  shortName: 'Aleppo 2016',
  url: siteUrl,
  description:
    'A documentary archive of news and opinion articles on the end of the battle of Aleppo, preserved as Global Research republished them in December 2016, with full provenance.',
  language: 'en',
  publisher: 'Global Research',
  collection: {
    intro:
      'News and opinion articles about the end of the battle of Aleppo, as Global Research republished them. Each is kept exactly as it was published, with a record of where it first appeared and a verbatim copy of the capture it was taken from.',
    neutralityNote:
      'The articles are reproduced as published. Their claims and opinions are their authors’. The archive presents them as documents of how these events were reported, and neither endorses nor rebuts them.',
    reuseNote:
      'The articles remain the copyright of their authors and original outlets, as each article’s copyright line states. The archive reproduces them, and offers these files, for research and education under the publisher’s reuse terms.',
  },
  nav: [
    { href: siteHref('/'), label: 'Articles' },
    { href: siteHref('/archive/'), label: 'By date' },
    { href: siteHref('/timeline/'), label: 'Timeline' },
    { href: siteHref('/authors/'), label: 'Authors' },
    { href: siteHref('/sources/'), label: 'Sources' },
    { href: siteHref('/topics/'), label: 'Topics' },
    { href: ENTITY_INDEX_URL, label: 'People & places' },
    { href: siteHref('/data/'), label: 'Data' },
    { href: siteHref('/about/'), label: 'About' },
  ],
} as const;

export type NavItem = (typeof site.nav)[number];
