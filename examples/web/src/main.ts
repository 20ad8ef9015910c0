import './style.css';
import type { RatingValue } from '../../../src/gql/graphql.js';
import { createApi } from './api.js';
import { answerArticle, questionBubble, retryButton, type AnswerContext } from './answer-view.js';
import { ConversationList, conversationHref } from './conversation-list.js';
import { byId, h, icon, within } from './dom.js';
import { forgetStoredRun, LiveRun, storedRun, type LiveRunHost, type RunSnapshot } from './live-run.js';
import { WEB_CONVERSATION, WEB_DELETE, WEB_RATE, WEB_RENAME } from './documents.js';
import { QUESTION_MAX_LENGTH } from '../../../src/question-limit.js';
import { loadWebConfig, signInFailure, startSession, type Session } from './session.js';
const COUNT = new Intl.NumberFormat('en-US');

/** Signed in with Firebase Auth when the server requires ID tokens; null when it does not (development). */
const session: Promise<Session | null> = loadWebConfig().then(startSession);
const api = createApi(async () => (await session.catch(() => null))?.token() ?? null);

const ui = {
  sidebar: byId('sidebar', HTMLElement),
  backdrop: byId('drawer-backdrop', HTMLElement),
  openDrawer: byId('open-drawer', HTMLButtonElement),
  newConversation: byId('new-conversation', HTMLButtonElement),
  title: byId('conversation-title', HTMLElement),
  rename: byId('rename', HTMLButtonElement),
  remove: byId('delete', HTMLButtonElement),
  transcript: byId('transcript', HTMLElement),
  empty: byId('empty', HTMLElement),
  starters: byId('starters', HTMLUListElement),
  messages: byId('messages', HTMLElement),
  notice: byId('notice', HTMLElement),
  form: byId('ask', HTMLFormElement),
  question: byId('question', HTMLTextAreaElement),
  askButton: byId('ask-button', HTMLButtonElement),
  hint: byId('composer-hint', HTMLElement),
  renameDialog: byId('rename-dialog', HTMLDialogElement),
  renameTitle: byId('rename-title', HTMLInputElement),
  renameError: byId('rename-error', HTMLElement),
  deleteDialog: byId('delete-dialog', HTMLDialogElement),
  deleteText: byId('delete-text', HTMLElement),
  deleteError: byId('delete-error', HTMLElement),
  signInDialog: byId('sign-in-dialog', HTMLDialogElement),
  signInEmail: byId('sign-in-email', HTMLInputElement),
  signInPassword: byId('sign-in-password', HTMLInputElement),
  signInError: byId('sign-in-error', HTMLElement),
  account: byId('account', HTMLElement),
  accountEmail: byId('account-email', HTMLElement),
  signOut: byId('sign-out', HTMLButtonElement),
};

ui.openDrawer.append(icon('menu'));
byId('new-conversation-top', HTMLButtonElement).append(icon('plus'));
ui.rename.append(icon('edit'));
ui.remove.append(icon('trash'));

/** The open conversation (null: a new one, not asked yet) and the run this page follows, if any. */
/** Whether this conversation is still the one on screen (another may have been opened while it loaded). */
const isShowing = (id: string): boolean => state.conversation?.id === id;

const state: { conversation: { id: string; title: string } | null; run: LiveRun | null } = {
  conversation: null,
  run: null,
};

const conversations = new ConversationList({
  api,
  list: byId('conversations', HTMLUListElement),
  more: byId('more-conversations', HTMLButtonElement),
  status: byId('conversations-status', HTMLElement),
  open: (id) => void openConversation(id),
});

function showNotice(message: string | null): void {
  ui.notice.hidden = message === null;
  ui.notice.textContent = message ?? '';
}

function running(): boolean {
  return state.run?.active === true;
}

// ——— the composer ———

const DEFAULT_HINT = 'Enter to ask, Shift+Enter for a new line.';

function updateComposer(): void {
  const length = ui.question.value.length;
  const tooLong = length > QUESTION_MAX_LENGTH;
  ui.askButton.disabled = running() || tooLong;
  if (tooLong)
    ui.hint.textContent = `${COUNT.format(length)} of ${COUNT.format(QUESTION_MAX_LENGTH)} characters: shorten the question to ask it.`;
  else if (running()) ui.hint.textContent = 'Answering… Wait for the answer or stop it to ask the next question.';
  else if (length > QUESTION_MAX_LENGTH * 0.9)
    ui.hint.textContent = `${COUNT.format(length)} of ${COUNT.format(QUESTION_MAX_LENGTH)} characters.`;
  else ui.hint.textContent = DEFAULT_HINT;
  ui.hint.classList.toggle('warning', tooLong);
}

