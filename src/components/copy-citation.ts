/**
 * Shows the copy buttons of `CopyCitation` (hidden without JavaScript) and copies the
 * citation on click, announcing the outcome in the component's live region.
 */
export function enhanceCopyButtons(root: ParentNode): void {
  for (const button of root.querySelectorAll<HTMLButtonElement>('button[data-copy-citation]')) {
    if (button.dataset.enhanced) continue;
    button.dataset.enhanced = 'true';
    button.hidden = false;
    const status = button.parentElement?.querySelector<HTMLElement>('[role="status"]');
    button.addEventListener('click', async () => {
      try {
        await navigator.clipboard.writeText(button.dataset.copyCitation ?? '');
        if (status) status.textContent = button.dataset.copied ?? '';
      } catch {
        if (status) status.textContent = button.dataset.failed ?? '';
      }
    });
  }
}
