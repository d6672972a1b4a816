/**
 * The header search box's only script, on every page: "/" focuses search, and the first focus or keystroke
 * in the box hints the browser to fetch the index manifest. It imports nothing, so it never brings in the engine.
 */
const TEXT_INPUT = /^(?:text|search|email|number|password|tel|url|date|datetime-local|month|time|week)$/;

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement)
    return true;
  return target instanceof HTMLInputElement && TEXT_INPUT.test(target.type);
}

document.addEventListener('keydown', (event) => {
  if (
    event.key !== '/' ||
    event.ctrlKey ||
    event.metaKey ||
    event.altKey ||
    event.defaultPrevented ||
    isTyping(event.target)
  )
    return;
  // The search page's own box comes first; elsewhere the header's.
  const box =
    document.querySelector<HTMLInputElement>('#search-input') ??
    document.querySelector<HTMLInputElement>('#site-search');
  if (!box) return;
  event.preventDefault();
  box.focus();
  box.select();
});

const headerBox = document.querySelector<HTMLInputElement>('#site-search');
if (headerBox) {
  const prefetch = () => {
    headerBox.removeEventListener('focus', prefetch);
    headerBox.removeEventListener('input', prefetch);
    const link = document.createElement('link');
    link.rel = 'prefetch';
    // The form's action is the search page under the site's base, and the index sits beside it.
    link.href = new URL('manifest.json', headerBox.form?.action ?? location.href).href;
    document.head.append(link);
  };
  headerBox.addEventListener('focus', prefetch);
  headerBox.addEventListener('input', prefetch);
}
