import type { Options as StringifyOptions } from 'remark-stringify';

/** How every cleaned body is written back to Markdown, whatever the capture's format; the tests stringify alike. */
export const STRINGIFY_OPTIONS: Readonly<StringifyOptions> = {
  bullet: '-',
  emphasis: '*',
  strong: '*',
  rule: '*',
  ruleSpaces: true,
  listItemIndent: 'one',
};
