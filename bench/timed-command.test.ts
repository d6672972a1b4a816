import { describe, expect, it } from 'vitest';
import { runTimed, StepFailed } from './timed-command';

describe('runTimed', () => {
  it('times a step that succeeds', async () => {
    const figures = await runTimed(process.execPath, ['-e', 'console.log("done")'], { cwd: '.', label: 'ok' });
    expect(figures.output).toContain('done');
    expect(figures.wallMs).toBeGreaterThan(0);
  });

  it('reports a failed step with its exit code, its output and what it cost until it stopped', async () => {
    const failing = runTimed(process.execPath, ['-e', 'console.error("out of memory"); process.exit(3)'], {
      cwd: '.',
      label: 'indexer',
    });
    const error = await failing.catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(StepFailed);
    const failed = error as StepFailed;
    expect(failed.exitCode).toBe(3);
    expect(failed.message).toMatch(/^indexer failed \(exit 3\)/);
    expect(failed.figures.output).toContain('out of memory');
    expect(failed.figures.wallMs).toBeGreaterThan(0);
    expect(failed.figures.peakRssMiB).toBeGreaterThan(0);
  });
});
