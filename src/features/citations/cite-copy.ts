/**
 * The citation's copy button: shown only where the Clipboard API exists, it copies the citation's text and says
 * so in a status message. If copying is refused, the text is selected so the reader can copy it by hand.
 */
export function enableCopyButtons(root: ParentNode): void {
  if (!navigator.clipboard) return;
  for (const button of root.querySelectorAll<HTMLButtonElement>('button[data-copy-target]')) {
    const target = document.getElementById(button.dataset.copyTarget ?? '');
    const status = button.parentElement?.querySelector('[role="status"]');
    if (!target) continue;
    button.hidden = false;
    button.addEventListener('click', async () => {
      const text = (target.textContent ?? '').replace(/\s+/g, ' ').trim();
      try {
        await navigator.clipboard.writeText(text);
        if (status) status.textContent = 'Citation copied.';
      } catch {
        window.getSelection()?.selectAllChildren(target);
        if (status)
          status.textContent = 'Copying was refused; the citation is selected, press Ctrl+C or ⌘C to copy it.';
      }
    });
  }
}
