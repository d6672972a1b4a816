import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import { VFile } from 'vfile';
import type { Cleaning } from '../../articles/schemas/cleaning';
import { CleaningTally } from '../cleaning-tally';
import { STRINGIFY_OPTIONS } from '../stringify-options';
import '../vfile-data';

/** One of the capture transforms: a unified plugin, with the options it takes (a profile's rules). */
export type CaptureTransform<Options extends unknown[] = []> = (
  ...options: Options
) => (tree: Root, file: VFile) => void;

export interface TransformResult {
  /** The tree after the plugin ran, written out the way convert-capture writes article bodies. */
  markdown: string;
  /** The tree itself, for assertions on plain text. */
  tree: Root;
  data: VFile['data'];
  cleaning: Cleaning;
}

/** Parses Markdown as convert-capture does, runs just one transform on it, and writes the result back out. */
export function runTransform<Options extends unknown[]>(
  plugin: CaptureTransform<Options>,
  markdown: string,
  ...options: Options
): TransformResult {
  const processor = unified()
    .use(remarkParse)
    .use(remarkGfm)
    .use(plugin as CaptureTransform<unknown[]>, ...options)
    .use(remarkStringify, STRINGIFY_OPTIONS);
  const tally = new CleaningTally();
  const file = new VFile({ value: markdown, path: 'fixture.md' });
  file.data.cleaning = tally;
  const tree = processor.runSync(processor.parse(file), file) as Root;
  return { markdown: processor.stringify(tree, file), tree, data: file.data, cleaning: tally.toRecord() };
}
