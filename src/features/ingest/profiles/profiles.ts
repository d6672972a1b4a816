import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { parse } from 'yaml';
import { profileSchema, type PublisherProfile } from './profile-schema';

const PROFILES_DIR = fileURLToPath(new URL('.', import.meta.url));

/** Reads every `*.yaml` profile in a folder, in name order; a broken profile stops the ingest with its file named. */
export function loadProfiles(folder = PROFILES_DIR): PublisherProfile[] {
  const names = readdirSync(folder)
    .filter((name) => name.endsWith('.yaml'))
    .sort();
  return names.map((name) => {
    const path = join(folder, name);
    const parsed = profileSchema.safeParse(parse(readFileSync(path, 'utf8')));
    if (!parsed.success) {
      const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ');
      throw new Error(`publisher profile ${path} is invalid: ${problems}`);
    }
    return parsed.data;
  });
}

/** The publisher profiles that ship with the archive: one file each in this folder. */
export const PROFILES: readonly PublisherProfile[] = loadProfiles();

const byName = (name: string) => PROFILES.find((profile) => profile.name === name);

/** The profile for a page's address, matched on its host; undefined for an outlet without one. */
export function profileForUrl(url: string | undefined): PublisherProfile | undefined {
  if (!url) return undefined;
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return undefined;
  }
  return PROFILES.find((profile) => profile.hosts.includes(host));
}

/** Global Research's profile: its Markdown captures are read with its header rules. */
export function globalResearchProfile(): PublisherProfile & { header: NonNullable<PublisherProfile['header']> } {
  const profile = byName('Global Research');
  if (!profile?.header) throw new Error('the Global Research profile with its header rules is missing');
  return profile as PublisherProfile & { header: NonNullable<PublisherProfile['header']> };
}
