import { existsSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { entityAliasesSchema, type EntityAliasFile } from '../../schemas/entities';

/** Read from the project root, as the articles are (src/content.config.ts). */
export const ENTITY_ALIASES_FILE = 'content/entities.yaml';

/**
 * The reviewed alias file, validated. A collection without one has nothing reviewed yet, and its index is what
 * the name finder alone makes of the texts.
 */
export function readEntityAliases(path = ENTITY_ALIASES_FILE): EntityAliasFile {
  if (!existsSync(path)) return entityAliasesSchema.parse({});
  const result = entityAliasesSchema.safeParse(parse(readFileSync(path, 'utf8')) ?? {});
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`).join('\n');
    throw new Error(`${path} is not a valid entity alias file:\n${problems}`);
  }
  return result.data;
}