ui.question.addEventListener('input', () => {
  // The box grows with the question (up to a third of the screen, then it scrolls).
  ui.question.style.height = 'auto';
  ui.question.style.height = `${ui.question.scrollHeight + 2}px`;
  updateComposer();
});

ui.question.addEventListener('keydown', (key) => {
  // Enter while an input method composes a word (keyCode 229 in Safari) picks the word; it never asks.
  // keyCode 229 is how Safari reports the Enter that ends an IME composition; isComposing is already false there.
  // eslint-disable-next-line @typescript-eslint/no-deprecated
  if (key.key !== 'Enter' || key.shiftKey || key.isComposing || key.keyCode === 229) return;
  key.preventDefault();
  ui.form.requestSubmit();
});

ui.form.addEventListener('submit', (submitted) => {
  submitted.preventDefault();
  const question = ui.question.value.trim();
  if (!question || running() || question.length > QUESTION_MAX_LENGTH) return;
  ui.question.value = '';
  ui.question.style.height = '';
  ask(question);
});

// ——— asking and the run ———

const host: LiveRunHost = {
  api,
  started(run) {
    // A new conversation now exists: it gets its address and its place in the list.
    if (state.conversation === null && run.element.isConnected && run.conversationId !== null) {
      state.conversation = { id: run.conversationId, title: run.question };
      window.history.replaceState(null, '', conversationHref(run.conversationId));
      showConversationHeader();
      conversations.select(run.conversationId);
    }
    void conversations.load();
  },
  finished(run) {
    if (state.run === run) state.run = null;
    updateComposer();
    void conversations.load();
  },
  forgotten(run) {
    if (state.run === run) state.run = null;
    updateComposer();
    if (state.conversation !== null && state.conversation.id === run.conversationId)
      void openConversation(run.conversationId, { push: false });
  },
  answerContext,
};

function answerContext(question: string): AnswerContext {
  return { question, actions: { ask, rate } };
}

async function rate(messageId: string, value: RatingValue): Promise<RatingValue | null> {
  const { rateAnswer } = await api.mutate(WEB_RATE, { messageId, rating: value });
  const refused = rateAnswer.userErrors[0];
  if (refused) throw new Error(refused.message);
  return rateAnswer.message?.rating?.value ?? null;
}

/** Asks in the open conversation; while a run is going the question waits in the box instead. */
function ask(question: string): void {
  if (running()) {
    ui.question.value = question;
    updateComposer();
    ui.question.focus();
    return;
  }
  showNotice(null);
  ui.empty.hidden = true;
  const run = new LiveRun(host, {
    question,
    conversationId: state.conversation?.id ?? null,
    runId: null,
    seq: 0,
    percent: 0,
    label: '',
    answer: '',
  });
  state.run = run;
  ui.messages.append(questionBubble(question), run.element);
  stickToBottom = true;
  run.start();
  updateComposer();
}

/** After a reload: follow the run this tab was following, from the last event it saw. */
function rejoin(snapshot: RunSnapshot): void {
  const run = new LiveRun(host, snapshot);
  state.run = run;
  ui.messages.append(run.element);
  run.rejoin();
  updateComposer();
}

// ——— conversations ———

function showConversationHeader(): void {
  const title = state.conversation?.title ?? 'New conversation';
  ui.title.textContent = title;
  document.title = state.conversation ? `${title} · askql` : 'askql';
  ui.rename.hidden = state.conversation === null;
  ui.remove.hidden = state.conversation === null;
}

function showEmptyState(): void {
  ui.empty.hidden = ui.messages.childElementCount > 0;
}

