/** How the bench prints its figures: one spelling for every table. KB and MB are decimal (1 KB = 1,000 bytes). */

export const KB = 1000;

export function ms(value: number | null | undefined): string {
  return value === null || value === undefined ? '—' : `${value < 10 ? value.toFixed(1) : Math.round(value)} ms`;
}

export function kb(bytes: number | null | undefined): string {
  return bytes === null || bytes === undefined ? '—' : `${(bytes / KB).toFixed(1)} KB`;
}

export function percent(ratio: number): string {
  return `${(ratio * 100).toFixed(ratio === 1 || ratio === 0 ? 0 : 1)}%`;
}

export function mib(value: number | null): string {
  return value === null ? '—' : `${Math.round(value)} MiB`;
}

export function seconds(msValue: number): string {
  return `${(msValue / 1000).toFixed(1)} s`;
}

/** "12.3 KB (45.6 KB)": gzipped, then raw in brackets. */
export function gzipAndRaw(bytes: { gzip: number; raw: number }): string {
  return `${kb(bytes.gzip)} (${kb(bytes.raw)})`;
}

export function ratio(value: number | null): string {
  return value === null || !Number.isFinite(value) ? '—' : `×${value.toFixed(2)}`;
}
