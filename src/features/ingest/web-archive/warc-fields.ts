import { readWarcRecords } from './record-stream';

/**
 * The fields of an application/warc-fields block (a warcinfo record's), names lower-cased; the first value of
 * a repeated field wins. Continuation lines (starting with a space or tab) extend the field above them.
 */
export function parseWarcFields(block: Uint8Array): Map<string, string> {
  const fields = new Map<string, string>();
  // The field a continuation line extends: the one set by the line above, if that line set one.
  let extending: string | undefined;
  for (const line of new TextDecoder().decode(block).split(/\r?\n/)) {
    if (/^[ \t]/.test(line)) {
      if (extending) fields.set(extending, `${fields.get(extending)} ${line.trim()}`);
      continue;
    }
    extending = undefined;
    const colon = line.indexOf(':');
    const name = line.slice(0, Math.max(colon, 0)).trim().toLowerCase();
    if (name === '' || fields.has(name)) continue;
    fields.set(name, line.slice(colon + 1).trim());
    extending = name;
  }
  return fields;
}

/** The `software` a WARC's warcinfo record names, when its first record is a warcinfo that names one. */
export async function warcinfoSoftware(
  source: AsyncIterable<Uint8Array>,
  warcName?: string,
): Promise<string | undefined> {
  const records = readWarcRecords(source, (head) => head.type === 'warcinfo', warcName);
  try {
    const first = await records.next();
    if (first.done || first.value.type !== 'warcinfo' || !first.value.content) return undefined;
    return parseWarcFields(first.value.content).get('software') || undefined;
  } finally {
    await records.return(undefined);
  }
}
