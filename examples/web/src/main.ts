import './style.css';
import { Client, fetchExchange, subscriptionExchange } from '@urql/core';
import { createClient as createWsClient } from 'graphql-ws';
import type { ResultOf } from '@graphql-typed-document-node/core';
import { pipe, subscribe } from 'wonka';
import embed from 'vega-embed';
import { ASK_QUESTION, CONVERSATION_LIST, CONVERSATION_MESSAGES } from '../../operations.js';

type AskEvent = ResultOf<typeof ASK_QUESTION>['askQuery'];
type Completed = Extract<AskEvent, { __typename: 'AskCompleted' }>;

/** Same origin as the page: `askql serve` serves both. A Firebase ID token, when signed in, sits in localStorage. */
const endpoint = new URL('/graphql', window.location.href).href;
const token = window.localStorage.getItem('askql.token');

const wsClient = createWsClient({
  url: endpoint.replace(/^http/, 'ws'),
  connectionParams: token ? { authorization: `Bearer ${token}` } : {},
});

const client = new Client({
  url: endpoint,
  fetchOptions: () => (token ? { headers: { authorization: `Bearer ${token}` } } : {}),
  exchanges: [
    fetchExchange,
    subscriptionExchange({
      forwardSubscription: (request) => ({
        subscribe: (sink) => ({ unsubscribe: wsClient.subscribe({ ...request, query: request.query ?? '' }, sink) }),
      }),
    }),
  ],
});

function element<T extends HTMLElement>(id: string): T {
  const found = document.getElementById(id);
  if (!found) throw new Error(`#${id} is missing from index.html`);
  return found as T;
}

const ui = {
  conversations: element<HTMLUListElement>('conversations'),
  messages: element<HTMLElement>('messages'),
  run: element<HTMLElement>('run'),
  progress: element<HTMLElement>('progress'),
  progressFill: element<HTMLElement>('progress').querySelector<HTMLElement>('.fill')!,
  progressLabel: element<HTMLElement>('progress-label'),
  answer: element<HTMLElement>('answer'),
  chart: element<HTMLElement>('chart'),
  table: element<HTMLElement>('table'),
  suggestions: element<HTMLUListElement>('suggestions'),
  error: element<HTMLElement>('error'),
  form: element<HTMLFormElement>('ask'),
  question: element<HTMLTextAreaElement>('question'),
  newConversation: element<HTMLButtonElement>('new-conversation'),
};

let currentConversation: string | null = null;

function relativeTime(iso: string): string {
  const seconds = Math.round((Date.now() - Date.parse(iso)) / 1000);
  const format = new Intl.RelativeTimeFormat('en', { numeric: 'auto' });
  if (seconds < 60) return format.format(-seconds, 'second');
  if (seconds < 3600) return format.format(-Math.round(seconds / 60), 'minute');
  if (seconds < 86_400) return format.format(-Math.round(seconds / 3600), 'hour');
  return format.format(-Math.round(seconds / 86_400), 'day');
}

async function loadConversations(): Promise<void> {
  const result = await client.query(CONVERSATION_LIST, { first: 30 }, { requestPolicy: 'network-only' }).toPromise();
  if (result.error) return showError(result.error.message);
  ui.conversations.replaceChildren(
    ...(result.data?.conversations.edges ?? []).map(({ node }) => {
      const item = document.createElement('li');
      item.dataset.id = node.id;
      item.setAttribute('aria-current', String(node.id === currentConversation));
      const preview = document.createElement('div');
      preview.className = 'preview';
      preview.textContent = node.preview || node.title;
      const meta = document.createElement('div');
      meta.className = 'meta';
      meta.textContent = `${node.messageCount} messages · updated ${relativeTime(node.updatedAt)}`;
      item.append(preview, meta);
      item.addEventListener('click', () => void openConversation(node.id));
      return item;
    }),
  );
}

async function openConversation(id: string): Promise<void> {
  currentConversation = id;
  ui.run.hidden = true;
  const result = await client.query(CONVERSATION_MESSAGES, { id }, { requestPolicy: 'network-only' }).toPromise();
  if (result.error) return showError(result.error.message);
  ui.messages.replaceChildren(
    ...(result.data?.conversation?.messages.edges ?? []).map(({ node }) => bubble(node.role.toLowerCase(), node.content, node.status.toLowerCase())),
  );
  for (const item of Array.from(ui.conversations.children)) {
    (item as HTMLElement).setAttribute('aria-current', String((item as HTMLElement).dataset.id === id));
  }
}

