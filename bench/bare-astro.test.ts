import { mkdtemp, readFile, realpath, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bareProjectFiles, createBareAstroProject, type BareAstroProject } from './bare-astro';
import { PROJECT_ROOT } from './project-copy';

describe('createBareAstroProject', () => {
  let articles: string;
  let bare: BareAstroProject;
  beforeAll(async () => {
    articles = await mkdtemp(join(tmpdir(), 'bare-astro-test-articles-'));
    await writeFile(join(articles, 'one.md'), '---\ntitle: One\n---\n\nText.\n');
    bare = await createBareAstroProject('test', articles, 'default');
  });
  afterAll(async () => {
    await bare?.remove();
    await rm(articles, { recursive: true, force: true });
  });

  it('holds its own copy of the articles, so editing one leaves the source alone', async () => {
    await writeFile(join(bare.articlesDir, 'one.md'), 'edited');
    expect(await readFile(join(articles, 'one.md'), 'utf8')).toBe('---\ntitle: One\n---\n\nText.\n');
  });

  it("builds with the checkout's Astro, through the same build command as the archive", async () => {
    expect(await realpath(join(bare.root, 'node_modules', 'astro'))).toBe(
      await realpath(join(PROJECT_ROOT, 'node_modules', 'astro')),
    );
    const archive = JSON.parse(await readFile(join(PROJECT_ROOT, 'package.json'), 'utf8'));
    const own = JSON.parse(await readFile(join(bare.root, 'package.json'), 'utf8'));
    expect(own.scripts.build).toBe(archive.scripts.build);
  });

  it('names the built page of an article after its file', () => {
    expect(bare.pageFile('one')).toBe(join(bare.distDir, 'one', 'index.html'));
  });
});

describe('bareProjectFiles', () => {
  const standard = bareProjectFiles('default');
  const unified = bareProjectFiles('unified');

  it("leaves Astro's Markdown settings at their defaults in the default project", () => {
    expect(standard['astro.config.mjs']).toContain('defineConfig({})');
  });

  it('differs with unified only in astro.config.mjs, which sets the processor and nothing else', () => {
    const differing = Object.keys(standard).filter((path) => standard[path] !== unified[path]);
    expect(Object.keys(unified).sort()).toEqual(Object.keys(standard).sort());
    expect(differing).toEqual(['astro.config.mjs']);
    expect(unified['astro.config.mjs']).toContain("import { unified } from '@astrojs/markdown-remark';");
    expect(unified['astro.config.mjs']).toContain('defineConfig({ markdown: { processor: unified() } })');
  });

  it('finds the unified processor among the linked node_modules', async () => {
    const articles = await mkdtemp(join(tmpdir(), 'bare-astro-test-articles-'));
    const project = await createBareAstroProject('test', articles, 'unified');
    try {
      expect(await readFile(join(project.root, 'astro.config.mjs'), 'utf8')).toBe(unified['astro.config.mjs']);
      expect(await realpath(join(project.root, 'node_modules', '@astrojs', 'markdown-remark'))).toBe(
        await realpath(join(PROJECT_ROOT, 'node_modules', '@astrojs', 'markdown-remark')),
      );
    } finally {
      await project.remove();
      await rm(articles, { recursive: true, force: true });
    }
  });
});
