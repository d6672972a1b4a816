/**
 * The /search/ page's script: reads the search from the URL, and turns the reader's typing, keys, filters and
 * history moves into searches (page-controller.ts runs and renders them).
 */
import type { SearchRequest } from '../types';
import { filtersAfterToggle } from './facet-controls';
import { SearchPageController } from './page-controller';
import { findSearchPageElements } from './page-elements';
import { resultLinks } from './result-list';
import { moveFocusIndex } from './view-model';

const page = findSearchPageElements();
const { form, input, list, facetsBox, sortInputs, moreButton, headerForm } = page;
const controller = new SearchPageController(page);

const sortOf = (value: string | undefined): SearchRequest['sort'] => (value === 'date' ? 'date' : 'relevance');

function typed(): SearchRequest {
  return { ...controller.current, query: input.value };
}

input.addEventListener('focus', () => controller.warm());
input.addEventListener('input', () => {
  controller.warm();
  // Every keystroke searches at once; answers a newer keystroke has overtaken are dropped.
  controller.run(typed(), 'type');
});

input.addEventListener('keydown', (event) => {
  if (event.key === 'Escape' && input.value !== '') {
    event.preventDefault();
    input.value = '';
    controller.run(typed(), 'type');
  } else if (event.key === 'ArrowDown' && !event.altKey && !event.shiftKey) {
    const links = resultLinks(list);
    if (links.length === 0) return;
    event.preventDefault();
    links[moveFocusIndex(-1, 'ArrowDown', links.length)]?.focus();
  }
});

list.addEventListener('keydown', (event) => {
  if ((event.key !== 'ArrowDown' && event.key !== 'ArrowUp') || event.altKey || event.shiftKey) return;
  const links = resultLinks(list);
  const index = links.indexOf(event.target as HTMLAnchorElement);
  if (index === -1) return;
  event.preventDefault();
  const next = moveFocusIndex(index, event.key, links.length);
  if (next === -1) input.focus();
  else links[next]?.focus();
});

form.addEventListener('submit', (event) => {
  event.preventDefault();
  controller.run({ ...typed(), sort: sortOf(sortInputs.find((radio) => radio.checked)?.value) }, 'commit');
});

facetsBox.addEventListener('change', (event) => {
  const box = event.target;
  if (!(box instanceof HTMLInputElement) || box.type !== 'checkbox') return;
  controller.run({ ...typed(), filters: filtersAfterToggle(controller.current.filters, box) }, 'commit');
});

for (const radio of sortInputs) {
  radio.addEventListener('change', () => {
    if (radio.checked) controller.run({ ...typed(), sort: sortOf(radio.value) }, 'commit');
  });
}

moreButton.addEventListener('click', () => controller.showMore());

// Following a result, or leaving the page any other way, first records the search typed so far.
list.addEventListener('click', () => controller.flushAddress(), { capture: true });
window.addEventListener('pagehide', () => controller.flushAddress());

window.addEventListener('popstate', () => controller.restoreFromAddress());

// The header box searches in place here, instead of reloading the page.
headerForm?.addEventListener('submit', (event) => {
  const box = headerForm.querySelector<HTMLInputElement>('input[name="q"]');
  if (!box) return;
  event.preventDefault();
  const query = box.value;
  box.value = '';
  input.focus();
  controller.run({ ...controller.current, query }, 'commit');
});

controller.start();
