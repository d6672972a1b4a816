/** The result list's entries: title link, byline, dateline, and the passages around the matched words. */
import { formatIsoDate } from '../../../shared/dates';
import { joinNames } from '../../../shared/names';
import { articleUrl } from '../../../shared/urls';
import { create } from './dom';
import type { ResultItem, ShownSnippet } from './search-session';
import { snippetRuns } from './view-model';

export function resultElement(item: ResultItem, passages: readonly HTMLElement[] = []): HTMLLIElement {
  const entry = create('li', 'result');
  entry.dataset.doc = String(item.docId);
  const heading = create('h3', 'result__title');
  const link = create('a', undefined, item.title);
  link.href = articleUrl(item.slug);
  heading.append(link);
  entry.append(heading);
  if (item.authors.length > 0) entry.append(create('p', 'byline', `By ${joinNames(item.authors)}`));
  entry.append(publicationLine(item), ...passages);
  return entry;
}

/** As the article lists say it: "First published by X on D; republished by Global Research on D." */
function publicationLine(item: ResultItem): HTMLParagraphElement {
  const line = create('p', 'dateline');
  const time = (iso: string) => {
    const node = create('time', undefined, formatIsoDate(iso));
    node.dateTime = iso;
    return node;
  };
  if (!item.outlet) {
    line.append(`Published by ${item.publisher} on `, time(item.date), '.');
  } else {
    line.append(`First published by ${item.outlet}`);
    if (item.originalDate) line.append(' on ', time(item.originalDate));
    line.append(`; republished by ${item.publisher} on `, time(item.date), '.');
  }
  return line;
}

export function resultEntries(list: HTMLOListElement): NodeListOf<HTMLLIElement> {
  return list.querySelectorAll<HTMLLIElement>(':scope > li');
}

export function resultLinks(list: HTMLOListElement): HTMLAnchorElement[] {
  return [...list.querySelectorAll<HTMLAnchorElement>('.result__title a')];
}

/** The passages each listed result shows, by document. */
export function passagesByDoc(list: HTMLOListElement): Map<number, HTMLElement[]> {
  const passages = new Map<number, HTMLElement[]>();
  for (const entry of resultEntries(list)) {
    passages.set(Number(entry.dataset.doc), [...entry.querySelectorAll<HTMLElement>(':scope > .result__snippet')]);
  }
  return passages;
}

/** Puts a result's passages in place of those it shows. */
export function showPassages(entry: HTMLLIElement, snippets: readonly ShownSnippet[]): void {
  const articleHref = entry.querySelector('.result__title a')?.getAttribute('href');
  for (const kept of entry.querySelectorAll(':scope > .result__snippet')) kept.remove();
  for (const snippet of snippets) {
    const passage = create('p', 'result__snippet');
    let holder: HTMLElement = passage;
    // A passage from a paragraph links to that paragraph, so the reader lands where the words are.
    if (snippet.anchor && articleHref) {
      const link = create('a');
      link.href = `${articleHref}#${snippet.anchor}`;
      passage.append(link);
      holder = link;
    }
    for (const run of snippetRuns(snippet)) {
      holder.append(run.marked ? create('mark', undefined, run.text) : document.createTextNode(run.text));
    }
    entry.append(passage);
  }
}