/** Opens a conversation (null: a new one) and gives it its address, unless it came from the address. */
async function openConversation(
  id: string | null,
  options: { push?: boolean; resume?: RunSnapshot | null } = {},
): Promise<void> {
  closeDrawer();
  showNotice(null);
  if (options.push !== false) window.history.pushState(null, '', conversationHref(id));
  conversations.select(id);
  const run = state.run;
  if (id === null) {
    state.conversation = null;
    showConversationHeader();
    ui.messages.replaceChildren(
      ...(run?.active && run.conversationId === null ? [questionBubble(run.question), run.element] : []),
    );
    showEmptyState();
    ui.question.focus();
    return;
  }
  state.conversation = { id, title: state.conversation?.id === id ? state.conversation.title : '' };
  showConversationHeader();
  ui.empty.hidden = true;
  ui.messages.replaceChildren(h('p', { class: 'note loading' }, 'Loading the conversation…'));
  let conversation;
  try {
    ({ conversation } = await api.query(WEB_CONVERSATION, { id }));
  } catch (error) {
    if (!isShowing(id)) return;
    ui.messages.replaceChildren(
      h('p', { class: 'failure' }, `Could not open this conversation. ${(error as Error).message}`),
      retryButton(() => void openConversation(id, { push: false })),
    );
    return;
  }
  // Another conversation was opened while this one loaded.
  if (!isShowing(id)) return;
  if (!conversation) {
    window.history.replaceState(null, '', conversationHref(null));
    await openConversation(null, { push: false });
    showNotice('That conversation does not exist any more. Here is a new one.');
    return;
  }
  state.conversation = { id, title: conversation.title };
  showConversationHeader();
  const parts: HTMLElement[] = [];
  if (conversation.messages.pageInfo.hasPreviousPage)
    parts.push(h('p', { class: 'note' }, `Showing the latest 50 of ${conversation.messageCount} messages.`));
  let question = '';
  for (const { node } of conversation.messages.edges) {
    if (node.role === 'USER') {
      question = node.content;
      parts.push(questionBubble(node.content));
    } else {
      parts.push(answerArticle(node, answerContext(question)));
    }
  }
  const last = conversation.messages.edges.at(-1)?.node;
  const unanswered = last?.role === 'USER';
  ui.messages.replaceChildren(...parts);
  // The run answering the last question, as the server says (any tab or device may have asked it), or as
  // this tab last saw it: follow it again, from the last event this tab drew when it is the same run.
  const active = conversation.activeRun;
  const resume = options.resume?.conversationId === id ? options.resume : null;
  if (resume !== null && resume.runId !== active?.runId && !(unanswered && last.content === resume.question))
    forgetStoredRun();
  if (run?.active && run.conversationId === id) {
    ui.messages.append(run.element);
  } else if (unanswered && active) {
    rejoin(
      resume?.runId === active.runId
        ? resume
        : {
            question: last.content,
            conversationId: id,
            runId: active.runId,
            seq: 0,
            percent: 0,
            label: '',
            answer: '',
          },
    );
  } else if (unanswered && resume !== null && last.content === resume.question) {
    rejoin(resume);
  } else if (unanswered) {
    ui.messages.append(
      h(
        'div',
        { class: 'message assistant pending' },
        h(
          'p',
          { class: 'note' },
          'This question has no answer yet: it may still be on its way, or its run was interrupted.',
        ),
        h(
          'div',
          { class: 'answer-footer' },
          retryButton(() => void openConversation(id, { push: false }), 'Refresh'),
          retryButton(() => ask(last.content), 'Ask again'),
        ),
      ),
    );
  }
  stickToBottom = true;
  scrollToEnd();
}

window.addEventListener('popstate', () => void openConversation(conversationIdFromAddress(), { push: false }));

function conversationIdFromAddress(): string | null {
  return new URL(window.location.href).searchParams.get('conversation');
}

for (const button of [ui.newConversation, byId('new-conversation-top', HTMLButtonElement)])
  button.addEventListener('click', () => void openConversation(null));

// ——— rename and delete ———

function closeButtons(dialog: HTMLDialogElement): void {
  dialog
    .querySelectorAll<HTMLButtonElement>('[data-close]')
    .forEach((button) => button.addEventListener('click', () => dialog.close()));
}
closeButtons(ui.renameDialog);
closeButtons(ui.deleteDialog);

ui.rename.addEventListener('click', () => {
  if (!state.conversation) return;
  ui.renameTitle.value = state.conversation.title;
  ui.renameError.textContent = '';
  ui.renameDialog.showModal();
  ui.renameTitle.select();
});

within(ui.renameDialog, 'form', HTMLFormElement).addEventListener('submit', (submitted) => {
  submitted.preventDefault();
  const conversation = state.conversation;
  const title = ui.renameTitle.value.trim();
  if (!conversation || !title) return;
  void api.mutate(WEB_RENAME, { id: conversation.id, title }).then(
    ({ renameConversation: { conversation: renamed, userErrors } }) => {
      if (!renamed) {
        ui.renameError.textContent = userErrors.map((error) => error.message).join(' ');
        return;
      }
      ui.renameDialog.close();
      if (state.conversation?.id === renamed.id) state.conversation = { id: renamed.id, title: renamed.title };
      showConversationHeader();
      void conversations.load();
    },
    (error: unknown) => {
      ui.renameError.textContent = (error as Error).message;
    },
  );
});

ui.remove.addEventListener('click', () => {
  if (!state.conversation) return;
  ui.deleteText.textContent = `“${state.conversation.title}” and all its questions and answers will be deleted for good.`;
  ui.deleteError.textContent = '';
  ui.deleteDialog.showModal();
});

within(ui.deleteDialog, 'form', HTMLFormElement).addEventListener('submit', (submitted) => {
  submitted.preventDefault();
  const conversation = state.conversation;
  if (!conversation) return;
  void api.mutate(WEB_DELETE, { id: conversation.id }).then(
    ({ deleteConversation: { userErrors } }) => {
      if (userErrors.length > 0) {
        ui.deleteError.textContent = userErrors.map((error) => error.message).join(' ');
        return;
      }
      ui.deleteDialog.close();
      void openConversation(null);
      void conversations.load();
    },
    (error: unknown) => {
      ui.deleteError.textContent = (error as Error).message;
    },
  );
});

