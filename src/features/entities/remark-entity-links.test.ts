import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import rehypeSanitize from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { articleSanitizeSchema } from '../../markdown.config';
import remarkParagraphAnchors from '../markdown/paragraph-anchors';
import type { EntityAliasFile, FoundNamesFile } from './schema';
import type { ArticleEntity } from './article-entities';
import remarkEntityLinks, { linkFirstMentions, storedEntities } from './remark-entity-links';
import { spellingMatcher } from './mentions';
import { entityUrl } from '../../shared/urls';

const aliases: EntityAliasFile = {
  entities: [{ name: 'Idlib', kind: 'place', spellings: ['Idleb'] }],
  drop: [{ spelling: 'Twitter', reason: 'in "Twitter-English", not the company' }],
};
const found: FoundNamesFile = {
  names: [
    { name: 'Moscow', kind: 'place', spellings: [] },
    { name: 'Washington', kind: 'place', spellings: [] },
    { name: 'Twitter', kind: 'organisation', spellings: [] },
  ],
};

function render(markdown: string, base?: string) {
  const file = new VFile({ value: markdown, data: { astro: { frontmatter: { title: 'kept' } } } });
  const html = unified()
    .use(remarkParse)
    .use(remarkGfm)
    .use(remarkParagraphAnchors)
    .use(remarkEntityLinks, { aliases, found, base })
    .use(remarkRehype)
    .use(rehypeSanitize, articleSanitizeSchema)
    .use(rehypeStringify)
    .processSync(file)
    .toString();
  return { html, frontmatter: file.data.astro!.frontmatter! };
}

const links = (html: string) =>
  [...html.matchAll(/<a href="([^"]*)">([^<]*)<\/a>/g)].map(([, href, text]) => `${text} → ${href}`);

const matcher = spellingMatcher([
  { slug: 'aleppo', spellings: ['Aleppo'] },
  { slug: 'syria', spellings: ['Syria'] },
]);
const parse = (markdown: string) => unified().use(remarkParse).use(remarkGfm).parse(markdown);

describe('linkFirstMentions', () => {
  it('links the first mention of each entity once in a body without headings', () => {
    const tree = parse('Aleppo and Syria.\n\nAleppo again, Syria again.\n');
    linkFirstMentions(tree, matcher);
    const html = unified().use(remarkRehype).use(rehypeStringify).stringify(unified().use(remarkRehype).runSync(tree));
    expect(links(html)).toEqual([`Aleppo → ${entityUrl('aleppo')}`, `Syria → ${entityUrl('syria')}`]);
  });

  it('links again after each level-two heading, never inside a heading', () => {
    const tree = parse('Aleppo.\n\n## Aleppo in December\n\nAleppo fell.\n\n### Syria\n\nAleppo again and Syria.\n');
    linkFirstMentions(tree, matcher);
    const linked: string[] = [];
    for (const node of tree.children) {
      if (node.type === 'heading') expect(JSON.stringify(node)).not.toContain('"link"');
      if (node.type === 'paragraph')
        linked.push(
          node.children
            .filter((child) => child.type === 'link')
            .map((link) => toString(link))
            .join('+'),
        );
    }
    expect(linked).toEqual(['Aleppo', 'Aleppo', 'Syria']);
  });

  it('leaves existing links alone and links a later mention instead', () => {
    const tree = parse('See [Aleppo today](https://example.org/a) and Aleppo.\n');
    linkFirstMentions(tree, matcher);
    const paragraph = tree.children[0] as Root['children'][number] & { children: { type: string; url?: string }[] };
    expect(paragraph.children.filter((child) => child.type === 'link').map((child) => child.url)).toEqual([
      'https://example.org/a',
      entityUrl('aleppo'),
    ]);
  });

  it('never changes the author’s words', () => {
    const markdown =
      'In *east Aleppo*, Syria’s army… **Aleppo**; Aleppo-based, Syria.\n\n> Quoted Aleppo\n\n- Syria listed\n';
    const tree = parse(markdown);
    const before = toString(tree);
    linkFirstMentions(tree, matcher);
    expect(toString(tree)).toBe(before);
  });

  it('does not link part of a word or a table cell', () => {
    const tree = parse('Aleppoans and Syrians.\n\n| Aleppo |\n| --- |\n| Syria |\n');
    linkFirstMentions(tree, matcher);
    expect(JSON.stringify(tree)).not.toContain('"link"');
  });
});

describe('remarkEntityLinks', () => {
  it('stores the article’s entities beside its frontmatter and links only to them', () => {
    const { html, frontmatter } = render(
      'Fighters left for Idleb and Idlib.\n\nMoscow and Washington spoke. Washington agreed in Moscow. Paris too.\n',
    );
    expect(frontmatter.title).toBe('kept');
    const entities = storedEntities('fixture', frontmatter);
    const slugs = entities.map((entity: ArticleEntity) => entity.slug);
    // Only names the two files know: Paris is in neither.
    expect(slugs).toEqual(['idlib', 'moscow', 'washington']);
    expect(entities.find((entity) => entity.slug === 'washington')).toMatchObject({
      name: 'Washington',
      kind: 'place',
      reviewed: false,
      mentions: 2,
    });
    const hrefs = links(html).map((link) => link.split(' → ')[1]);
    expect(hrefs.length).toBeGreaterThan(0);
    for (const href of hrefs) expect(slugs.map(entityUrl)).toContain(href);
    expect(links(html)).toContain(`Idleb → ${entityUrl('idlib')}`);
    expect(html.split(`href="${entityUrl('idlib')}"`)).toHaveLength(2);
  });

  it('keeps the links inside the base a site published under a sub-path is built with', () => {
    const { html } = render('Idleb and Moscow.\n', '/aleppo-archive/');
    expect(links(html)).toEqual([
      'Idleb → /aleppo-archive/people-and-places/idlib/',
      'Moscow → /aleppo-archive/people-and-places/moscow/',
    ]);
  });

  it('leaves out a found name the reviewed file drops', () => {
    const { frontmatter } = render('Twitter users in Moscow wrote.\n');
    expect(storedEntities('fixture', frontmatter).map((entity) => entity.slug)).toEqual(['moscow']);
  });

  it('keeps the paragraph ids', () => {
    const { html } = render('Moscow spoke.\n\nWashington listened.\n');
    expect(html).toMatch(/<p id="p1">.*Moscow/);
    expect(html).toMatch(/<p id="p2">.*Washington/);
  });

  it('refuses an article rendered without the plugin, rather than indexing nothing', () => {
    expect(() => storedEntities('fixture', { title: 'no entities' })).toThrow(/remark-entity-links/);
  });
});
