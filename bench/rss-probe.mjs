// Preloaded (NODE_OPTIONS=--import) into every Node process of a measured step when GNU time is not installed:
// each process appends its own peak resident set, in KiB, to BENCH_RSS_FILE as it exits.
import { appendFileSync } from 'node:fs';

const file = process.env.BENCH_RSS_FILE;
if (file) {
  process.on('exit', () => {
    try {
      appendFileSync(file, `${process.resourceUsage().maxRSS}\n`);
    } catch {
      // A probe must never break the step it measures.
    }
  });
}
