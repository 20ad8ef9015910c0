/** Attributes and properties an element is created with; `on*` functions become event listeners. */
type Props = Record<string, string | number | boolean | null | undefined | EventListener>;
type Child = Node | string | null | undefined | false;

/**
 * Creates an element: `h('button', { type: 'button', onclick: stop }, 'Stop')`. Text children are text
 * nodes, never parsed as HTML, so whatever a server or a model sends is shown, not run.
 */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Props = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(props)) {
    if (typeof value === 'function') element.addEventListener(name.slice(2), value);
    else if (value === true) element.setAttribute(name, '');
    else if (value !== false && value !== null && value !== undefined) element.setAttribute(name, String(value));
  }
  element.append(
    ...children.filter((child): child is Node | string => child !== null && child !== undefined && child !== false),
  );
  return element;
}

/** The element with this id in index.html, checked to be of the expected kind. */
export function byId<T extends HTMLElement>(id: string, kind: new () => T): T {
  const found = document.getElementById(id);
  if (!(found instanceof kind)) throw new Error(`#${id} is missing from index.html or is not a ${kind.name}`);
  return found;
}

/** The first element under `root` that matches `selector`, checked to be of the expected kind. */
export function within<T extends Element>(root: ParentNode, selector: string, kind: new () => T): T {
  const found = root.querySelector(selector);
  if (!(found instanceof kind)) throw new Error(`${selector} is missing or is not a ${kind.name}`);
  return found;
}

const ICON_PATHS = {
  menu: 'M3 6h18M3 12h18M3 18h18',
  plus: 'M12 5v14M5 12h14',
  edit: 'M4 20h4L19 9l-4-4L4 16v4zM14 6l4 4',
  trash: 'M4 7h16M9 7V4h6v3M6 7l1 13h10l1-13',
  up: 'M7 11v9H4v-9h3zm0 0 4-8c1.7 0 3 1.3 3 3v3h5a2 2 0 0 1 2 2.3l-1.4 7A2 2 0 0 1 17.6 20H7',
  down: 'M7 13V4H4v9h3zm0 0 4 8c1.7 0 3-1.3 3-3v-3h5a2 2 0 0 0 2-2.3l-1.4-7A2 2 0 0 0 17.6 4H7',
  stop: 'M7 7h10v10H7z',
  retry: 'M4 12a8 8 0 1 0 2.3-5.7M4 4v5h5',
  download: 'M12 4v11m0 0-4-4m4 4 4-4M5 20h14',
} as const;

/** A small line icon, hidden from assistive technology: the button around it carries the name. */
export function icon(name: keyof typeof ICON_PATHS): SVGSVGElement {
  const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('class', 'icon');
  const path = document.createElementNS('http://www.w3.org/2000/svg', 'path');
  path.setAttribute('d', ICON_PATHS[name]);
  svg.append(path);
  return svg;
}
