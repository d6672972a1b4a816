import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { HOST_FILES, IMMUTABLE, PAGE_POLICY_DIRECTIVES, REVALIDATE } from './host-headers';

const committed = (path: string) => readFileSync(path, 'utf8');
const directives = (policy: string) => policy.split(';').map((directive) => directive.trim().replace(/\s+/g, ' '));

/** Each pattern of a _headers file with the headers it sets. */
function headerRules(text: string): Map<string, Map<string, string>> {
  const rules = new Map<string, Map<string, string>>();
  let current: Map<string, string> | undefined;
  for (const line of text.split('\n')) {
    if (line.startsWith('#') || line.trim() === '') continue;
    if (!line.startsWith(' ')) rules.set(line, (current = new Map()));
    else {
      const [name, ...value] = line.trim().split(': ');
      current!.set(name!.toLowerCase(), value.join(': '));
    }
  }
  return rules;
}

describe('the host configurations', () => {
  it('are what the module gives, so the policy cannot drift between hosts', () => {
    for (const [path, render] of Object.entries(HOST_FILES)) expect(committed(path), path).toBe(render());
  });

  it('send, from _headers, the pages’ policy with frame-ancestors, nosniff, a referrer policy and caching', () => {
    const rules = headerRules(committed('public/_headers'));
    const everywhere = rules.get('/*')!;
    const policy = directives(everywhere.get('content-security-policy')!);
    expect(policy).toEqual(expect.arrayContaining([...PAGE_POLICY_DIRECTIVES, "frame-ancestors 'none'"]));
    expect(everywhere.get('x-content-type-options')).toBe('nosniff');
    expect(everywhere.get('referrer-policy')).toBeTruthy();
    expect(rules.get('/_astro/*')!.get('cache-control')).toBe(IMMUTABLE);
    expect(rules.get('/search/*')!.get('cache-control')).toBe(REVALIDATE);
    for (const extension of ['txt', 'csv', 'json', 'jsonl', 'xml', 'bib', 'ris']) {
      const types = [...rules].filter(([pattern]) => pattern.endsWith(`.${extension}`));
      expect(types.length, extension).toBeGreaterThan(0);
      for (const [pattern, headers] of types) expect(headers.get('content-type'), pattern).toMatch(/; charset=utf-8$/);
    }
  });

  it('send, from nginx, the same policy and headers in every location', () => {
    const nginx = committed('deploy/nginx.conf');
    const locations = [...nginx.matchAll(/^ +location (\S+) \{([^}]*)\}/gm)];
    expect(locations.map(([, path]) => path)).toEqual(['/_astro/', '/']);
    for (const [, path, body] of locations) {
      const policy = /add_header Content-Security-Policy "([^"]*)" always;/.exec(body!)?.[1];
      expect(directives(policy ?? ''), path).toEqual(
        expect.arrayContaining([...PAGE_POLICY_DIRECTIVES, "frame-ancestors 'none'"]),
      );
      expect(body, path).toContain('add_header X-Content-Type-Options "nosniff" always;');
      expect(body, path).toMatch(/add_header Referrer-Policy "[^"]+" always;/);
    }
    expect(locations[0]![2]).toContain(`Cache-Control "${IMMUTABLE}"`);
    expect(locations[1]![2]).toContain(`Cache-Control "${REVALIDATE}"`);
    expect(nginx).toMatch(/charset utf-8;/);
    for (const type of ['text/plain', 'text/csv', 'application/json', 'application/jsonl', 'application/xml'])
      expect(/charset_types ([^;]*);/.exec(nginx)?.[1]?.split(' '), type).toContain(type);
  });
});
