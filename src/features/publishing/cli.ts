import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import writeFileAtomic from 'write-file-atomic';
import { HOST_FILES } from './host-headers';

const USAGE = `Usage: npm run hosts -- [--check]

Writes the host configurations (${Object.keys(HOST_FILES).join(', ')}) from
src/features/publishing/host-headers.ts, the one place the security headers, charsets and caching are set.

  --check      write nothing; fail if a file is not what the module gives
  -h, --help   show this help`;

const { values } = parseArgs({ options: { check: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } } });
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}

let stale = 0;
for (const [path, render] of Object.entries(HOST_FILES)) {
  const wanted = render();
  const current = await readFile(path, 'utf8').catch(() => undefined);
  if (current === wanted) continue;
  if (values.check) {
    console.error(`${path} is not what src/features/publishing/host-headers.ts gives: run npm run hosts`);
    stale += 1;
  } else {
    await writeFileAtomic(path, wanted);
    console.log(`wrote ${path}`);
  }
}
process.exit(stale > 0 ? 1 : 0);
