/**
 * A text made of one part an item, each part produced only when asked for. The files of the whole collection
 * (articles.json, articles.jsonl, the citation files) are written a part at a time in a build, so no string holds
 * all of one: at 100,000 articles articles.jsonl alone is about 440 MB, near V8's longest string.
 */
export interface PartedText {
  count: number;
  /** Part `index`, with whatever opens the whole text (in the first), separates the parts and closes it (in the last). */
  part(index: number): string;
  /** The whole text when there are no parts. */
  empty: string;
}

export function partedText<T>(
  items: readonly T[],
  text: (item: T) => string,
  frame: { head?: string; separator?: string; tail?: string; empty?: string } = {},
): PartedText {
  const { head = '', separator = '', tail = '' } = frame;
  return {
    count: items.length,
    part: (index) => `${index === 0 ? head : separator}${text(items[index]!)}${index === items.length - 1 ? tail : ''}`,
    empty: frame.empty ?? head + tail,
  };
}

/** The whole text, for the dev server's routes and for tests; a build writes the parts instead. */
export function wholeText(text: PartedText): string {
  if (text.count === 0) return text.empty;
  let whole = '';
  for (let index = 0; index < text.count; index += 1) whole += text.part(index);
  return whole;
}

const ITEMS_MARK = '\u0000items\u0000';

/**
 * `JSON.stringify(envelope(items), null, 2)` and a line end, in parts: one an item of the array the envelope puts
 * its argument at. The envelope is stringified once around a mark, whose line says where the items go and how deep.
 */
export function partedJson<T>(
  envelope: (items: unknown[]) => unknown,
  items: readonly T[],
  item: (value: T) => unknown,
): PartedText {
  const framed = JSON.stringify(envelope([ITEMS_MARK]), null, 2);
  const mark = JSON.stringify(ITEMS_MARK);
  const at = framed.indexOf(mark);
  const lineStart = framed.lastIndexOf('\n', at) + 1;
  const indent = framed.slice(lineStart, at);
  return partedText(
    items,
    // JSON text never holds a raw line end inside a string, so every line end is between tokens.
    (value) => indent + JSON.stringify(item(value), null, 2).replaceAll('\n', `\n${indent}`),
    {
      head: framed.slice(0, lineStart),
      separator: ',\n',
      tail: `${framed.slice(at + mark.length)}\n`,
      empty: `${JSON.stringify(envelope([]), null, 2)}\n`,
    },
  );
}
