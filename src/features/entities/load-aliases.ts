import { existsSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { z } from 'zod';
import { entityAliasesSchema, foundNamesSchema, type EntityAliasFile, type FoundNamesFile } from './schema';

/** Read from the project root, as the articles are (src/content.config.ts). */
export const ENTITY_ALIASES_FILE = 'content/entities.yaml';
export const ENTITIES_FOUND_FILE = 'content/entities-found.yaml';

function readYaml<Schema extends z.ZodType>(path: string, schema: Schema, what: string): z.infer<Schema> {
  if (!existsSync(path)) return schema.parse({});
  const result = schema.safeParse(parse(readFileSync(path, 'utf8')) ?? {});
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`).join('\n');
    throw new Error(`${path} is not a valid ${what}:\n${problems}`);
  }
  return result.data;
}

/** The reviewed alias file, validated. A collection without one has nothing reviewed yet. */
export function readEntityAliases(path = ENTITY_ALIASES_FILE): EntityAliasFile {
  return readYaml(path, entityAliasesSchema, 'entity alias file');
}

/** The names `npm run entities` found, validated. Without the file, only reviewed names are indexed. */
export function readFoundNames(path = ENTITIES_FOUND_FILE): FoundNamesFile {
  return readYaml(path, foundNamesSchema, 'entities-found file (write it again with `npm run entities`)');
}
