/** The parts of the /search/ page (src/pages/search/index.astro) that its script fills in and listens to. */
export interface SearchPageElements {
  form: HTMLFormElement;
  input: HTMLInputElement;
  refine: HTMLDetailsElement;
  refineActive: HTMLSpanElement;
  facetsBox: HTMLDivElement;
  status: HTMLParagraphElement;
  reading: HTMLParagraphElement;
  /** Says when the address holds a shorter query than the one searched. */
  addressNote: HTMLParagraphElement;
  /** Explains why a query of exclusions only finds nothing. */
  needsWord: HTMLParagraphElement;
  list: HTMLOListElement;
  empty: HTMLDivElement;
  emptyFilters: HTMLLIElement;
  more: HTMLDivElement;
  shownLine: HTMLParagraphElement;
  moreButton: HTMLButtonElement;
  sortInputs: HTMLInputElement[];
  /** The site header's search box, which searches in place on this page. */
  headerForm: HTMLFormElement | null;
}

function element<T extends HTMLElement>(id: string): T {
  const found = document.getElementById(id);
  if (!found) throw new Error(`the search page has no #${id}`);
  return found as T;
}

export function findSearchPageElements(): SearchPageElements {
  return {
    form: element('search-form'),
    input: element('search-input'),
    refine: element('search-refine'),
    refineActive: element('search-refine-active'),
    facetsBox: element('search-facets'),
    status: element('search-status'),
    reading: element('search-reading'),
    addressNote: element('search-address-note'),
    needsWord: element('search-needs-word'),
    list: element('search-results'),
    empty: element('search-empty'),
    emptyFilters: element('search-empty-filters'),
    more: element('search-more'),
    shownLine: element('search-shown'),
    moreButton: element('search-more-button'),
    sortInputs: [...document.querySelectorAll<HTMLInputElement>('input[name="sort"][form="search-form"]')],
    headerForm: document.querySelector<HTMLFormElement>('form.header-search'),
  };
}