// ——— the drawer (narrow screens) ———

const narrow = window.matchMedia('(max-width: 760px)');

function setDrawer(open: boolean): void {
  const wasOpen = document.body.classList.contains('drawer-open');
  document.body.classList.toggle('drawer-open', open);
  ui.openDrawer.setAttribute('aria-expanded', String(open));
  ui.backdrop.hidden = !open;
  // A closed drawer is off screen: keep keyboard focus and screen readers out of it too.
  ui.sidebar.inert = narrow.matches && !open;
  if (open) (ui.sidebar.querySelector<HTMLElement>('a[aria-current="page"]') ?? ui.newConversation).focus();
  else if (wasOpen) ui.openDrawer.focus();
}

function closeDrawer(): void {
  if (document.body.classList.contains('drawer-open')) setDrawer(false);
}

ui.openDrawer.addEventListener('click', () => setDrawer(!document.body.classList.contains('drawer-open')));
ui.backdrop.addEventListener('click', closeDrawer);
document.addEventListener('keydown', (key) => {
  if (key.key === 'Escape') closeDrawer();
});
narrow.addEventListener('change', () => setDrawer(false));

// ——— scrolling: follow the answer while the reader is at the bottom ———

let stickToBottom = true;

function scrollToEnd(): void {
  ui.transcript.scrollTop = ui.transcript.scrollHeight;
}

ui.transcript.addEventListener('scroll', () => {
  stickToBottom = ui.transcript.scrollHeight - ui.transcript.scrollTop - ui.transcript.clientHeight < 80;
});
new ResizeObserver(() => {
  if (stickToBottom) scrollToEnd();
}).observe(ui.messages);

// ——— example questions ———

async function loadStarters(): Promise<void> {
  try {
    const response = await fetch(new URL('starter-questions.json', document.baseURI));
    const questions: unknown = response.ok ? await response.json() : [];
    if (!Array.isArray(questions)) return;
    ui.starters.replaceChildren(
      ...questions
        .filter((question): question is string => typeof question === 'string')
        .map((question) =>
          h('li', {}, h('button', { type: 'button', class: 'chip', onclick: () => ask(question) }, question)),
        ),
    );
  } catch {
    // Without examples the empty page still invites a question.
  }
}

// ——— signing in (only when the server requires Firebase ID tokens) ———

/** Resolves once someone is signed in: the sign-in dialog stays open until then, and cannot be dismissed. */
function signedIn(current: Session): Promise<void> {
  return new Promise((resolve) => {
    let started = false;
    current.onChange((email) => {
      ui.account.hidden = email === null;
      ui.accountEmail.textContent = email ?? '';
      if (email === null) {
        // Signed out after the page started: start afresh, with nothing of the previous user on screen.
        if (started) {
          window.location.reload();
          return;
        }
        ui.signInError.textContent = '';
        if (!ui.signInDialog.open) ui.signInDialog.showModal();
        ui.signInEmail.focus();
        return;
      }
      if (ui.signInDialog.open) ui.signInDialog.close();
      if (!started) {
        started = true;
        resolve();
      }
    });
  });
}

ui.signInDialog.addEventListener('cancel', (cancelled) => cancelled.preventDefault());

function watchSignIn(current: Session): void {
  within(ui.signInDialog, 'form', HTMLFormElement).addEventListener('submit', (submitted) => {
    submitted.preventDefault();
    ui.signInError.textContent = '';
    const button = within(ui.signInDialog, 'button[type="submit"]', HTMLButtonElement);
    button.disabled = true;
    current
      .signIn(ui.signInEmail.value.trim(), ui.signInPassword.value)
      .then(
        () => {
          ui.signInPassword.value = '';
        },
        (error: unknown) => {
          ui.signInError.textContent = signInFailure(error);
        },
      )
      .finally(() => (button.disabled = false));
  });
  ui.signOut.addEventListener('click', () => void current.signOut());
}

// ——— start ———

setDrawer(false);
updateComposer();
void loadStarters();
void start();

async function start(): Promise<void> {
  let current: Session | null;
  try {
    current = await session;
  } catch {
    showNotice('Could not start signing in. Reload the page to try again.');
    return;
  }
  if (current) {
    watchSignIn(current);
    await signedIn(current);
  }
  void conversations.load();
  const resume = storedRun();
  const opening = conversationIdFromAddress() ?? resume?.conversationId ?? null;
  window.history.replaceState(null, '', conversationHref(opening));
  void openConversation(opening, { push: false, resume });
}
