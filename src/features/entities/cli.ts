import { readdirSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import writeFileAtomic from 'write-file-atomic';
import { Document, isScalar, isSeq, visit } from 'yaml';
import type { FoundName } from './schema';
import { buildAliasTable } from './aliases';
import { availableParallelism } from 'node:os';
import { CANDIDATE_CACHE_FILE, findCandidates } from './candidate-cache';
import { discoverNames } from './discover';
import { ENTITY_ALIASES_FILE, ENTITIES_FOUND_FILE, readEntityAliases, readFoundNames } from './load-aliases';
import { parseArticleFile } from '../articles/article-file';
import { paragraphsOfMarkdown } from '../markdown/paragraph-anchors';

const USAGE = `Usage: npm run entities -- [--check] [--full] [--threads N]

Reads every article in content/articles/ with a name finder and writes the people, organisations and places it
finds, beyond those the reviewed ${ENTITY_ALIASES_FILE} lists or drops, to ${ENTITIES_FOUND_FILE}.
The site's index and the links in articles are made from these two files. Run it after ingesting articles
or editing ${ENTITY_ALIASES_FILE}; the same articles always give the same file.

It remembers what it found in each article (in ${CANDIDATE_CACHE_FILE}), so a run after an ingest reads only
the new and changed articles; the file it writes is the same as a full run's.

  --check      write nothing; fail if ${ENTITIES_FOUND_FILE} is not what the articles give
  --full       read every article again, without the remembered findings
  --threads N  read articles on N threads (default and at most: the ${availableParallelism()} cores here)
  -h, --help   show this help`;

const ARTICLES_FOLDER = 'content/articles';

const HEADER = `# Names found in the articles by \`npm run entities\`, not reviewed yet. Do not edit: the command writes this
# file again from the articles. To correct an entry, list it in ${ENTITY_ALIASES_FILE} (a name, its kind and its
# spellings, or a spelling to drop), then run the command again.
`;

function serialize(names: readonly FoundName[]): string {
  const document = new Document({
    names: names.map(({ spellings, ...name }) => (spellings.length > 0 ? { ...name, spellings } : name)),
  });
  // One line per list of spellings, as in the reviewed file, keeps the diff of a new article to the names it adds.
  visit(document, {
    Pair(_, pair) {
      if (isScalar(pair.key) && pair.key.value === 'spellings' && isSeq(pair.value)) pair.value.flow = true;
    },
  });
  return HEADER + document.toString({ lineWidth: 0, flowCollectionPadding: false });
}

// One file at a time: parsing is synchronous anyway, and opening a hundred thousand files at once runs out of descriptors.
function articleParagraphs(): { id: string; text: string }[][] {
  const files = readdirSync(ARTICLES_FOLDER)
    .filter((name) => name.endsWith('.md'))
    .sort();
  return files.map((name) =>
    paragraphsOfMarkdown(parseArticleFile(readFileSync(join(ARTICLES_FOLDER, name), 'utf8')).body),
  );
}

async function main(): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        check: { type: 'boolean', default: false },
        full: { type: 'boolean', default: false },
        threads: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }));
  } catch (error) {
    console.error(`entities: ${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const threads = values.threads === undefined ? availableParallelism() : Number(values.threads);
  if (!Number.isInteger(threads) || threads < 1 || threads > availableParallelism()) {
    console.error(
      `entities: --threads takes a whole number from 1 to ${availableParallelism()}, the cores here (got ${values.threads})`,
    );
    return 2;
  }
  const started = performance.now();
  const articles = articleParagraphs();
  const { candidates, read } = await findCandidates(
    articles.map((paragraphs) => paragraphs.map((paragraph) => paragraph.text)),
    { cacheFile: CANDIDATE_CACHE_FILE, reuse: !values.full, threads },
  );
  const names = discoverNames(articles, buildAliasTable(readEntityAliases()), candidates);
  const text = serialize(names);
  const previous = await readFile(ENTITIES_FOUND_FILE, 'utf8').catch(() => undefined);
  const before = new Set(readFoundNames().names.map((name) => name.name));
  const added = names.filter((name) => !before.has(name.name)).length;
  const gone = before.size - (names.length - added);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const summary =
    `${names.length} names in ${articles.length} articles (${added} new, ${gone} gone), ${seconds} s` +
    ` (${read} article${read === 1 ? '' : 's'} read, ${articles.length - read} remembered)`;
  if (values.check) {
    if (text === previous) {
      console.log(`entities: ${ENTITIES_FOUND_FILE} is up to date: ${summary}`);
      return 0;
    }
    console.error(
      `entities: ${ENTITIES_FOUND_FILE} is not what the articles give (${summary}); run \`npm run entities\``,
    );
    return 1;
  }
  if (text === previous) {
    console.log(`entities: ${ENTITIES_FOUND_FILE} unchanged: ${summary}`);
    return 0;
  }
  writeFileAtomic.sync(ENTITIES_FOUND_FILE, text);
  console.log(`entities: wrote ${ENTITIES_FOUND_FILE}: ${summary}`);
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(`entities: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  },
);
