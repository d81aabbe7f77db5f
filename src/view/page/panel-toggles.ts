// On narrow screens the Explore sidebar and the Inspector become panels over the canvas, opened by header buttons.

import type { AppState } from '../../state/app-state';
import type { Store } from '../../state/store';

/**
 * The width below which the side panels fold over the canvas; style.css uses the same figure (see
 * docs/design-choices.md#screen-sizes-and-printing): at 900 px two panels would leave the canvas 440 px wide.
 */
export const NARROW_QUERY = '(max-width: 899px)';

/** A header button and the panel it opens (its `aria-controls`). */
export interface PanelToggle {
  button: HTMLButtonElement;
  panel: HTMLElement;
}

/** What the skip links and the selection need from the panels: open one so that its content can take focus. */
export interface PanelToggles {
  /** Opens the panel holding `target`, when the screen is narrow and it is closed; closes the other one. */
  reveal(target: Element): void;
  unmount(): void;
}

/**
 * Wires the Explore and Inspector toggles: aria-expanded follows `data-open` on the panel, one panel is open at a
 * time, Escape in an open panel closes it and gives focus back to its button, and a new selection on a narrow
 * screen opens the inspector so what was tapped can be read.
 */
export function mountPanelToggles(
  toggles: readonly PanelToggle[],
  inspector: HTMLElement,
  store: Store<AppState>,
  narrow: MediaQueryList = window.matchMedia(NARROW_QUERY),
): PanelToggles {
  const setOpen = (toggle: PanelToggle, open: boolean) => {
    toggle.panel.dataset.open = String(open);
    toggle.button.setAttribute('aria-expanded', String(open));
  };
  const open = (chosen: PanelToggle | undefined) => {
    for (const toggle of toggles) setOpen(toggle, toggle === chosen);
  };
  const onClick = (toggle: PanelToggle) => () => open(toggle.panel.dataset.open === 'true' ? undefined : toggle);
  const clicks = toggles.map((toggle) => {
    const handler = onClick(toggle);
    toggle.button.addEventListener('click', handler);
    return handler;
  });
  // On the panel, so it runs before the page's Escape (on the document), which would clear the selection too.
  const onKeys = toggles.map((toggle) => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented || !narrow.matches) return;
      if (toggle.panel.dataset.open !== 'true') return;
      event.preventDefault();
      open(undefined);
      toggle.button.focus();
    };
    toggle.panel.addEventListener('keydown', onKey);
    return onKey;
  });
  open(undefined);

  const inspectorToggle = toggles.find((t) => t.panel === inspector);
  const unsubscribe = store.subscribe((state, previous) => {
    if (state.selection === previous.selection || !narrow.matches || !inspectorToggle) return;
    // A tap on an actor opens its inspector; a tap on the background gives the canvas back.
    if (state.selection) open(inspectorToggle);
    else if (inspector.dataset.open === 'true') open(undefined);
  });
  return {
    reveal(target) {
      const toggle = toggles.find((t) => t.panel.contains(target));
      if (toggle && narrow.matches && toggle.panel.dataset.open !== 'true') open(toggle);
    },
    unmount() {
      unsubscribe();
      toggles.forEach((toggle, i) => {
        toggle.button.removeEventListener('click', clicks[i] as () => void);
        toggle.panel.removeEventListener('keydown', onKeys[i] as (event: KeyboardEvent) => void);
      });
    },
  };
}
