import { toString } from 'mdast-util-to-string';
import { describe, expect, it } from 'vitest';
import foldBogusHeadings from './fold-bogus-headings';
import { runTransform } from './test-helpers';

/** The real case from capture 000: a link at a line break became a level-2 heading mid-sentence. */
const CAPTURE_000 =
  "Today the Russian air forces(!) [gave](#) air support to Turkish troops fighting ISIS in Al-Bab. (Remember that not so long ago neocon propagandists were claiming that [Russia's](#)\n\n## [Giving ISIS An Air Force.\\)](#)\n\nIn east-Syria ISIS is again trying to capture the government held enclave in Deir Ezzor.\n";

const blocks = (markdown: string) => runTransform(foldBogusHeadings, markdown).tree.children;

describe('fold-bogus-headings', () => {
  it('folds the link heading of capture 000 back into its sentence', () => {
    const { tree, cleaning } = runTransform(foldBogusHeadings, CAPTURE_000);
    expect(tree.children.map((node) => node.type)).toEqual(['paragraph', 'paragraph']);
    expect(toString(tree.children[0]!)).toMatch(/claiming that Russia's Giving ISIS An Air Force\.\)$/);
    expect(toString(tree.children[1]!)).toMatch(/^In east-Syria/);
    expect(cleaning.repaired).toEqual([{ kind: 'bogus-heading-folded', count: 1 }]);
  });

  it('folds a bold link heading too', () => {
    const children = blocks('He said that the\n\n### **[talks failed](#)**\n');
    expect(children.map((node) => node.type)).toEqual(['paragraph']);
    expect(toString(children[0]!)).toBe('He said that the talks failed');
  });

  it('keeps a real section heading after a paragraph that ends with a full stop', () => {
    const body = 'The first part ends here.\n\n## [Part Two](#)\n\nMore text.\n';
    const { markdown, cleaning } = runTransform(foldBogusHeadings, body);
    expect(markdown).toBe(body);
    expect(cleaning.repaired).toEqual([]);
  });

  it('keeps a heading that holds more than a link', () => {
    const body = 'neocon propagandists were claiming that\n\n## The [Air Force](#) Question\n';
    const { markdown } = runTransform(foldBogusHeadings, body);
    expect(markdown).toBe(body);
  });

  it('keeps a heading of plain text', () => {
    const body = 'claiming that\n\n## Giving ISIS An Air Force\n';
    expect(runTransform(foldBogusHeadings, body).markdown).toBe(body);
  });

  it('keeps a link heading at the very start of the body', () => {
    const body = '## [Giving ISIS An Air Force](#)\n\nText.\n';
    expect(runTransform(foldBogusHeadings, body).markdown).toBe(body);
  });
});
