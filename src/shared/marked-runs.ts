/**
 * Text cut into plain and marked runs, for a page to print as text (never as HTML): the words a search matched in
 * a passage, the name an entity's page quotes in its sentence.
 */

/** A stretch of a text, by offsets into it, end exclusive. */
export interface TextRange {
  start: number;
  end: number;
}

export interface MarkedRun {
  text: string;
  marked: boolean;
}

/**
 * The runs of `text`, in order, joining back to it: each range marked, the text between them plain. A range is
 * clipped to the text; an empty one, or one overlapping a range that starts before it, marks nothing.
 */
export function markedRuns(text: string, ranges: readonly TextRange[]): MarkedRun[] {
  const runs: MarkedRun[] = [];
  const marks = ranges
    .map(({ start, end }) => ({ start: Math.max(0, start), end: Math.min(text.length, end) }))
    .filter(({ start, end }) => end > start)
    .sort((a, b) => a.start - b.start);
  let at = 0;
  for (const { start, end } of marks) {
    if (start < at) continue;
    if (start > at) runs.push({ text: text.slice(at, start), marked: false });
    runs.push({ text: text.slice(start, end), marked: true });
    at = end;
  }
  if (at < text.length) runs.push({ text: text.slice(at), marked: false });
  return runs;
}
