import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseArticleFile } from '../../articles/article-file';
import { ingestCaptures, type Outcome } from '../ingest';
import { FOUNDING_CAPTURES, foundingCapturePath } from '../../../../tests/fixtures/founding-articles';

const REPO = fileURLToPath(new URL('../../../../', import.meta.url));

/** The founding captures in tests/fixtures/founding/, by slug. */
const FOUNDING = [
  'aleppo-liberated-exodus-of-al-qaeda-rebels-turkeys-problems-increase',
  'al-qaedas-retreat-east-aleppo-siege-nears-its-end',
  'video-on-the-liberation-of-aleppo-defeat-of-al-qaeda-agreed-safe-withdrawal-of',
  'the-liberation-of-aleppo-a-regional-turning-point-setback-for-us-led-aggression',
  'syrian-government-retakes-eastern-aleppo-remaining-islamist-militia-evacuated',
];
const SLUG_000 = FOUNDING[0]!;
const repoCapture = foundingCapturePath;

let tmp: string;
let contentRoot: string;
let inbox: string;

beforeEach(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'ingest-run-'));
  contentRoot = join(tmp, 'content');
  inbox = join(tmp, 'inbox');
  await mkdir(inbox);
});

afterEach(async () => {
  await rm(tmp, { recursive: true, force: true });
});

/** Every file in the content folder, dotfiles included, with its bytes. */
async function snapshot(root = contentRoot): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  for (const folder of ['articles', 'captures']) {
    const names = await readdir(join(root, folder)).catch(() => [] as string[]);
    for (const name of names.sort())
      files.set(`${folder}/${name}`, (await readFile(join(root, folder, name))).toString('base64'));
  }
  return files;
}

const listing = async (root = contentRoot) => [...(await snapshot(root)).keys()];

async function inboxFile(name: string, contents: string | Uint8Array): Promise<string> {
  const path = join(inbox, name);
  await writeFile(path, contents);
  return path;
}

const statuses = (outcomes: Outcome[]) => outcomes.map((outcome) => outcome.status);
const slugOf = (outcome: Outcome | undefined) => (outcome && 'slug' in outcome ? outcome.slug : undefined);
const ingest = (paths: string[], dryRun = false) => ingestCaptures(paths, { contentRoot, dryRun });

function minimalCapture(
  title: string,
  body = 'The city was quiet on the first morning after the fighting ended.',
): string {
  return `# ${title}\n\nBy [Ann Poe](#)\n\nGlobal Research, December 28, 2016\n\n${body}\n`;
}

describe('ingest run: the founding captures', () => {
  it('writes five articles, then finds all five unchanged and leaves every byte as it was', async () => {
    const paths = FOUNDING.map(repoCapture);
    const first = await ingest(paths);
    expect(statuses(first)).toEqual(['written', 'written', 'written', 'written', 'written']);
    expect(first.map((outcome) => ('slug' in outcome ? outcome.slug : null))).toEqual(FOUNDING);
    expect(await listing()).toEqual([
      ...[...FOUNDING].sort().map((slug) => `articles/${slug}.md`),
      ...[...FOUNDING].sort().map((slug) => `captures/${slug}.txt`),
    ]);

    const before = await snapshot();
    const second = await ingest(paths);
    expect(statuses(second)).toEqual(['unchanged', 'unchanged', 'unchanged', 'unchanged', 'unchanged']);
    expect(await snapshot()).toEqual(before);
  });

  it('ingests a whole folder, in name order', async () => {
    const outcomes = await ingestCaptures([FOUNDING_CAPTURES], { contentRoot });
    expect(statuses(outcomes)).toEqual(['written', 'written', 'written', 'written', 'written']);
    expect(outcomes.map((outcome) => ('slug' in outcome ? outcome.slug : null))).toEqual([...FOUNDING].sort());
  });
});

describe('ingest run: the same capture twice', () => {
  it('reports a copy under another name in the same run as a duplicate, not a second article', async () => {
    const copy = await inboxFile('copy-of-000.txt', await readFile(repoCapture(SLUG_000)));
    const outcomes = await ingest([repoCapture(SLUG_000), copy]);
    expect(outcomes[0]).toMatchObject({ status: 'written', slug: SLUG_000 });
    expect(outcomes[1]).toMatchObject({ status: 'duplicate', slug: SLUG_000, file: copy });
    expect(await listing()).toEqual([`articles/${SLUG_000}.md`, `captures/${SLUG_000}.txt`]);
  });

  it('finds a copy under another name in a later run unchanged, and writes no new file', async () => {
    await ingest([repoCapture(SLUG_000)]);
    const before = await snapshot();
    const copy = await inboxFile('renamed.txt', await readFile(repoCapture(SLUG_000)));
    const outcomes = await ingest([copy]);
    expect(outcomes).toEqual([
      { file: copy, status: 'unchanged', slug: SLUG_000, note: `same capture as ${SLUG_000}.txt` },
    ]);
    expect(await snapshot()).toEqual(before);
  });
});

