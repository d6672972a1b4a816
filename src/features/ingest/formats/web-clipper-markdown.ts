import { parse, YAMLParseError } from 'yaml';
import { calendarDay, isoTimestamp } from '../../../shared/calendar-day';
import { IngestError } from '../ingest-error';
import type { PageFacts } from './page-facts';

const FRONTMATTER = /^\ufeff?---\n([\s\S]*?)\n(?:---|\.\.\.)\n/;
/** Keys a clipper writes; a frontmatter block with none of them is some other Markdown file's. */
const CLIPPER_KEYS = ['title', 'source', 'url', 'created', 'author', 'published'];
/** Keys that name the outlet in clipper templates people use; the default templates have none. */
const SITE_KEYS = ['site', 'site_name', 'siteName', 'publisher'];
/** MarkDownload writes "2026-12-01T10:00:00 (UTC +00:00)". */
const MARKDOWNLOAD_MOMENT = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2})?) \(UTC ([+-]\d{2}:\d{2})\)$/;

export interface Clip {
  facts: PageFacts;
  /** The page's text, with the clipper's own title heading and excerpt taken off. */
  markdown: string;
}

/** A line of frontmatter that starts one of a clipper's keys, parsed or not. */
const CLIPPER_KEY_LINE = new RegExp(`^(?:${CLIPPER_KEYS.join('|')})\\s*:`, 'm');

type Frontmatter = { data: Record<string, unknown>; rest: string } | { broken: string };

function frontmatterOf(text: string): Frontmatter | undefined {
  const match = FRONTMATTER.exec(text);
  if (!match) return undefined;
  let data: unknown;
  try {
    data = parse(match[1]!);
  } catch (error) {
    // A clipper's block that YAML cannot read is still a clip: the person needs to hear which line breaks it.
    return CLIPPER_KEY_LINE.test(match[1]!) ? { broken: yamlProblem(error, match[1]!) } : undefined;
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return undefined;
  return { data: data as Record<string, unknown>, rest: text.slice(match[0].length) };
}

/** "line 2, “title: Aleppo: the end”: Nested mappings are not allowed…", counted in lines of the file. */
function yamlProblem(error: unknown, block: string): string {
  if (!(error instanceof YAMLParseError)) return String(error);
  const what = error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
  const line = error.linePos?.[0]?.line;
  if (line === undefined) return what;
  // The file's first line is the opening "---".
  return `line ${line + 1}, “${block.split('\n')[line - 1]?.trim() ?? ''}”: ${what}`;
}

/** True for Markdown that opens with the frontmatter a web clipper (Obsidian Web Clipper, MarkDownload) writes. */
export function looksLikeClip(text: string): boolean {
  const frontmatter = frontmatterOf(text);
  if (frontmatter === undefined) return false;
  return 'broken' in frontmatter || CLIPPER_KEYS.some((key) => key in frontmatter.data);
}

const textOf = (value: unknown): string | undefined => {
  if (typeof value === 'string') return value.trim() || undefined;
  if (typeof value === 'number') return String(value);
  if (value instanceof Date) return value.toISOString();
  return undefined;
};

/** "[[Jane Doe]]" → "Jane Doe"; "[[people/Jane Doe|Jane Doe]]" → "Jane Doe"; "By Jane Doe" → "Jane Doe". */
export function creditedName(value: string): string {
  const link = /^\[\[([^\]]+)\]\]$/.exec(value.trim());
  const inner = link ? link[1]!.split('|').at(-1)!.split('/').at(-1)! : value;
  return inner.replace(/^by\s+/i, '').trim();
}

function authorsOf(value: unknown): string[] {
  const values = Array.isArray(value) ? value : value === undefined || value === null ? [] : [value];
  return values
    .map(textOf)
    .filter((name): name is string => name !== undefined)
    .flatMap((name) => (/^\[\[/.test(name) ? [name] : name.split(/\s*;\s*|\s+and\s+|\s*,\s*(?=\S)/)))
    .map(creditedName)
    .filter(Boolean);
}

function capturedAtOf(value: unknown): string | undefined {
  const text = textOf(value);
  if (!text) return undefined;
  const markdownload = MARKDOWNLOAD_MOMENT.exec(text);
  if (markdownload) return `${markdownload[1]}${markdownload[2] === '+00:00' ? 'Z' : markdownload[2]}`;
  return isoTimestamp(text) ?? calendarDay(text);
}

/**
 * MarkDownload's default template puts the page title in a heading and the page's excerpt in a quote under it,
 * ending with a rule, above the page's text. Those are the clipper's, so they come off.
 */
function takeMarkDownloadHead(markdown: string): { title?: string; rest: string } {
  const head = /^\s*# (.+)\n+(?:> ## Excerpt\n(?:>.*\n)*\n*(?:---|\*\*\*)\n+)?/.exec(markdown);
  if (!head) return { rest: markdown };
  return { title: head[1]!.trim(), rest: markdown.slice(head[0].length) };
}

/** A web-clipper Markdown file: its frontmatter's facts and the page's text. Tags are the clipper user's: not kept. */
export function readClip(text: string): Clip {
  const frontmatter = frontmatterOf(text);
  if (!frontmatter) throw new IngestError('the clip has no readable YAML frontmatter');
  if ('broken' in frontmatter) {
    throw new IngestError(
      `the clip's YAML frontmatter does not parse at ${frontmatter.broken}; a value that runs onto a second line or holds ": " needs quotes`,
    );
  }
  const { data } = frontmatter;
  const stated = textOf(data.title);
  const { title: headingTitle, rest } = stated
    ? { title: undefined, rest: frontmatter.rest }
    : takeMarkDownloadHead(frontmatter.rest);
  const title = stated ?? headingTitle;
  if (!title) throw new IngestError('the clip has no title: give its frontmatter a "title:" line');
  const url = textOf(data.source) ?? textOf(data.url);
  const publishedText = textOf(data.published) ?? textOf(data.date);
  const published = calendarDay(publishedText);
  if (publishedText && !published)
    throw new IngestError(`the clip's publication date "${publishedText}" is not a date`);
  if (!published) {
    throw new IngestError('the clip states no publication date: add a "published: YYYY-MM-DD" line from the page');
  }
  const authors = authorsOf(data.author ?? data.authors);
  if (authors.length === 0) throw new IngestError('the clip credits no author: add an "author:" line from the page');
  const siteName = SITE_KEYS.map((key) => textOf(data[key])).find(Boolean);
  const capturedAt = capturedAtOf(data.created);
  return {
    facts: {
      title,
      authors,
      ...(siteName ? { siteName } : {}),
      ...(url ? { url } : {}),
      published,
      keywords: [],
      ...(capturedAt ? { capturedAt } : {}),
    },
    markdown: rest,
  };
}
