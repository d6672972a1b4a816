/**
 * Lower-case words that belong inside Arabic and European names: al-Qaeda, Jaish al-Fatah, bin Laden, de Mistura.
 * Written lower or upper case alike ("al Qaeda", "Al Qaeda"), and kept when the name finder trims a name.
 */
export const NAME_PARTICLES: ReadonlySet<string> = new Set([
  'al',
  'el',
  'ad',
  'an',
  'ar',
  'as',
  'ash',
  'at',
  'az',
  'bin',
  'ibn',
  'de',
  'van',
  'von',
]);
