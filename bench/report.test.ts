import { describe, expect, it } from 'vitest';
import { evaluateNameFinding } from './report';

const run = (articlesPerSecond: number) => ({
  n: 10_000,
  nameFinding: { wallMs: (10_000 / articlesPerSecond) * 1000, peakRssMiB: 600, articlesPerSecond },
});

describe('evaluateNameFinding', () => {
  it('passes a first run of at least 200 articles a second, and fails a slower one', () => {
    expect(evaluateNameFinding(run(250))[0]).toMatchObject({ status: 'PASS', detail: '250 articles/s (40.0 s)' });
    expect(evaluateNameFinding(run(89))[0]?.status).toBe('FAIL');
  });

  it('skips a run whose names were not measured', () => {
    expect(evaluateNameFinding({ n: 10_000 })[0]?.status).toBe('SKIP');
  });
});
