import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseFrontmatter, unified, type MarkdownRenderResult } from '@astrojs/markdown-remark';
import { afterEach, describe, expect, it } from 'vitest';
import { articleMarkdownOptions } from '../../markdown.config';
import { articleMarkdownProcessor, ThreadedRenderer } from './article-markdown-processor';

const ARTICLES = 'content/articles';
const SHARED = { syntaxHighlight: false as const };

const articles = readdirSync(ARTICLES)
  .filter((name) => name.endsWith('.md'))
  .map((name) => {
    const path = join(ARTICLES, name);
    const { frontmatter, content } = parseFrontmatter(readFileSync(path, 'utf8'));
    return { content, options: { frontmatter, fileURL: pathToFileURL(path) } };
  });

/** A hostile body: raw HTML, a script and an event handler must come out as text from any thread. */
const HOSTILE = {
  content: 'Before <script>alert(1)</script> <img src=x onerror="alert(2)"> after.\n\n## Heading\n\nLast paragraph.\n',
  options: { frontmatter: { title: 'hostile' } },
};

let opened: ThreadedRenderer[] = [];
afterEach(async () => {
  await Promise.all(opened.map((renderer) => renderer.close()));
  opened = [];
});

async function threadedRenderer(settings: Parameters<typeof articleMarkdownProcessor>[0]) {
  const renderer = await articleMarkdownProcessor(settings).createRenderer(SHARED);
  expect(renderer).toBeInstanceOf(ThreadedRenderer);
  opened.push(renderer as ThreadedRenderer);
  return renderer as ThreadedRenderer;
}

async function renderAll(render: ThreadedRenderer['render'], rounds: number): Promise<MarkdownRenderResult[]> {
  const inputs = Array.from({ length: rounds }, () => [...articles, HOSTILE]).flat();
  return Promise.all(inputs.map(({ content, options }) => render(content, options)));
}

describe('the threaded article Markdown processor', () => {
  it('renders on worker threads exactly what unified renders on this one, HTML and recorded metadata alike', async () => {
    const reference = await unified(articleMarkdownOptions).createRenderer(SHARED);
    const expected = await renderAll(reference.render, 3);
    const threaded = await threadedRenderer({ threads: 2, rendersBeforeThreads: 0 });
    // The first render runs here and starts the workers; once they have loaded, they take every render.
    await threaded.render(HOSTILE.content, HOSTILE.options);
    await expect.poll(() => threaded.readyThreadCount, { timeout: 20_000 }).toBe(2);
    expect(await renderAll(threaded.render, 3)).toEqual(expected);
    expect(threaded.threadCount).toBe(2);
  }, 30_000);

  it('keeps a small collection on this thread: no worker starts below the threshold', async () => {
    const threaded = await threadedRenderer({ threads: 2, rendersBeforeThreads: 100 });
    await renderAll(threaded.render, 2);
    expect(threaded.threadCount).toBe(0);
  });

  it('still renders, on this thread, when the options cannot be sent to a worker', async () => {
    const renderer = await articleMarkdownProcessor({ threads: 2, rendersBeforeThreads: 0 }).createRenderer({
      ...SHARED,
      // A function cannot be cloned into a worker.
      shikiConfig: { transformers: [{ name: 'noop', code: (node) => node }] },
    });
    opened.push(renderer as ThreadedRenderer);
    const [html] = (await renderAll(renderer.render, 1)).map((result) => result.code);
    expect(html).toContain('<p id="p1">');
    expect((renderer as ThreadedRenderer).threadCount).toBe(0);
  });

  it('stops its workers once idle, and starts them again for the next large run', async () => {
    const threaded = await threadedRenderer({ threads: 1, rendersBeforeThreads: 0, idleMs: 50 });
    await renderAll(threaded.render, 1);
    expect(threaded.threadCount).toBe(1);
    await expect.poll(() => threaded.threadCount, { timeout: 5_000 }).toBe(0);
    await renderAll(threaded.render, 1);
    expect(threaded.threadCount).toBe(1);
  }, 15_000);
});
