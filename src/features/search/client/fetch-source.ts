import type { IndexSource } from '../engine';
import { siteHref } from '../../../shared/urls';
import { INDEX_VERSION, type DocText, type SearchManifest } from '../types';

const TEXT_CACHE_SIZE = 120;

/** The served index files, fetched over HTTP from the site's own /search/ folder. */
export function fetchSource(base = siteHref('/search/')): IndexSource {
  // Snippet texts wait behind the index files a search is blocked on when connections are scarce.
  const get = async <T>(path: string, priority: RequestPriority = 'high'): Promise<T> => {
    const response = await fetch(`${base}${path}`, { priority });
    if (!response.ok) throw new Error(`${base}${path} answered ${response.status}`);
    return (await response.json()) as T;
  };
  const texts = new Map<number, Promise<DocText>>();
  // One request for the manifest however many searches wait on it; a failed one is tried again next time.
  let manifest: Promise<SearchManifest> | undefined;
  const loadManifest = async () => {
    const loaded = await get<SearchManifest>('manifest.json');
    if (loaded.version !== INDEX_VERSION)
      throw new Error(`the search index is version ${String(loaded.version)}, not ${INDEX_VERSION}`);
    return loaded;
  };
  return {
    manifest() {
      manifest ??= loadManifest().catch((error: unknown) => {
        manifest = undefined;
        throw error;
      });
      return manifest;
    },
    file: (path, background) => get<unknown>(path, background ? 'low' : 'high'),
    text(docId) {
      // Typing re-runs the search many times over the same first results: keep their texts at hand.
      let text = texts.get(docId);
      if (text) texts.delete(docId);
      else
        text = get<DocText>(`text/${docId}.json`, 'low').catch((error: unknown) => {
          texts.delete(docId);
          throw error;
        });
      texts.set(docId, text);
      if (texts.size > TEXT_CACHE_SIZE) texts.delete(texts.keys().next().value!);
      return text;
    },
  };
}
