// The skip links at the top of the page: each moves focus to its region, opening a folded panel first.

/**
 * Makes each `a.skip-link` inside `nav` focus its target without changing the address (the hash carries the view:
 * see src/app/url-sync.ts); `reveal` opens the narrow-screen panel that holds the target. Returns an unmount.
 */
export function mountSkipLinks(nav: HTMLElement, reveal: (target: Element) => void): () => void {
  const onClick = (event: MouseEvent) => {
    const link = (event.target as Element | null)?.closest<HTMLAnchorElement>('a.skip-link');
    const id = link?.hash.slice(1);
    const target = id ? document.getElementById(id) : null;
    if (!target) return;
    event.preventDefault();
    reveal(target);
    target.focus();
  };
  nav.addEventListener('click', onClick);
  return () => nav.removeEventListener('click', onClick);
}