function bubble(role: string, content: string, status = 'complete'): HTMLElement {
  const div = document.createElement('div');
  div.className = `message ${role} ${status}`;
  div.textContent = status === 'complete' ? content : `${content} (${status})`;
  return div;
}

function showError(message: string): void {
  ui.run.hidden = false;
  ui.error.textContent = message;
}

function setProgress(percent: number, message: string): void {
  ui.progress.setAttribute('aria-valuenow', String(percent));
  ui.progressFill.style.width = `${percent}%`;
  ui.progressLabel.textContent = `${message} ${percent}%`;
}

/** A cell as a person reads it: numbers grouped, times in the reader's locale, nothing for null. */
function formatCell(value: unknown, type: string): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return value.toLocaleString();
  if (typeof value === 'string' && type === 'timestamp') return new Date(value).toLocaleString();
  if (typeof value === 'string' && type === 'date') return value.slice(0, 10);
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

function renderTable(result: NonNullable<Completed['result']>): void {
  const table = document.createElement('table');
  const head = table.createTHead().insertRow();
  for (const column of result.columns) {
    const th = document.createElement('th');
    th.textContent = column.name;
    head.append(th);
  }
  const body = table.createTBody();
  const rows: unknown[] = Array.isArray(result.rows) ? result.rows : [];
  for (const row of rows.slice(0, 50)) {
    const tr = body.insertRow();
    const values = Array.isArray(row) ? row : result.columns.map((column) => (row as Record<string, unknown>)[column.name]);
    values.forEach((value, index) => {
      const td = tr.insertCell();
      td.textContent = formatCell(value, result.columns[index]?.type ?? '');
      if (typeof value === 'number') td.className = 'number';
    });
  }
  const note = document.createElement('p');
  note.className = 'note';
  note.textContent = `${result.rowCount} rows${result.truncated ? ' (the server kept the first ones)' : ''}`;
  ui.table.replaceChildren(table, note);
}

function ask(question: string): void {
  ui.messages.append(bubble('user', question));
  ui.run.hidden = false;
  for (const part of [ui.answer, ui.error, ui.chart, ui.table, ui.suggestions]) part.replaceChildren();
  setProgress(0, 'Starting...');
  const submit = ui.form.querySelector('button')!;
  submit.disabled = true;
  const { unsubscribe } = pipe(
    client.subscription(ASK_QUESTION, { input: { question, conversationId: currentConversation } }),
    subscribe((result) => {
      if (result.error) {
        submit.disabled = false;
        return showError(result.error.message);
      }
      const event = result.data?.askQuery;
      if (!event) return;
      switch (event.__typename) {
        case 'AskStarted':
          // The question is saved by now: the conversation shows in the list while it is answered.
          currentConversation = event.conversationId;
          void loadConversations();
          break;
        case 'AskProgress':
          // A retried interpretation writes its answer afresh.
          if (event.stage === 'INTERPRETING' && event.attempt > 1) ui.answer.textContent = '';
          setProgress(event.percent, event.message);
          break;
        case 'AnswerDelta':
          ui.answer.textContent += event.text;
          break;
        case 'AskCompleted':
          void completed(event);
          break;
        case 'AskFailed':
          showError(`${event.message} (${event.code})`);
          break;
      }
      if (event.__typename === 'AskCompleted' || event.__typename === 'AskFailed') {
        submit.disabled = false;
        queueMicrotask(() => unsubscribe());
        void loadConversations();
      }
    }),
  );
}

async function completed(event: Completed): Promise<void> {
  setProgress(100, 'Complete!');
  ui.answer.textContent = event.answer;
  if (event.result && event.result.columns.length > 0) renderTable(event.result);
  ui.suggestions.replaceChildren(
    ...event.suggestions.map((suggestion) => {
      const item = document.createElement('li');
      item.textContent = suggestion;
      item.addEventListener('click', () => {
        ui.question.value = suggestion;
      });
      return item;
    }),
  );
  if (event.chart && typeof event.chart === 'object') {
    await embed(ui.chart, event.chart as Parameters<typeof embed>[1], { actions: false, renderer: 'svg' });
  }
}

ui.form.addEventListener('submit', (submitted) => {
  submitted.preventDefault();
  const question = ui.question.value.trim();
  if (!question) return;
  ui.question.value = '';
  ask(question);
});

ui.question.addEventListener('keydown', (key) => {
  if (key.key === 'Enter' && !key.shiftKey) {
    key.preventDefault();
    ui.form.requestSubmit();
  }
});

ui.newConversation.addEventListener('click', () => {
  currentConversation = null;
  ui.messages.replaceChildren();
  ui.run.hidden = true;
  void loadConversations();
});

void loadConversations();
