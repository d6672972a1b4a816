import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Runs one step of the pipeline (ingest, build, pagefind) as a child process and reports its wall time and peak
 * memory. Peak RSS comes from GNU time where the machine has it (it sees the whole process tree through
 * RUSAGE_CHILDREN); elsewhere every Node process in the tree reports its own peak through a preloaded probe.
 */

export interface CommandFigures {
  wallMs: number;
  /** Largest resident set of any single process in the step's tree, in MiB. */
  peakRssMiB: number | null;
  peakRssSource: 'gnu-time' | 'node-probe';
  output: string;
}

/** A step that exited non-zero, with what it cost until then: a failure can be a finding (a tool past its limits). */
export class StepFailed extends Error {
  constructor(
    message: string,
    readonly exitCode: number,
    readonly figures: CommandFigures,
  ) {
    super(message);
  }
}

const GNU_TIME = '/usr/bin/time';
// A file URL needs no quoting inside NODE_OPTIONS, whatever the path holds.
const PROBE = new URL('./rss-probe.mjs', import.meta.url).href;

export async function runTimed(
  command: string,
  args: string[],
  options: { cwd: string; label: string; echo?: boolean },
): Promise<CommandFigures> {
  const scratch = await mkdtemp(join(tmpdir(), 'archive-bench-rss-'));
  const report = join(scratch, 'rss.txt');
  // BENCH_RSS=probe forces the fallback, to check it on a machine that has GNU time.
  const useTime = existsSync(GNU_TIME) && process.env.BENCH_RSS !== 'probe';
  const env: NodeJS.ProcessEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
  if (!useTime) {
    env.BENCH_RSS_FILE = report;
    env.NODE_OPTIONS = `${env.NODE_OPTIONS ?? ''} --import=${PROBE}`.trim();
  }
  const [file, fileArgs] = useTime ? [GNU_TIME, ['-v', '-o', report, command, ...args]] : [command, args];
  try {
    const started = performance.now();
    const { code, output } = await run(file, fileArgs, options.cwd, env, options.echo ?? false);
    const wallMs = performance.now() - started;
    const reported = await readFile(report, 'utf8').catch(() => '');
    const peakKiB = useTime ? gnuTimePeak(reported) : probePeak(reported);
    const figures: CommandFigures = {
      wallMs,
      peakRssMiB: peakKiB === null ? null : peakKiB / 1024,
      peakRssSource: useTime ? 'gnu-time' : 'node-probe',
      output,
    };
    if (code !== 0) {
      throw new StepFailed(
        `${options.label} failed (exit ${code}): ${command} ${args.join(' ')}\n${output.slice(-4000)}`,
        code,
        figures,
      );
    }
    return figures;
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

function run(file: string, args: string[], cwd: string, env: NodeJS.ProcessEnv, echo: boolean) {
  return new Promise<{ code: number; output: string }>((resolve, reject) => {
    const child = spawn(file, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    // Keep the tail only: a 10,000-page build prints a line per page.
    let output = '';
    const keep = (chunk: Buffer) => {
      output = (output + chunk.toString('utf8')).slice(-20_000);
      if (echo) process.stderr.write(chunk);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code: code ?? (signal ? 128 : 1), output }));
  });
}

function gnuTimePeak(report: string): number | null {
  const match = /Maximum resident set size \(kbytes\):\s*(\d+)/.exec(report);
  return match ? Number(match[1]) : null;
}

function probePeak(report: string): number | null {
  const values = report.split('\n').filter(Boolean).map(Number).filter(Number.isFinite);
  return values.length > 0 ? Math.max(...values) : null;
}
