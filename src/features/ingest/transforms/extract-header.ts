import type { PhrasingContent, Root, RootContent } from 'mdast';
import type { VFile } from 'vfile';
import { DATE_IN_TEXT, parseEnglishDate } from '../../../shared/english-dates';
import type { Topics, TopicKind } from '../../articles/schemas/topics';
import type { HeaderRules } from '../profiles/profile-schema';
import { IngestError } from '../ingest-error';
import { collapseSpace, isBlankBlock, linkTexts, nodeText, splitLines } from '../tree-text';
import '../vfile-data';

/** The whole text is shaped like a date ("December 28, 2016", "February 30, 2016"), real day or not. */
const DATE_SHAPED = new RegExp(`^(?:${DATE_IN_TEXT.source})$`, 'i');
const TRAILING_DATE = /^(.*?)[\s,]*((?:\d{1,2}\s+[A-Za-z]+\.?,?\s+\d{4})|(?:[A-Za-z]+\.?\s+\d{1,2},?\s+\d{4}))$/;

interface HeaderDraft {
  title?: string;
  authors?: string[];
  publisher?: { name: string; date: string };
  outlet?: { name: string; date?: string };
  topics: Topics;
}

type LineReading = 'read' | 'not-header';

/**
 * Reads the title, byline, dates, outlet and topic lines off the top of the capture, and the italic standfirst
 * under them, then removes those nodes so only the body remains.
 */
export default function extractHeader(rules: HeaderRules) {
  return (tree: Root, file: VFile) => {
    const draft: HeaderDraft = { topics: { regions: [], themes: [], reports: [] } };
    let consumed = 0;
    for (const node of tree.children) {
      if (isBlankBlock(node)) {
        consumed += 1;
        continue;
      }
      if (!readHeaderNode(node, draft, rules)) break;
      consumed += 1;
    }

    if (!draft.title) throw new IngestError('no title: the capture does not start with a title line');
    if (!draft.authors?.length)
      throw new IngestError('no byline: expected a line such as "By [Author](#)" under the title');
    if (!draft.publisher) {
      throw new IngestError(
        'no publication date: expected a line such as "Global Research, December 28, 2016" under the byline',
      );
    }

    tree.children.splice(0, consumed);
    const standfirst = takeStandfirst(tree);
    file.data.header = {
      title: draft.title,
      authors: draft.authors,
      publisher: draft.publisher,
      ...(draft.outlet ? { outlet: draft.outlet } : {}),
      topics: draft.topics,
      ...(standfirst ? { standfirst } : {}),
    };
  };
}

/** A header node is consumed whole, or not at all: the first node with a body line ends the header. */
function readHeaderNode(node: RootContent, draft: HeaderDraft, rules: HeaderRules): boolean {
  if (node.type === 'heading' && !draft.title) {
    draft.title = nodeText(node);
    return draft.title !== '';
  }
  if (node.type !== 'paragraph') return false;
  const lines = splitLines(node.children);
  // The lines are tried on a copy, so a node that turns out not to be header leaves the draft as it was.
  const trial = structuredClone(draft);
  for (const line of lines) {
    if (readHeaderLine(line, trial, rules) === 'not-header') return false;
  }
  Object.assign(draft, trial);
  return true;
}

function readHeaderLine(line: PhrasingContent[], draft: HeaderDraft, rules: HeaderRules): LineReading {
  const { byline, publisherLine, topicLines } = rules;
  const text = nodeText(line);
  if (!draft.title) {
    draft.title = text;
    return 'read';
  }
  if (!draft.authors) {
    const match = byline.exec(text);
    if (!match) return 'not-header';
    draft.authors = splitCredits(line, match[1]!);
    return 'read';
  }
  if (!draft.publisher) {
    const match = publisherLine.exec(text);
    // Only a line ending in a date is the date line: "Theme: [X](#), [Y](#)" or a body sentence is not.
    if (!match || !DATE_SHAPED.test(match[2]!.trim())) return 'not-header';
    const date = parseEnglishDate(match[2]!);
    if (!date) throw new IngestError(`the publication date "${match[2]}" is not a valid date`);
    draft.publisher = { name: collapseSpace(match[1]!), date };
    return 'read';
  }
  for (const [kind, pattern] of Object.entries(topicLines) as [TopicKind, RegExp][]) {
    const match = pattern.exec(text);
    if (match) {
      draft.topics[kind].push(...splitValues(line, match[1]!));
      return 'read';
    }
  }
  const topicsStarted = Object.values(draft.topics).some((values) => values.length > 0);
  if (!draft.outlet && !topicsStarted) {
    const outlet = readOutletLine(line, text);
    if (outlet) {
      draft.outlet = outlet;
      return 'read';
    }
  }
  return 'not-header';
}

/** "[Moon of Alabama](#) 27 December 2016" or "[South Front](#)": a linked name, perhaps with a date after it. */
function readOutletLine(line: PhrasingContent[], text: string): HeaderDraft['outlet'] | null {
  const links = linkTexts(line);
  const dated = TRAILING_DATE.exec(text);
  const date = dated ? parseEnglishDate(dated[2]!) : null;
  const name = links.length === 1 ? links[0]! : date ? collapseSpace(dated![1]!) : '';
  if (!name || name.length > 120) return null;
  const rest = collapseSpace(text.replace(name, '').replace(dated && date ? dated[2]! : '', ''));
  if (rest.replace(/[,\s]/g, '') !== '') return null;
  return date ? { name, date } : { name };
}

function splitCredits(line: PhrasingContent[], text: string): string[] {
  return splitAroundLinks(linkTexts(line), text, /\s*,\s*|\s*&\s*|(?:^|\s+)and(?:\s+|$)/i);
}

function splitValues(line: PhrasingContent[], text: string): string[] {
  return splitAroundLinks(linkTexts(line), text, /,/);
}

/**
 * Values in the order the line gives them: each link is one value, whatever it holds ("[Peace and Justice](#)"),
 * and unlinked text between the links is split at the separators, so an unlinked co-author is not dropped.
 */
function splitAroundLinks(links: string[], text: string, separators: RegExp): string[] {
  const values: string[] = [];
  const addUnlinked = (segment: string) => values.push(...segment.split(separators).map(collapseSpace).filter(Boolean));
  let rest = collapseSpace(text);
  for (const link of links) {
    const at = rest.indexOf(link);
    if (at === -1) continue;
    addUnlinked(rest.slice(0, at));
    values.push(link);
    rest = rest.slice(at + link.length);
  }
  addUnlinked(rest);
  return values;
}

/** An italic paragraph straight under the header is the standfirst, not body text. */
function takeStandfirst(tree: Root): string | undefined {
  const first = tree.children.findIndex((node) => !isBlankBlock(node));
  const node = tree.children[first];
  if (!node || node.type !== 'paragraph') return undefined;
  const meaningful = node.children.filter((child) => !(child.type === 'text' && child.value.trim() === ''));
  if (meaningful.length !== 1 || meaningful[0]!.type !== 'emphasis') return undefined;
  const text = nodeText(node);
  if (!text) return undefined;
  tree.children.splice(first, 1);
  return text;
}
