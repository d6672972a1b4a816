/**
 * The filter checkboxes: one fieldset per facet, each value with its count, redrawn from every search's counts
 * without losing the keyboard focus.
 */
import type { FacetCount, SearchRequest, SearchResponse } from '../types';
import { create } from './dom';
import { resultCountText } from './view-model';

type FacetName = keyof SearchRequest['filters'];

const FACETS: readonly { name: FacetName; legend: string }[] = [
  { name: 'author', legend: 'Author' },
  { name: 'source', legend: 'Original outlet' },
  { name: 'topic', legend: 'Topic' },
  { name: 'year', legend: 'Year' },
];

export function renderFacets(box: HTMLElement, facets: SearchResponse['facets'], formId: string): void {
  const focused =
    document.activeElement instanceof HTMLInputElement && box.contains(document.activeElement)
      ? document.activeElement
      : null;
  // The box just unchecked stays on screen (with its new count) under the keyboard focus, even when it matches nothing now.
  const shown = { ...facets };
  if (focused) {
    const name = focused.name as FacetName;
    if (!shown[name].some((value) => value.key === focused.value)) {
      const label =
        focused.closest('label')?.querySelector('.facet__label')?.firstChild?.textContent?.trim() ?? focused.value;
      shown[name] = [...shown[name], { key: focused.value, label, count: 0, selected: false }];
    }
  }
  const fieldsets = FACETS.filter(({ name }) => shown[name].length > 0).map(({ name, legend }) =>
    facetFieldset(name, legend, shown[name], formId),
  );
  box.replaceChildren(...fieldsets);
  if (focused) {
    const again = [...box.querySelectorAll<HTMLInputElement>('input')].find(
      (input) => input.name === focused.name && input.value === focused.value,
    );
    again?.focus();
  }
}

function facetFieldset(
  name: FacetName,
  legend: string,
  values: readonly FacetCount[],
  formId: string,
): HTMLFieldSetElement {
  const fieldset = create('fieldset', 'facet');
  fieldset.append(create('legend', undefined, legend));
  const options = create('ul', 'facet__options');
  for (const value of values) {
    const option = create('li');
    const label = create('label');
    const box = create('input');
    box.type = 'checkbox';
    box.name = name;
    box.value = value.key;
    box.checked = value.selected;
    box.setAttribute('form', formId);
    const text = create('span', 'facet__label', `${value.label} `);
    text.append(create('span', 'facet__count', resultCountText(value.count)));
    label.append(box, text);
    option.append(label);
    options.append(option);
  }
  fieldset.append(options);
  return fieldset;
}

/** The filters once a facet checkbox has been checked or unchecked; each facet's values stay sorted. */
export function filtersAfterToggle(filters: SearchRequest['filters'], box: HTMLInputElement): SearchRequest['filters'] {
  const name = box.name as FacetName;
  const others = filters[name].filter((value) => value !== box.value);
  return { ...filters, [name]: box.checked ? [...others, box.value].sort() : others };
}
