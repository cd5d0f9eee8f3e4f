import type { Action } from 'svelte/action';

export interface ModalOptions {
  onclose: () => void;
  /** Selector of the element to focus when the dialog opens (an input's text is selected too). */
  initialFocus: string;
}

/**
 * Opens a <dialog> as a native modal: the page behind it is inert (Tab stays inside, screen
 * readers do not wander out) and it sits in the top layer, above the map and the notes panel.
 * Esc and a click on the backdrop (which lands on the dialog itself) ask to close; focus goes
 * back to whatever opened it when the dialog leaves the page.
 */
export const modal: Action<HTMLDialogElement, ModalOptions> = (node, options) => {
  const opener = document.activeElement as HTMLElement | null;
  let current = options;
  const oncancel = (event: Event) => {
    // The owner removes the element; closing it here first would skip that.
    event.preventDefault();
    current.onclose();
  };
  const onclick = (event: MouseEvent) => {
    if (event.target === node) current.onclose();
  };
  node.addEventListener('cancel', oncancel);
  node.addEventListener('click', onclick);
  node.showModal();
  const first = node.querySelector<HTMLElement>(options.initialFocus);
  first?.focus();
  if (first instanceof HTMLInputElement) first.select();
  return {
    update(next) {
      current = next;
    },
    destroy() {
      node.removeEventListener('cancel', oncancel);
      node.removeEventListener('click', onclick);
      if (node.open) node.close();
      opener?.focus();
    },
  };
};
