import { ENTITY_INDEX_URL } from './shared/urls';

/** Everything that names this collection. Another collection swaps this file, not the code. */
export const site = {
  name: 'Aleppo 2016 Press Archive',
  shortName: 'Aleppo 2016',
  url: 'https://aleppo-2016.archive.example',
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
    { href: '/', label: 'Articles' },
    { href: '/archive/', label: 'By date' },
    { href: '/timeline/', label: 'Timeline' },
    { href: '/authors/', label: 'Authors' },
    { href: '/sources/', label: 'Sources' },
    { href: '/topics/', label: 'Topics' },
    { href: ENTITY_INDEX_URL, label: 'People & places' },
    { href: '/data/', label: 'Data' },
    { href: '/about/', label: 'About' },
  ],
} as const;

export type NavItem = (typeof site.nav)[number];
