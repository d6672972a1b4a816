import { describe, expect, it } from 'vitest';
import { paragraphsOf } from './compare-versions';
import { versionText } from './version-text';

describe('versionText', () => {
  it('gives the words a reader sees, one block to a paragraph', () => {
    const body = [
      '## The crossing',
      'The ferry to *Oskerby* stopped on a\nTuesday, said [the harbour office](https://example.org/).',
      '> The ministry thanked the mayor.',
    ].join('\n\n');
    expect(paragraphsOf(versionText({ body }))).toEqual([
      'The crossing',
      'The ferry to Oskerby stopped on a Tuesday, said the harbour office.',
      'The ministry thanked the mayor.',
    ]);
  });
});
