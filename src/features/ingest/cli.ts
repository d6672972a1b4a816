import { parseArgs } from 'node:util';
import { ingestCaptures, type Outcome } from './ingest';
import { describeHolder, IngestLockBusy } from './ingest-lock';

const USAGE = `Usage: npm run ingest -- [--dry-run] [--content <dir>] <capture file or folder>...

Cleans article captures into <content>/articles/<slug>.md and keeps each verbatim
capture in <content>/captures/<slug>.txt. Re-running on the same captures changes nothing.
One ingest writes to a content folder at a time: a second waits for the first to end.

  --dry-run         report what would be written, write nothing
  --content <dir>   content folder (default: content)
  --no-wait         if another ingest is writing to the folder, stop at once instead of waiting
  --quiet           print only refusals and the summary
  -h, --help        show this help`;

async function main(): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: {
        'dry-run': { type: 'boolean', default: false },
        content: { type: 'string', default: 'content' },
        'no-wait': { type: 'boolean', default: false },
        quiet: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    console.error(`ingest: ${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  if (positionals.length === 0) {
    console.error(`ingest: name at least one capture file or folder\n\n${USAGE}`);
    return 2;
  }

  const dryRun = values['dry-run'];
  const progressEvery = (total: number) => Math.max(1, Math.floor(total / 20));
  let outcomes: Outcome[];
  try {
    outcomes = await ingestCaptures(positionals, {
      contentRoot: values.content,
      dryRun,
      lock: {
        wait: !values['no-wait'],
        onWait: (holder, lockPath) =>
          console.error(
            `ingest: waiting for the ingest already writing to ${values.content} (${describeHolder(holder)}; ${lockPath}). Ctrl-C stops waiting; if no ingest is running, delete ${lockPath}.`,
          ),
        onStale: (holder, lockPath) =>
          console.error(
            `ingest: took over ${lockPath}, left by ${holder ? `an ingest that no longer runs (${describeHolder(holder)})` : 'no ingest this version can read'}`,
          ),
      },
      onLeftover: (path) => console.error(`ingest: removed ${path}, a temporary file left by an interrupted run`),
      onProgress: (done, total, outcome) => {
        if (outcome.status === 'refused') return;
        if (!values.quiet && total <= 20) console.error(describe(outcome, dryRun));
        else if (total > 20 && (done % progressEvery(total) === 0 || done === total)) {
          console.error(`ingest: ${done}/${total} captures`);
        }
      },
    });
  } catch (error) {
    if (error instanceof IngestLockBusy) {
      console.error(
        `ingest: stopped, nothing written: another ingest is writing to ${values.content} (${describeHolder(error.holder)}; ${error.lockPath}). Run again once it ends, or without --no-wait to wait for it.`,
      );
      return 1;
    }
    // Something outside any one capture failed (a stored article could not be read): what was written stays written.
    console.error(`ingest: stopped: ${(error as Error).message}`);
    return 1;
  }

  const refused = outcomes.filter((outcome) => outcome.status === 'refused');
  for (const outcome of refused) console.error(describe(outcome, dryRun));
  const count = (status: Outcome['status']) => outcomes.filter((outcome) => outcome.status === status).length;
  console.log(
    `ingest${dryRun ? ' (dry run)' : ''}: ${outcomes.length} capture(s): ${count('written')} ${dryRun ? 'would be written' : 'written'}, ${count('unchanged')} unchanged, ${count('duplicate')} duplicate(s), ${refused.length} refused`,
  );
  if (!dryRun && count('written') > 0 && !values.quiet)
    console.log('ingest: run `npm run entities` to find the people and places the new articles name.');
  return refused.length > 0 ? 1 : 0;
}

function describe(outcome: Outcome, dryRun: boolean): string {
  switch (outcome.status) {
    case 'refused':
      return `✗ ${outcome.file}: refused: ${outcome.reason}`;
    case 'duplicate':
      return `= ${outcome.file}: skipped, ${outcome.note}`;
    case 'unchanged':
      return `= ${outcome.file} → ${outcome.slug} (unchanged${outcome.note ? `, ${outcome.note}` : ''})`;
    case 'written':
      return `✓ ${outcome.file} → ${outcome.slug}${dryRun ? ' (dry run, not written)' : ''}${outcome.note ? ` (${outcome.note})` : ''}`;
  }
}

// Ctrl-C or a kill between two captures ends the run through process.exit, which gives the ingest lock back; a
// capture being written then is finished first, since its writes do not yield.
for (const [signal, code] of [
  ['SIGINT', 130],
  ['SIGTERM', 143],
] as const)
  process.on(signal, () => process.exit(code));

process.exitCode = await main();