describe('ingest run: a different capture with the same title', () => {
  const changedCapture = async () =>
    (await readFile(repoCapture(SLUG_000), 'utf8')).replace(
      'A [total](#) of about 88,000',
      'A [total](#) of about 90,000',
    );

  it('writes it in a later run as a second version beside the first, and leaves the first byte-identical', async () => {
    await ingest([repoCapture(SLUG_000)]);
    const before = await snapshot();
    const other = await inboxFile('other-000.txt', await changedCapture());
    const [outcome] = await ingest([other]);
    expect(outcome).toMatchObject({ status: 'written', file: other, slug: `${SLUG_000}-global-research` });
    const after = await snapshot();
    for (const [path, bytes] of before) expect(after.get(path), path).toBe(bytes);
    expect([...after.keys()].sort()).toEqual(
      [...before.keys(), `articles/${SLUG_000}-global-research.md`, `captures/${SLUG_000}-global-research.txt`].sort(),
    );
  });

  it('numbers a third version from the same outlet, in the same run', async () => {
    const second = await inboxFile('other-000.txt', await changedCapture());
    const third = await inboxFile('third-000.txt', (await changedCapture()).replace('90,000', '91,000'));
    const outcomes = await ingest([repoCapture(SLUG_000), second, third]);
    expect(outcomes.map(slugOf)).toEqual([SLUG_000, `${SLUG_000}-global-research`, `${SLUG_000}-global-research-2`]);
    expect(await readFile(join(contentRoot, 'captures', `${SLUG_000}.txt`))).toEqual(
      await readFile(repoCapture(SLUG_000)),
    );
  });
});

describe('ingest run: bad input is refused and nothing is written for it', () => {
  const NO_BODY =
    '# A Title\n\nBy [Ann Poe](#)\n\nGlobal Research, December 28, 2016\n\nThe original source of this article is Global Research\n\nArticles by: [Ann Poe](#)\n';
  const BAD: [string, string | Uint8Array, RegExp][] = [
    ['an empty file', '', /^the file is empty$/],
    ['a file of white space', ' \n\u00a0\n', /only white space/],
    [
      'a binary file with a NUL byte',
      new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x1a]),
      /^binary file: it has a NUL byte at offset 4$/,
    ],
    [
      'invalid UTF-8',
      new Uint8Array([...new TextEncoder().encode('# Caf'), 0xe9, 0x0a]),
      /^not valid UTF-8 \(first bad byte at offset 5\)$/,
    ],
    [
      'a file whose first block is a list, not a title',
      '- item one\n- item two\n\nBy [Ann Poe](#)\n\nGlobal Research, December 28, 2016\n\nBody.\n',
      /^no title/,
    ],
    [
      'a file that is only a body paragraph, in no format the ingest reads',
      'Just one paragraph of body text.\n',
      /^unknown format: the ingest reads a Global Research Markdown capture, web-clipper Markdown/,
    ],
    ['a file without a byline', '# A Title\n\nGlobal Research, December 28, 2016\n\nBody.\n', /^no byline/],
    [
      'a file without a date line',
      '# A Title\n\nBy [Ann Poe](#)\n\nRegion: [Syria](#)\n\nBody, with a comma.\n',
      /^no publication date/,
    ],
    [
      'a file with an impossible date',
      '# A Title\n\nBy [Ann Poe](#)\n\nGlobal Research, February 30, 2016\n\nBody.\n',
      /"February 30, 2016" is not a valid date/,
    ],
    ['a file with a header and footer only', NO_BODY, /^no body/],
  ];

  it.each(BAD)('refuses %s, and still writes the good file beside it', async (_label, contents, reason) => {
    const bad = await inboxFile('bad.txt', contents);
    const good = await inboxFile('good.txt', minimalCapture('A Good Capture'));
    const outcomes = await ingest([bad, good]);

    expect(outcomes[0]).toMatchObject({ file: bad, status: 'refused' });
    expect(outcomes[0]!.status === 'refused' ? outcomes[0]!.reason : '').toMatch(reason);
    expect(outcomes[1]).toMatchObject({ file: good, status: 'written', slug: 'a-good-capture' });
    // Only the good file's article and capture; no half-written or temporary file for the bad one.
    expect(await listing()).toEqual(['articles/a-good-capture.md', 'captures/a-good-capture.txt']);
  });

  it('refuses a path that does not exist', async () => {
    const outcomes = await ingest([join(inbox, 'missing.txt')]);
    expect(outcomes).toEqual([
      { file: join(inbox, 'missing.txt'), status: 'refused', reason: 'no such file or folder' },
    ]);
    expect(await listing()).toEqual([]);
  });
});

describe('ingest run: dry run', () => {
  it('reports what would be written and writes nothing', async () => {
    const outcomes = await ingest(FOUNDING.map(repoCapture), true);
    expect(statuses(outcomes)).toEqual(['written', 'written', 'written', 'written', 'written']);
    expect(await readdir(tmp)).toEqual(['inbox']);
  });

  it('still spots a duplicate and a second version within the dry run, and leaves existing files alone', async () => {
    await ingest([repoCapture(SLUG_000)]);
    const before = await snapshot();
    const copy = await inboxFile('copy.txt', await readFile(repoCapture(FOUNDING[1]!)));
    const version = await inboxFile('clash.txt', minimalCapture("Al Qaeda's Retreat: East-Aleppo Siege Nears Its End"));
    const outcomes = await ingest([repoCapture(FOUNDING[1]!), copy, version], true);
    expect(statuses(outcomes)).toEqual(['written', 'duplicate', 'written']);
    expect(slugOf(outcomes[2])).toBe(`${FOUNDING[1]}-global-research`);
    expect(await snapshot()).toEqual(before);
  });
});

