// Small DOM builders that only ever set text, never HTML, so data cannot inject markup.

type Child = Node | string | null | undefined | false;

/** Creates an element with attributes and children; strings become text nodes. */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | boolean | undefined> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) setAttribute(node, name, value);
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    node.append(typeof child === 'string' ? document.createTextNode(child) : child);
  }
  return node;
}

/** Sets one attribute: `true` as an empty attribute, `false` and undefined not at all, `class` as the class name. */
function setAttribute(node: HTMLElement, name: string, value: string | boolean | undefined): void {
  if (value === undefined || value === false) return;
  if (name === 'class') node.className = String(value);
  else node.setAttribute(name, value === true ? '' : value);
}

/** Whether a string is an absolute http or https URL, the only kind data may turn into a link. */
export function isSafeUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

/** Renders an attribute value as text, or as a link when it is an http(s) URL. */
export function renderValue(value: unknown): Node {
  if (typeof value === 'string' && isSafeUrl(value.trim())) {
    return el('a', { href: value.trim(), target: '_blank', rel: 'noopener noreferrer' }, value);
  }
  if (value === null || value === undefined) return document.createTextNode('');
  return document.createTextNode(typeof value === 'object' ? JSON.stringify(value) : String(value));
}

/** Re-renders `root` and puts focus back on the equivalent control (same id, or same field and value). */
export function renderKeepingFocus(root: HTMLElement, children: (Node | null)[]): void {
  const active = document.activeElement;
  let selector: string | null = null;
  if (active instanceof HTMLElement && root.contains(active)) {
    if (active.id) selector = `#${CSS.escape(active.id)}`;
    else if (active.dataset.field) {
      selector = `[data-field="${CSS.escape(active.dataset.field)}"][value="${CSS.escape((active as HTMLInputElement).value)}"]`;
    } else if (active.dataset.node) selector = `[data-node="${CSS.escape(active.dataset.node)}"]`;
  }
  root.replaceChildren(...children.filter((c): c is Node => c !== null));
  if (selector) root.querySelector<HTMLElement>(selector)?.focus();
}
