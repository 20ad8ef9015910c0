import type { Api } from './api.js';
import { h } from './dom.js';
import { CONVERSATION_LIST } from './documents.js';

const PAGE_SIZE = 30;

/** A conversation's address: the page with `?conversation=<id>`, so a reload or a shared link reopens it. */
export function conversationHref(id: string | null): string {
  const url = new URL(window.location.href);
  url.search = '';
  if (id !== null) url.searchParams.set('conversation', id);
  return url.pathname + url.search;
}

function relativeTime(iso: string): string {
  const seconds = Math.round((Date.now() - Date.parse(iso)) / 1000);
  const format = new Intl.RelativeTimeFormat('en', { numeric: 'auto' });
  if (seconds < 60) return 'just now';
  if (seconds < 3600) return format.format(-Math.round(seconds / 60), 'minute');
  if (seconds < 86_400) return format.format(-Math.round(seconds / 3600), 'hour');
  return format.format(-Math.round(seconds / 86_400), 'day');
}

export interface ConversationListOptions {
  readonly api: Api;
  readonly list: HTMLUListElement;
  readonly more: HTMLButtonElement;
  readonly status: HTMLElement;
  /** A conversation was chosen (by a plain click; other clicks open the link as the browser does). */
  readonly open: (id: string) => void;
}

/** The sidebar's conversations, most recently updated first, as links: reachable by keyboard, openable in a new tab. */
export class ConversationList {
  private current: string | null = null;
  private after: string | null = null;

  constructor(private readonly options: ConversationListOptions) {
    options.more.addEventListener('click', () => void this.load(false));
  }

  /** Marks the open conversation. */
  select(id: string | null): void {
    this.current = id;
    this.options.list.querySelectorAll<HTMLAnchorElement>('a[data-id]').forEach((link) => {
      if (link.dataset.id === id) link.setAttribute('aria-current', 'page');
      else link.removeAttribute('aria-current');
    });
  }

  /** Loads the first page again (`fresh`), or the next one. */
  async load(fresh = true): Promise<void> {
    const { api, list, more, status } = this.options;
    try {
      const { conversations } = await api.query(CONVERSATION_LIST, {
        first: PAGE_SIZE,
        after: fresh ? null : this.after,
      });
      const items = conversations.edges.map(({ node }) => this.item(node));
      if (fresh) list.replaceChildren(...items);
      else list.append(...items);
      this.after = conversations.pageInfo.endCursor ?? null;
      more.hidden = !conversations.pageInfo.hasNextPage;
      status.textContent = list.childElementCount === 0 ? 'No conversations yet.' : '';
    } catch (error) {
      status.textContent = `Could not load your conversations. ${(error as Error).message}`;
    }
  }

  private item(node: { id: string; title: string; messageCount: number; updatedAt: string }): HTMLLIElement {
    const link = h(
      'a',
      { href: conversationHref(node.id), 'data-id': node.id, 'aria-current': node.id === this.current ? 'page' : null },
      h('span', { class: 'title' }, node.title || 'Untitled conversation'),
      h(
        'span',
        { class: 'meta' },
        `${node.messageCount} ${node.messageCount === 1 ? 'message' : 'messages'} · ${relativeTime(node.updatedAt)}`,
      ),
    );
    link.addEventListener('click', (click) => {
      if (click.button !== 0 || click.metaKey || click.ctrlKey || click.shiftKey || click.altKey) return;
      click.preventDefault();
      this.options.open(node.id);
    });
    return h('li', {}, link);
  }
}
