import { describe, expect, it } from 'vitest';
import { LONGEST_CONTEXT, mentionContexts } from './context';
import { findMentions, spellingMatcher } from './mentions';

const matcher = spellingMatcher([{ slug: 'aleppo', spellings: ['Aleppo'] }]);
const contextsOf = (text: string) => {
  const paragraph = { id: 'p4', text };
  return mentionContexts(paragraph, findMentions([paragraph], matcher));
};
const marked = (context: { text: string; highlights: { start: number; end: number }[] }) =>
  context.highlights.map(({ start, end }) => context.text.slice(start, end));

describe('mentionContexts', () => {
  it('quotes the sentence that holds the mention', () => {
    const [context, ...rest] = contextsOf('It began in 2012. The siege of Aleppo ended in December. Then came talks.');
    expect(rest).toEqual([]);
    expect(context).toMatchObject({ paragraphId: 'p4', text: 'The siege of Aleppo ended in December.' });
    expect(marked(context!)).toEqual(['Aleppo']);
  });

  it('quotes a sentence once for two mentions in it', () => {
    const contexts = contextsOf('East Aleppo fell, and west Aleppo cheered. Others wept.');
    expect(contexts).toHaveLength(1);
    expect(marked(contexts[0]!)).toEqual(['Aleppo', 'Aleppo']);
  });

  it('cuts a sentence too long to quote to a window around the mention', () => {
    const long = `${'word '.repeat(120)}Aleppo ${'more '.repeat(120)}end.`;
    const [context] = contextsOf(long);
    expect(context!.text.length).toBeLessThanOrEqual(LONGEST_CONTEXT);
    expect(context!.text.startsWith('… ')).toBe(true);
    expect(context!.text.endsWith(' …')).toBe(true);
    expect(marked(context!)).toEqual(['Aleppo']);
  });
});
