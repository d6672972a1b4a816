/** The tool that saved a page to a file, as the tool's own comment in the file records it. */
export interface SavedBy {
  tool: string;
  /** When the page was saved, ISO 8601 with the offset the tool wrote; absent when the tool gave none we can read. */
  savedAt?: string;
  /** The address the page was saved from. */
  address?: string;
}

const SINGLEFILE = /^\s*Page saved with SingleFile\s*$/m;
const SINGLEFILE_URL = /^\s*url:\s*(\S+)\s*$/m;
const SINGLEFILE_DATE = /^\s*saved date:\s*(.+?)\s*$/m;
/** JavaScript's Date#toString, which SingleFile writes: "Thu Dec 03 2026 15:31:54 GMT+0000 (Coordinated …)". */
const DATE_STRING = /^[A-Z][a-z]{2} ([A-Z][a-z]{2}) (\d{2}) (\d{4}) (\d{2}:\d{2}:\d{2}) GMT([+-]\d{2})(\d{2})\b/;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** The "mark of the web" Chrome and Internet Explorer write on "Save page as": the address and its length. */
const SAVED_FROM = /^\s*saved from url=\((\d{4})\)(\S+)\s*$/;

/** Reads the first saving tool's comment among a page's leading comments. */
export function readSavedBy(comments: readonly string[]): SavedBy | undefined {
  for (const comment of comments) {
    if (SINGLEFILE.test(comment)) {
      const address = SINGLEFILE_URL.exec(comment)?.[1];
      const savedAt = readDateString(SINGLEFILE_DATE.exec(comment)?.[1]);
      return { tool: 'SingleFile', ...(savedAt ? { savedAt } : {}), ...(address ? { address } : {}) };
    }
    const savedFrom = SAVED_FROM.exec(comment);
    if (savedFrom) {
      const stated = Number(savedFrom[1]);
      const address = savedFrom[2]!;
      return {
        tool: 'Save page as',
        address: stated > 0 && stated < address.length ? address.slice(0, stated) : address,
      };
    }
  }
  return undefined;
}

function readDateString(value: string | undefined): string | undefined {
  const match = value ? DATE_STRING.exec(value) : null;
  if (!match) return undefined;
  const [, monthName, day, year, time, offsetHours, offsetMinutes] = match;
  const month = MONTHS.indexOf(monthName!) + 1;
  if (month === 0) return undefined;
  return `${year}-${String(month).padStart(2, '0')}-${day}T${time}${offsetHours}:${offsetMinutes}`;
}
