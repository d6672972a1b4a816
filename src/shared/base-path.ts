/**
 * The archive can be published under a sub-path (a GitHub Pages project site serves it at /<repository>/). Every
 * address the site builds is a site path such as "/archive/", put under the base here, so no link escapes it.
 */

/** "/archive/" under the base "/aleppo-archive/" (or "/aleppo-archive") is "/aleppo-archive/archive/". */
export function withBase(path: string, base: string): string {
  if (!path.startsWith('/')) throw new Error(`a site path starts with "/": ${JSON.stringify(path)}`);
  return `${base.replace(/\/+$/, '')}${path}`;
}

/** The site path a published address stands for: the file a build writes for it sits there in dist/. */
export function withoutBase(address: string, base: string): string {
  const prefix = base.replace(/\/+$/, '');
  if (prefix === '') return address;
  if (address !== prefix && !address.startsWith(`${prefix}/`))
    throw new Error(`${JSON.stringify(address)} is not under the base ${JSON.stringify(base)}`);
  return address.slice(prefix.length) || '/';
}
