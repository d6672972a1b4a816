import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { linkNodeModules, PROJECT_ROOT } from './project-copy';

/**
 * The yardstick for the build: the least Astro site that publishes the same articles. One page template renders
 * each entry's title and body over the same content/articles/*.md, through a glob loader with no schema, with
 * Astro's default Markdown settings and the checkout's own node_modules (so the same Astro). Whatever our build
 * costs beyond this one is the archive's own work: listings, search index, provenance, validation.
 *
 * Astro's default Markdown processor is Sätteri, a native parser; the archive renders with unified, whose remark
 * plugins do its paragraph anchors, entity links and sanitising. The same project with only the processor switched
 * to unified tells the processor's cost apart from the site's own.
 */

/** 'default': Astro's own Markdown settings (Sätteri); 'unified': the same, with `processor: unified()` alone. */
export type MarkdownProcessor = 'default' | 'unified';

export interface BareAstroProject {
  processor: MarkdownProcessor;
  root: string;
  articlesDir: string;
  distDir: string;
  /** The built page of an article, by its file name without ".md". */
  pageFile(slug: string): string;
  remove(): Promise<void>;
}

/** The files both processors share: everything but the articles and astro.config.mjs. */
const SHARED_PROJECT_FILES: Readonly<Record<string, string>> = {
  'package.json': `${JSON.stringify(
    {
      name: 'bench-bare-astro',
      private: true,
      type: 'module',
      // The archive's own build command, heap limit included, so both builds run under the same limits.
      scripts: {
        build: 'ASTRO_TELEMETRY_DISABLED=1 NODE_OPTIONS="$NODE_OPTIONS --max-old-space-size=8192" astro build',
      },
    },
    null,
    2,
  )}\n`,
  'tsconfig.json': `${JSON.stringify({ extends: 'astro/tsconfigs/base', include: ['.astro/types.d.ts', '**/*'], exclude: ['dist'] }, null, 2)}\n`,
  'src/content.config.ts': `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';

export const collections = {
  articles: defineCollection({ loader: glob({ pattern: '*.md', base: './content/articles' }) }),
};
`,
  'src/pages/[slug].astro': `---
import { getCollection, render } from 'astro:content';

export async function getStaticPaths() {
  const articles = await getCollection('articles');
  return articles.map((entry) => ({ params: { slug: entry.id }, props: { entry } }));
}

const { entry } = Astro.props;
const { Content } = await render(entry);
---

<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>{entry.data.title}</title>
  </head>
  <body>
    <h1>{entry.data.title}</h1>
    <Content />
  </body>
</html>
`,
};

/** The whole of astro.config.mjs for each processor: nothing in it but the processor. */
const ASTRO_CONFIGS: Readonly<Record<MarkdownProcessor, string>> = {
  default: `import { defineConfig } from 'astro/config';

export default defineConfig({});
`,
  unified: `import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';

export default defineConfig({ markdown: { processor: unified() } });
`,
};

/** Every file of the bare project but the articles, by path relative to its root. */
export function bareProjectFiles(processor: MarkdownProcessor): Readonly<Record<string, string>> {
  return { ...SHARED_PROJECT_FILES, 'astro.config.mjs': ASTRO_CONFIGS[processor] };
}

/** A bare Astro project in a temporary folder, holding a copy of the articles in `articlesFrom`. */
export async function createBareAstroProject(
  label: string,
  articlesFrom: string,
  processor: MarkdownProcessor,
): Promise<BareAstroProject> {
  const root = await mkdtemp(join(tmpdir(), `archive-bench-bare-${processor}-${label}-`));
  try {
    for (const [path, text] of Object.entries(bareProjectFiles(processor))) {
      await mkdir(dirname(join(root, path)), { recursive: true });
      await writeFile(join(root, path), text);
    }
    const articlesDir = join(root, 'content', 'articles');
    // A copy, not a link: the incremental rebuild edits one article in each project on its own.
    await cp(articlesFrom, articlesDir, { recursive: true });
    await linkNodeModules(join(PROJECT_ROOT, 'node_modules'), join(root, 'node_modules'));
    const distDir = join(root, 'dist');
    return {
      processor,
      root,
      articlesDir,
      distDir,
      // The glob loader's id is the file name's slug; the ingested file names are slugs already.
      pageFile: (slug) => join(distDir, slug, 'index.html'),
      remove: () => rm(root, { recursive: true, force: true }),
    };
  } catch (error) {
    await rm(root, { recursive: true, force: true });
    throw error;
  }
}
