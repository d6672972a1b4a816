import { describe, expect, it } from 'vitest';
import dropTitleHeading, { type DropTitleHeadingOptions } from './drop-title-heading';
import { runHtmlTransform } from './test-helpers';

const TITLE = 'Ferry “Marta” resumes — after the flood';
const run = (html: string, options: DropTitleHeadingOptions = { title: TITLE }) =>
  runHtmlTransform(() => dropTitleHeading(options), html);

describe('drop-title-heading', () => {
  it('drops a leading h1 or h2 that repeats the title, whatever its quotes and dashes', () => {
    expect(run('<h1>Ferry "Marta" resumes - after the flood</h1><p>Text.</p>').markdown).toBe('Text.\n');
    expect(run('<h2>ferry marta resumes after the flood</h2><p>Text.</p>').markdown).toBe('Text.\n');
  });

  it('keeps a first heading that says something else, and any heading after it', () => {
    const html = '<h2>The crossing</h2><p>Text.</p><h2>Ferry Marta resumes after the flood</h2>';
    expect(run(html).markdown).toBe('## The crossing\n\nText.\n\n## Ferry Marta resumes after the flood\n');
  });

  it('keeps a smaller heading that matches: a section, not the title', () => {
    expect(run('<h3>Ferry Marta resumes after the flood</h3>').markdown).toBe(
      '### Ferry Marta resumes after the flood\n',
    );
  });

  it('does nothing without a title', () => {
    expect(run('<h1>Anything</h1>', {}).markdown).toBe('# Anything\n');
  });
});
