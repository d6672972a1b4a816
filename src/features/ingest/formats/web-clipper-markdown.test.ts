import { describe, expect, it } from 'vitest';
import { IngestError } from '../ingest-error';
import { creditedName, looksLikeClip, readClip } from './web-clipper-markdown';

const OBSIDIAN = `---
title: "The Tide Table Keeper"
source: "https://harbourgazette.example/people/tide-table-keeper"
author:
  - "[[Ruth Ambler]]"
  - "[[people/Kofi Mensah|Kofi Mensah]]"
published: 2016-12-02T07:30:00+01:00
created: 2026-12-01
description: "A profile."
tags:
  - "clippings"
  - "to-read"
---
For forty years one man has written the harbour's tide tables by hand.
`;

const MARKDOWNLOAD = `---
created: 2026-12-01T10:00:00 (UTC +00:00)
tags: [harbour, clippings]
source: https://harbourgazette.example/people/tide-table-keeper
author: By Ruth Ambler
published: December 2, 2016
---

# The Tide Table Keeper

> ## Excerpt
> A profile of the man who writes the tide tables.

---

For forty years one man has written the harbour's tide tables by hand.
`;

const refusal = (text: string) => {
  try {
    readClip(text);
  } catch (error) {
    if (error instanceof IngestError) return error.reason;
    throw error;
  }
  throw new Error('expected a refusal');
};

describe('readClip', () => {
  it("reads Obsidian Web Clipper's default frontmatter, wiki-link authors as plain names", () => {
    const { facts, markdown } = readClip(OBSIDIAN);
    expect(facts).toEqual({
      title: 'The Tide Table Keeper',
      authors: ['Ruth Ambler', 'Kofi Mensah'],
      url: 'https://harbourgazette.example/people/tide-table-keeper',
      published: '2016-12-02',
      keywords: [],
      capturedAt: '2026-12-01',
    });
    expect(markdown).toBe("For forty years one man has written the harbour's tide tables by hand.\n");
  });

  it("reads MarkDownload's default template: the title from its heading, the excerpt taken off", () => {
    const { facts, markdown } = readClip(MARKDOWNLOAD);
    expect(facts.title).toBe('The Tide Table Keeper');
    expect(facts.authors).toEqual(['Ruth Ambler']);
    expect(facts.published).toBe('2016-12-02');
    expect(facts.capturedAt).toBe('2026-12-01T10:00:00Z');
    expect(markdown).toBe("For forty years one man has written the harbour's tide tables by hand.\n");
  });

  it("never takes the clipper user's tags as the publisher's topics", () => {
    expect(readClip(OBSIDIAN).facts.keywords).toEqual([]);
    expect(readClip(MARKDOWNLOAD).facts.keywords).toEqual([]);
  });

  it('takes the outlet from a site-name key when the clip has one', () => {
    const clip = OBSIDIAN.replace('created:', 'site: "The Harbour Gazette"\ncreated:');
    expect(readClip(clip).facts.siteName).toBe('The Harbour Gazette');
  });

  it('refuses a clip without a title, without a date or without an author, saying what to add', () => {
    expect(refusal(OBSIDIAN.replace(/^title: .*\n/m, ''))).toMatch(/no title: give its frontmatter a "title:" line/);
    expect(refusal(OBSIDIAN.replace(/^published: .*\n/m, ''))).toMatch(/no publication date/);
    expect(refusal(OBSIDIAN.replace('published: 2016-12-02T07:30:00+01:00', 'published: soon'))).toMatch(
      /"soon" is not a date/,
    );
    expect(refusal(OBSIDIAN.replace(/^author:\n(?: {2}- .*\n)+/m, ''))).toMatch(/credits no author/);
  });
});

describe('looksLikeClip', () => {
  it('knows a clip by its frontmatter keys, not by any frontmatter', () => {
    expect(looksLikeClip(OBSIDIAN)).toBe(true);
    expect(looksLikeClip(MARKDOWNLOAD)).toBe(true);
    expect(looksLikeClip('---\nlayout: post\n---\nText.\n')).toBe(false);
    expect(looksLikeClip('Title\n\nBy Someone\n')).toBe(false);
  });
});

describe('creditedName', () => {
  it('reads a wiki link, an aliased wiki link and a "By" byline as the name', () => {
    expect(creditedName('[[Ruth Ambler]]')).toBe('Ruth Ambler');
    expect(creditedName('[[people/Kofi Mensah|Kofi Mensah]]')).toBe('Kofi Mensah');
    expect(creditedName('By Ruth Ambler')).toBe('Ruth Ambler');
  });

  it('names the line that breaks the YAML when a title runs onto a second line, instead of calling it no clip', () => {
    const twoLineTitle = OBSIDIAN.replace(
      'title: "The Tide Table Keeper"',
      'title: The Tide Table\n  Keeper: of Harbour',
    );
    expect(looksLikeClip(twoLineTitle)).toBe(true);
    expect(refusal(twoLineTitle)).toBe(
      'the clip\'s YAML frontmatter does not parse at line 2, “title: The Tide Table”: Nested mappings are not allowed in compact mappings; a value that runs onto a second line or holds ": " needs quotes',
    );
  });
});