describe('ingest run: titles in other scripts', () => {
  const readTitle = async (slug: string) => {
    const text = await readFile(join(contentRoot, 'articles', `${slug}.md`), 'utf8');
    return (parseArticleFile(text).frontmatter as { title: string }).title;
  };

  it('gives an Arabic title an ASCII kebab-case slug and keeps the title as written', async () => {
    const title = 'حلب: نهاية الحصار';
    const [outcome] = await ingest([await inboxFile('arabic.txt', minimalCapture(title))]);
    expect(outcome!.status).toBe('written');
    const slug = outcome!.status === 'written' ? outcome!.slug : '';
    expect(slug).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
    expect(slug).not.toMatch(/^article-/);
    expect(await readTitle(slug)).toBe(title);
  });

  it('gives a CJK title a stable article-<hash> slug and keeps the title as written', async () => {
    const title = '阿勒颇的解放';
    const file = await inboxFile('cjk.txt', minimalCapture(title));
    const [outcome] = await ingest([file]);
    const slug = outcome!.status === 'written' ? outcome!.slug : '';
    expect(slug).toMatch(/^article-[0-9a-f]{10}$/);
    expect(await readTitle(slug)).toBe(title);

    // The same title in another content folder, in another run, gets the same slug; another title does not.
    const elsewhere = join(tmp, 'elsewhere');
    const [again] = await ingestCaptures([file], { contentRoot: elsewhere });
    expect(again).toMatchObject({ status: 'written', slug });
    const [other] = await ingest([await inboxFile('cjk-2.txt', minimalCapture('叙利亚的战争'))]);
    expect(other).toMatchObject({ status: 'written' });
    expect(other!.status === 'written' && other!.slug).toMatch(/^article-[0-9a-f]{10}$/);
    expect(other!.status === 'written' && other!.slug).not.toBe(slug);
  });
});

describe('ingest CLI', () => {
  it('exits 1 for a bad file, naming the file and the reason on stderr and printing the summary on stdout', async () => {
    const bad = await inboxFile('no-byline.txt', '# A Title\n\nGlobal Research, December 28, 2016\n\nBody.\n');
    let status: number | null = 0;
    let stdout = '';
    let stderr = '';
    try {
      execFileSync('npx', ['tsx', 'src/features/ingest/cli.ts', '--content', contentRoot, bad], {
        cwd: REPO,
        encoding: 'utf8',
        stdio: 'pipe',
      });
    } catch (error) {
      ({ status, stdout, stderr } = error as { status: number | null; stdout: string; stderr: string });
    }
    expect(status).toBe(1);
    expect(stderr).toContain(`✗ ${bad}: refused: no byline`);
    expect(stdout).toContain('ingest: 1 capture(s): 0 written, 0 unchanged, 0 duplicate(s), 1 refused');
    expect(await listing()).toEqual([]);
  }, 60_000);
});

describe('ingest run: repairs and guards', () => {
  it('refuses a bad file given twice both times, rather than calling the copy a duplicate', async () => {
    const first = await inboxFile('empty-a.txt', '');
    const second = await inboxFile('empty-b.txt', '');
    const outcomes = await ingest([first, second]);
    expect(statuses(outcomes)).toEqual(['refused', 'refused']);
    expect(outcomes[1]!.status === 'refused' && outcomes[1]!.reason).toContain('the file is empty');
    expect(await listing()).toEqual([]);
  });

  it('restores a verbatim capture that went missing instead of calling the article unchanged', async () => {
    await ingest([repoCapture(SLUG_000)]);
    await rm(join(contentRoot, 'captures', `${SLUG_000}.txt`));
    const [outcome] = await ingest([repoCapture(SLUG_000)]);
    expect(outcome!.status).toBe('written');
    expect(await readFile(join(contentRoot, 'captures', `${SLUG_000}.txt`))).toEqual(
      await readFile(repoCapture(SLUG_000)),
    );
  });

  it('never overwrites a stored article whose frontmatter it cannot read', async () => {
    await mkdir(join(contentRoot, 'articles'), { recursive: true });
    const hand = join(contentRoot, 'articles', 'quiet-morning.md');
    await writeFile(hand, '---\ntitle: [unclosed\n---\n\nHand-edited text.\n');
    const capture = await inboxFile('quiet.txt', minimalCapture('Quiet Morning'));
    const [outcome] = await ingest([capture]);
    expect(outcome!.status).toBe('refused');
    expect(outcome!.status === 'refused' && outcome!.reason).toContain('does not pass the schema');
    expect(await readFile(hand, 'utf8')).toBe('---\ntitle: [unclosed\n---\n\nHand-edited text.\n');
  });
});
