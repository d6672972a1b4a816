/**
 * Seeded randomness for the synthetic corpus. Everything the bench generates comes from here, so the same seed
 * gives byte-identical captures and the same queries on every machine and every run.
 */

export type Random = () => number;

/** mulberry32: a tiny 32-bit generator, good enough to shuffle text and far simpler than a crypto PRNG. */
export function mulberry32(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * An independent stream per purpose ("markers", "article 17", …): changing how many typos are drawn must not
 * change the captures, and article i must read the same whatever N is.
 */
export function streamFor(seed: number, label: string): Random {
  // FNV-1a over the label, mixed with the seed.
  let hash = 0x811c9dc5 ^ seed;
  for (let index = 0; index < label.length; index += 1) {
    hash ^= label.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return mulberry32(hash >>> 0);
}

export function intBetween(random: Random, min: number, max: number): number {
  return min + Math.floor(random() * (max - min + 1));
}

export function pick<T>(random: Random, items: readonly T[]): T {
  if (items.length === 0) throw new Error('pick: empty list');
  return items[Math.floor(random() * items.length)]!;
}

/** Fisher–Yates on a copy. */
export function shuffled<T>(random: Random, items: readonly T[]): T[] {
  const copy = [...items];
  for (let index = copy.length - 1; index > 0; index -= 1) {
    const other = Math.floor(random() * (index + 1));
    [copy[index], copy[other]] = [copy[other]!, copy[index]!];
  }
  return copy;
}

/** k distinct items, in random order (all of them when k ≥ the list's length). */
export function sample<T>(random: Random, items: readonly T[], k: number): T[] {
  return shuffled(random, items).slice(0, Math.min(k, items.length));
}
