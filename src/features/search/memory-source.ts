import { indexFiles, type BuiltIndex } from './build-index';
import type { IndexSource } from './engine';
import type { DocText } from './types';

/**
 * Serves a built index from memory as the site serves its files, after a JSON round trip, for tests. `onFile` sees
 * each file asked for and may fail it.
 */
export function memorySource(index: BuiltIndex, onFile: (path: string) => void = () => undefined): IndexSource {
  const served = JSON.parse(JSON.stringify({ manifest: index.manifest, files: indexFiles(index) })) as {
    manifest: BuiltIndex['manifest'];
    files: { path: string; value: unknown }[];
  };
  const files = new Map(served.files.map(({ path, value }) => [path, value]));
  const file = async (path: string) => {
    onFile(path);
    if (!files.has(path)) throw new Error(`no index file ${path}`);
    return files.get(path);
  };
  return {
    manifest: async () => served.manifest,
    file,
    text: async (docId) => (await file(`text/${docId}.json`)) as DocText,
  };
}
