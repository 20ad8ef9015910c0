/* eslint-disable */
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A date-time string at UTC, such as 2007-12-03T10:15:30Z, compliant with the `date-time` format outlined in section 5.6 of the RFC 3339 profile of the ISO 8601 standard for representation of dates and times using the Gregorian calendar. */
  DateTime: { input: string; output: string; }
  /** The `JSON` scalar type represents JSON values as specified by [ECMA-404](http://www.ecma-international.org/publications/files/ECMA-ST/ECMA-404.pdf). */
  JSON: { input: unknown; output: unknown; }
};

/** The next piece of the answer as it is written; concatenated, the deltas of one attempt are its text. */
export type AnswerDelta = AskEvent & {
  __typename?: 'AnswerDelta';
  /** The run this event belongs to: pass it to `askRun` to rejoin and `cancelAsk` to stop it. Not a global id (the Run node’s `id` is). */
  runId: Scalars['ID']['output'];
  /** The event’s number in its run: 1, 2, 3… without gaps. */
  seq: Scalars['Int']['output'];
  /** Append it to the answer so far (a few words; never empty). */
  text: Scalars['String']['output'];
};

/** The question was answered from the data. */
export type Answered = {
  __typename?: 'Answered';
  /** What the question was understood to ask. */
  interpretation: Interpretation;
};

/** Last event of an answered run. The answer is already saved as `message` when this is sent. */
export type AskCompleted = AskEvent & {
  __typename?: 'AskCompleted';
  /** The whole answer text (markdown), as saved: it replaces the deltas. */
  answer: Scalars['String']['output'];
  /** A Vega-Lite spec when the result suits a chart. */
  chart?: Maybe<Scalars['JSON']['output']>;
  /** Where each number in the answer came from. */
  citations: Array<Citation>;
  /** The conversation, with the answer saved (its title, messageCount and updatedAt as the answer left them). */
  conversation: Conversation;
  /** What was understood (metrics, filters, period as dates…); null unless answered. */
  interpretation?: Maybe<Interpretation>;
  /** The saved assistant message. */
  message: Message;
  /** Answered, Clarification (pick a reading), Declined (the data cannot answer) or DirectReply. */
  outcome: AskOutcome;
  /** The rows the answer is based on; null when no query ran. */
  result?: Maybe<QueryResult>;
  /** The run this event belongs to: pass it to `askRun` to rejoin and `cancelAsk` to stop it. Not a global id (the Run node’s `id` is). */
  runId: Scalars['ID']['output'];
  /** The event’s number in its run: 1, 2, 3… without gaps. */
  seq: Scalars['Int']['output'];
  /** The SQL that produced the result; null when no query ran (a clarification, a reply). */
  sql?: Maybe<Scalars['String']['output']>;
  /** Follow-up questions that can be answered. */
  suggestions: Array<Scalars['String']['output']>;
};

/** One event of a run. `seq` counts from 1 without gaps; a client that lost its connection passes the last one it saw to `askRun`. */
export type AskEvent = {
  /** The run this event belongs to: pass it to `askRun` to rejoin and `cancelAsk` to stop it. Not a global id (the Run node’s `id` is). */
  runId: Scalars['ID']['output'];
  /** The event’s number in its run: 1, 2, 3… without gaps. */
  seq: Scalars['Int']['output'];
};

/** Last event of a run that ended without an answer (or a question refused before it started). */
export type AskFailed = AskEvent & {
  __typename?: 'AskFailed';
  /** Why, for code; each value says whether retrying can help. */
  code: AskFailureCode;
  /** Why, in a sentence to show the user. */
  message: Scalars['String']['output'];
  /** RATE_LIMITED: seconds to wait before asking again (the per-minute rate frees a question then). Null for every other code, and when the wait is for one of your runs to end. */
  retryAfterSeconds?: Maybe<Scalars['Int']['output']>;
  /** True when asking the same question again (later) can succeed; false when it cannot. */
  retryable: Scalars['Boolean']['output'];
  /** The run this event belongs to: pass it to `askRun` to rejoin and `cancelAsk` to stop it. Not a global id (the Run node’s `id` is). */
  runId: Scalars['ID']['output'];
  /** The event’s number in its run: 1, 2, 3… without gaps. */
  seq: Scalars['Int']['output'];
};

/** Why a run ended without an answer. Each value says whether asking again can help; `AskFailed.retryable` says it for each failure. */
export type AskFailureCode =
  /** Stopped by its user (unsubscribe or cancelAsk), a newer question (busy policy `interrupt`), or a server shutdown. Asking again starts afresh. retryable: true. */
  | 'CANCELLED'
  /** The conversation is still answering a previous question (the server’s busy policy is `reject`). Retry when `Conversation.activeRun` is null, or cancel that run first. retryable: true. */
  | 'CONVERSATION_BUSY'
  /** The conversation could not be saved, so the question was not answered. Retrying later may help (retryable true), except when Firestore refused this answer itself (retryable false). */
  | 'HISTORY_UNAVAILABLE'
  /** Something unexpected went wrong (it is logged on the server). Retrying may help. retryable: true. */
  | 'INTERNAL'
  /** The language model could not be reached or kept answering badly. Retrying later may help. retryable: true. */
  | 'MODEL_UNAVAILABLE'
  /** Too many questions: you have too many runs going at once, you asked too often this minute, or the language model’s provider is rate limited. Retrying helps after `retryAfterSeconds` (when given), or once one of your runs ends. retryable: true. */
  | 'RATE_LIMITED'
  /** The question, the query or the model took too long. Retrying may help, a narrower question (a shorter period) more so. retryable: true. */
  | 'TIMEOUT'
  /** The data cannot answer the question as asked (the query it needs is not allowed). Retrying the same question does not help; rephrase it. retryable: false. */
  | 'UNANSWERABLE'
  /** Your data could not be reached (retrying later may help: retryable true), or is not set up for askql (retrying cannot help until an administrator finishes the set-up: retryable false). */
  | 'WAREHOUSE_UNAVAILABLE';

/** How a question ended: Answered, Clarification, Declined or DirectReply. */
export type AskOutcome = Answered | Clarification | Declined | DirectReply;

/** The run reached a step. A retried step is reported again with its attempt number (an interpreting step with attempt > 1 starts the answer text afresh). The percent never goes down within a run. */
export type AskProgress = AskEvent & {
  __typename?: 'AskProgress';
  /** 1 for a step’s first try, 2 and up when it is retried. */
  attempt: Scalars['Int']['output'];
  /** The step in words for a progress bar: "Fetching Data...". */
  message: Scalars['String']['output'];
  /** How far the run is, 0..100; never lower than the previous AskProgress. */
  percent: Scalars['Int']['output'];
  /** The run this event belongs to: pass it to `askRun` to rejoin and `cancelAsk` to stop it. Not a global id (the Run node’s `id` is). */
  runId: Scalars['ID']['output'];
  /** The event’s number in its run: 1, 2, 3… without gaps. */
  seq: Scalars['Int']['output'];
  /** The step the run reached. */
  stage: AskStage;
};

/** A question to ask, and where. */
export type AskQueryInput = {
  /** Continue this conversation (its global id) with a follow-up question; omit to start a new one. */
  conversationId?: InputMaybe<Scalars['ID']['input']>;
  /** The question in plain words: 1..1,000 characters once leading and trailing spaces are trimmed (a longer one is refused with BAD_USER_INPUT, never cut). */
  question: Scalars['String']['input'];
  /** A key the client makes once per question (a UUID when the user presses Ask). Asking again with the same key within 15 minutes joins the run it started instead of starting another, so a reconnect that re-sends the subscription never asks twice. At most 100 characters: letters, digits, `-`, `_`, `.`, `:`. */
  requestId?: InputMaybe<Scalars['String']['input']>;
};

/** Where a run is, in words a user understands. In this order; a retried step comes again with a higher `attempt`. */
export type AskStage =
  /** Done ("Complete!", 100 %); AskCompleted follows. */
  | 'COMPLETE'
  /** Writing and running the query ("Fetching Data...", 30 % and 50 %). */
  | 'FETCHING_DATA'
  /** Checking the answer’s numbers against the data and saving it ("Finalizing Response...", 95 %). */
  | 'FINALIZING'
  /** Writing the answer; AnswerDelta events follow ("Interpreting Data...", 75–85 %). */
  | 'INTERPRETING'
  /** Working out what the question asks ("Planning Task...", 0–15 %). */
  | 'PLANNING'
  /** Checking the query is safe and reads only your rows ("Validating Data...", 40 %). */
  | 'VALIDATING_DATA';

/** First event of every run that starts: the question is saved, in this conversation. */
export type AskStarted = AskEvent & {
  __typename?: 'AskStarted';
  /** The Conversation (its global id) the question was saved to. */
  conversationId: Scalars['ID']['output'];
  /** The run this event belongs to: pass it to `askRun` to rejoin and `cancelAsk` to stop it. Not a global id (the Run node’s `id` is). */
  runId: Scalars['ID']['output'];
  /** The event’s number in its run: 1, 2, 3… without gaps. */
  seq: Scalars['Int']['output'];
};

/** Which run to cancel. */
export type CancelAskInput = {
  /** The run’s id, as `AskEvent.runId` or `Run.runId` give it. */
  runId: Scalars['ID']['input'];
};

/** The result of cancelAsk. */
export type CancelAskPayload = {
  __typename?: 'CancelAskPayload';
  /** True when a running run was told to stop (its subscribers get AskFailed CANCELLED); false when it had already ended. */
  cancelled: Scalars['Boolean']['output'];
  /** The run, as it is now; null when userErrors say why not. */
  run?: Maybe<Run>;
  /** What in the input could not be done; empty when the mutation succeeded. */
  userErrors: Array<UserError>;
};

/** Where a number in an answer came from: its span in the text, the cells, and how it was computed. */
export type Citation = {
  __typename?: 'Citation';
  /** The cells it came from. */
  cells: Array<CitationCell>;
  /** How it was computed from the cells: "value", "sum", "share of total"… */
  computation: Scalars['String']['output'];
  /** Offset after the last character (UTF-16 code units). */
  end: Scalars['Int']['output'];
  /** Offset of the first character in the answer text (UTF-16 code units, from 0). */
  start: Scalars['Int']['output'];
  /** The number as the answer writes it: "$12,430". */
  text: Scalars['String']['output'];
};

/** A cell of the result a number in the answer was read or computed from. */
export type CitationCell = {
  __typename?: 'CitationCell';
  /** The cell’s column, by ResultColumn.name. */
  column: Scalars['String']['output'];
  /** Index into QueryResult.rows (from 0). */
  row: Scalars['Int']['output'];
};

/** The question has more than one reading in the data: pick one. Nothing was guessed. */
export type Clarification = {
  __typename?: 'Clarification';
  /** Up to three readings. */
  options: Array<ClarificationOption>;
  /** The word with several readings. */
  word?: Maybe<Scalars['String']['output']>;
};

/** One reading of an ambiguous question. */
export type ClarificationOption = {
  __typename?: 'ClarificationOption';
  /** What this reading means: "Sales channel: Instagram Shop". */
  label: Scalars['String']['output'];
  /** The question with that reading; ask it as it stands. */
  question: Scalars['String']['output'];
};

/** How the cells of a result column are written for people. */
export type ColumnFormat =
  /** true or false: Yes or No. */
  | 'BOOLEAN'
  /** A whole number, grouped: 12034 → 12,034. */
  | 'COUNT'
  /** Money in `ResultColumn.currency`: 165390.7 → $165,390.70. */
  | 'CURRENCY'
  /** A date, or the start of the bucket `ResultColumn.grain` names: 2026-03-01 by month → March 2026. */
  | 'DATE'
  /** A number with up to two decimals: 3.14159 → 3.14. */
  | 'NUMBER'
  /** A fraction shown as a percentage: 0.081 → 8.1%. */
  | 'PERCENT'
  /** A plain multiple or ratio: 2.5 → 2.5. */
  | 'RATIO'
  /** Text, with coded values named by `ResultColumn.valueLabels`. */
  | 'TEXT'
  /** An instant (ISO 8601, UTC). */
  | 'TIMESTAMP';

/** What a column is in the answer. */
export type ColumnRole =
  /** Another column describing the row's entity. */
  | 'DETAIL'
  /** A value the rows are grouped by (platform, product id). */
  | 'DIMENSION'
  /** A measured figure. */
  | 'METRIC'
  /** A title or caption naming the row's entity: read first, before its id. */
  | 'NAME'
  /** Anything else (SQL the model wrote itself, or a message saved before columns had roles). */
  | 'OTHER'
  /** A metric's value in the previous period, for comparison. */
  | 'PREVIOUS'
  /** The time bucket of a series. */
  | 'TIME';

/** A conversation: the questions a user asked and the answers they got, in order. */
export type Conversation = Node & {
  __typename?: 'Conversation';
  /** The run answering this conversation’s latest question, while it runs; null when none is going. A client that reloaded rejoins it with `askRun(runId, afterSeq)`. */
  activeRun?: Maybe<Run>;
  /** When the first question was asked. */
  createdAt: Scalars['DateTime']['output'];
  /** The global id: opaque, stable, and the same for every user who may see the object. */
  id: Scalars['ID']['output'];
  /** Messages in the conversation: questions and answers together. */
  messageCount: Scalars['Int']['output'];
  /** Messages in chronological order. Without first or last: the latest 50. first/after page forwards from the start, last/before backwards from the end (1..100). */
  messages: MessageConnection;
  /** The first question, cut to 100 characters on a word boundary; empty until one is asked. */
  preview: Scalars['String']['output'];
  /** Named after the first question until the user renames it (1..200 characters). */
  title: Scalars['String']['output'];
  /** When a message was last added, or the title changed; `conversations` sorts by it. */
  updatedAt: Scalars['DateTime']['output'];
};


/** A conversation: the questions a user asked and the answers they got, in order. */
export type ConversationMessagesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of your conversations, most recently updated first. */
export type ConversationConnection = {
  __typename?: 'ConversationConnection';
  /** The items of this page, in the order the connection states. */
  edges: Array<ConversationEdge>;
  /** Whether there are more items before or after this page, and the cursors to reach them. */
  pageInfo: PageInfo;
};

/** A conversation in a page, with the cursor to page on from it. */
export type ConversationEdge = {
  __typename?: 'ConversationEdge';
  /** Opaque: pass it as `after` or `before` to page from this item. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: Conversation;
};

/** The data cannot answer the question; the answer text says why. */
export type Declined = {
  __typename?: 'Declined';
  /** The word that was not understood, when one is the cause. */
  word?: Maybe<Scalars['String']['output']>;
};

/** Which conversation to delete. */
export type DeleteConversationInput = {
  /** The Conversation global id. */
  conversationId: Scalars['ID']['input'];
};

/** The result of deleteConversation. */
export type DeleteConversationPayload = {
  __typename?: 'DeleteConversationPayload';
  /** The global id of the deleted conversation (drop it from your cache); null when userErrors say why not. */
  deletedConversationId?: Maybe<Scalars['ID']['output']>;
  /** What in the input could not be done; empty when the mutation succeeded. */
  userErrors: Array<UserError>;
};

/** A reply that needs no data (a greeting, help). */
export type DirectReply = {
  __typename?: 'DirectReply';
  /** Always false: no data was read for this reply. */
  needsData: Scalars['Boolean']['output'];
};

/** What a question was understood to ask: shown above the answer. */
export type Interpretation = {
  __typename?: 'Interpretation';
  /** The period compared against; null without a comparison. */
  comparedWith?: Maybe<InterpretedPeriod>;
  /** The last day with data (YYYY-MM-DD). */
  dataThrough: Scalars['String']['output'];
  /** What the figures are broken down by. */
  dimensions: Array<InterpretedDimension>;
  /** Every filter applied. */
  filters: Array<InterpretedFilter>;
  /** day, week, month, quarter or year for a time series. */
  grain?: Maybe<Scalars['String']['output']>;
  /** The number of rows asked for ("top 5" is 5; at most 1,000); null for all. */
  limit?: Maybe<Scalars['Int']['output']>;
  /** The metrics reported. */
  metrics: Array<InterpretedMetric>;
  /** Which reading a word got where the data has more than one. */
  notes: Array<Scalars['String']['output']>;
  /** The period the figures cover. */
  period: InterpretedPeriod;
  /** One plain sentence, with the period as dates. */
  sentence: Scalars['String']['output'];
  /** How the rows are ordered; null for the natural order. */
  sort?: Maybe<InterpretedSort>;
};

/** A dimension the figures are broken down by. */
export type InterpretedDimension = {
  __typename?: 'InterpretedDimension';
  /** The dimension as people say it: "Sales channel". */
  label: Scalars['String']['output'];
  /** The dimension’s name in the semantic layer. */
  name: Scalars['String']['output'];
};

/** A filter the answer applied. */
export type InterpretedFilter = {
  __typename?: 'InterpretedFilter';
  /** The filtered dimension’s name in the semantic layer. */
  dimension: Scalars['String']['output'];
  /** The dimension as people say it: "Order status". */
  label: Scalars['String']['output'];
  /** How the values are compared. */
  operator: InterpretedFilterOperator;
  /** "Order status: Refunded". */
  text: Scalars['String']['output'];
  /** The same values as people say them, in the same order. */
  valueLabels: Array<Scalars['String']['output']>;
  /** The values as stored in the data. */
  values: Array<Scalars['String']['output']>;
};

/** How a filter compares a dimension with its values. */
export type InterpretedFilterOperator =
  /** Only this value. */
  | 'EQ'
  /** Any of these values. */
  | 'IN'
  /** Rows whose text (a post’s caption) names one of these values. */
  | 'MENTIONS'
  /** Every value but these. */
  | 'NEQ';

/** A metric the answer reports, as the semantic layer defines it. */
export type InterpretedMetric = {
  __typename?: 'InterpretedMetric';
  /** How it is computed, in words: "Sum of order totals over paid orders." */
  definition: Scalars['String']['output'];
  /** The metric as people say it: "Revenue". */
  label: Scalars['String']['output'];
  /** The metric’s name in the semantic layer. */
  name: Scalars['String']['output'];
};

/** A period as explicit dates. */
export type InterpretedPeriod = {
  __typename?: 'InterpretedPeriod';
  /** First day (YYYY-MM-DD), inclusive; null for all time. */
  from?: Maybe<Scalars['String']['output']>;
  /** "Jan 1 – Mar 14, 2026". */
  text: Scalars['String']['output'];
  /** Last day (YYYY-MM-DD), inclusive. */
  through: Scalars['String']['output'];
};

/** How the rows are ordered. */
export type InterpretedSort = {
  __typename?: 'InterpretedSort';
  /** The metric or dimension sorted by (its name in the semantic layer). */
  by: Scalars['String']['output'];
  /** True for largest first. */
  descending: Scalars['Boolean']['output'];
  /** The same, as people say it. */
  label: Scalars['String']['output'];
};

/** A question or an answer in a conversation. */
export type Message = Node & {
  __typename?: 'Message';
  /** A Vega-Lite spec of the result, or null when a chart would not help. */
  chart?: Maybe<Scalars['JSON']['output']>;
  /** Where each number in the answer came from; empty for questions. */
  citations: Array<Citation>;
  /** The question, or the answer text. */
  content: Scalars['String']['output'];
  /** The conversation the message belongs to. */
  conversation: Conversation;
  /** When the message was saved. */
  createdAt: Scalars['DateTime']['output'];
  /** The global id: opaque, stable, and the same for every user who may see the object. */
  id: Scalars['ID']['output'];
  /** What the question was understood to ask; null unless answered. */
  interpretation?: Maybe<Interpretation>;
  /** How an answer ended (Answered, Clarification, Declined, DirectReply); null for questions and failed runs. */
  outcome?: Maybe<AskOutcome>;
  /** The user’s rating of this answer; null until rated. */
  rating?: Maybe<Rating>;
  /** The rows the answer is based on, as kept with it (bounded: see QueryResult.truncated); null for questions and answers without a query. */
  result?: Maybe<QueryResult>;
  /** A question (USER) or an answer (ASSISTANT). */
  role: MessageRole;
  /** The SQL that produced the answer. */
  sql?: Maybe<Scalars['String']['output']>;
  /** Whether the message holds all it should. */
  status: MessageStatus;
  /** Follow-up questions worth asking next. */
  suggestions: Array<Scalars['String']['output']>;
};

/** A page of a conversation’s messages, in chronological order. */
export type MessageConnection = {
  __typename?: 'MessageConnection';
  /** The items of this page, in the order the connection states. */
  edges: Array<MessageEdge>;
  /** Whether there are more items before or after this page, and the cursors to reach them. */
  pageInfo: PageInfo;
};

/** A message in a page, with the cursor to page on from it. */
export type MessageEdge = {
  __typename?: 'MessageEdge';
  /** Opaque: pass it as `after` or `before` to page from this item. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: Message;
};

/** Who wrote a message. */
export type MessageRole =
  /** askql’s answer (or why there is none). */
  | 'ASSISTANT'
  /** A question the user asked. */
  | 'USER';

/** Whether a message holds all it should. */
export type MessageStatus =
  /** The user stopped the run; content holds what was written so far. */
  | 'CANCELLED'
  /** Saved in full. */
  | 'COMPLETE'
  /** The run failed; content says why. */
  | 'FAILED';

/** What you can change. Each mutation takes one `input` object and returns a payload whose `userErrors` say what in the input could not be done (empty on success); errors in `errors` are for failures of the service itself. */
export type Mutation = {
  __typename?: 'Mutation';
  /** Cancels one of your runs, from any connection or device. The run saves what it wrote so far as a CANCELLED message. */
  cancelAsk: CancelAskPayload;
  /** Deletes one of your conversations and all its messages, for good. */
  deleteConversation: DeleteConversationPayload;
  /** Rates one of your answers (thumbs up or down, with an optional comment); the message shows it as `rating`. */
  rateAnswer: RateAnswerPayload;
  /** Gives one of your conversations a title of your choice (1..200 characters). */
  renameConversation: RenameConversationPayload;
};


/** What you can change. Each mutation takes one `input` object and returns a payload whose `userErrors` say what in the input could not be done (empty on success); errors in `errors` are for failures of the service itself. */
export type MutationCancelAskArgs = {
  input: CancelAskInput;
};


/** What you can change. Each mutation takes one `input` object and returns a payload whose `userErrors` say what in the input could not be done (empty on success); errors in `errors` are for failures of the service itself. */
export type MutationDeleteConversationArgs = {
  input: DeleteConversationInput;
};


/** What you can change. Each mutation takes one `input` object and returns a payload whose `userErrors` say what in the input could not be done (empty on success); errors in `errors` are for failures of the service itself. */
export type MutationRateAnswerArgs = {
  input: RateAnswerInput;
};


/** What you can change. Each mutation takes one `input` object and returns a payload whose `userErrors` say what in the input could not be done (empty on success); errors in `errors` are for failures of the service itself. */
export type MutationRenameConversationArgs = {
  input: RenameConversationInput;
};

/** An object with a global id: pass it to `node` or `nodes` to read the object again. */
export type Node = {
  /** The global id: opaque, stable, and the same for every user who may see the object. */
  id: Scalars['ID']['output'];
};

/** Where a page of a connection sits in the whole list. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** The cursor of the last item of this page; null on an empty page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** True when more items follow the last one of this page (page on with `after: endCursor`). */
  hasNextPage: Scalars['Boolean']['output'];
  /** True when items come before the first one of this page (page back with `before: startCursor`). */
  hasPreviousPage: Scalars['Boolean']['output'];
  /** The cursor of the first item of this page; null on an empty page. */
  startCursor?: Maybe<Scalars['String']['output']>;
};

/** What you can read: your conversations and their messages, runs, and who you are. */
export type Query = {
  __typename?: 'Query';
  /** One of your conversations; null when there is none with this id (also when it is someone else’s). */
  conversation?: Maybe<Conversation>;
  /** Your conversations, most recently updated first. Page forwards with first/after (the list only pages forwards). */
  conversations: ConversationConnection;
  /** The object with this global id, or null when it names nothing of yours. */
  node?: Maybe<Node>;
  /** The objects with these global ids, in order (null for an id that names nothing of yours). At most 100 ids. */
  nodes: Array<Maybe<Node>>;
  /** The id of the signed-in user. */
  viewer: Scalars['String']['output'];
};


/** What you can read: your conversations and their messages, runs, and who you are. */
export type QueryConversationArgs = {
  id: Scalars['ID']['input'];
};


/** What you can read: your conversations and their messages, runs, and who you are. */
export type QueryConversationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** What you can read: your conversations and their messages, runs, and who you are. */
export type QueryNodeArgs = {
  id: Scalars['ID']['input'];
};


/** What you can read: your conversations and their messages, runs, and who you are. */
export type QueryNodesArgs = {
  ids: Array<Scalars['ID']['input']>;
};

/** A query result: columns, and rows as arrays of cells in column order. */
export type QueryResult = {
  __typename?: 'QueryResult';
  /** Column indexes in the order a person reads them (an entity's name first, the id it names last); rows stay in `columns` order. */
  columnOrder: Array<Scalars['Int']['output']>;
  /** The columns, in the order of each row’s cells. */
  columns: Array<ResultColumn>;
  /** Rows the query returned (at most the row cap, ASKQL_ROW_CAP, 1,000 by default); may exceed the rows kept here. */
  rowCount: Scalars['Int']['output'];
  /** An array of rows, each an array of cells (string, number, boolean or null) in column order. */
  rows: Scalars['JSON']['output'];
  /** True when rows were dropped (row cap, or the copy kept with a message). */
  truncated: Scalars['Boolean']['output'];
};

/** An answer and what you thought of it. */
export type RateAnswerInput = {
  /** Why, in the user’s words: at most 2,000 characters; omit for none. */
  comment?: InputMaybe<Scalars['String']['input']>;
  /** The Message global id of an answer (role ASSISTANT). */
  messageId: Scalars['ID']['input'];
  /** Thumbs up or down; rating again replaces the previous rating. */
  rating: RatingValue;
};

/** The result of rateAnswer. */
export type RateAnswerPayload = {
  __typename?: 'RateAnswerPayload';
  /** The rated answer, with its `rating`; null when userErrors say why not. */
  message?: Maybe<Message>;
  /** What in the input could not be done; empty when the mutation succeeded. */
  userErrors: Array<UserError>;
};

/** What the user thought of an answer (rateAnswer); the latest rating replaces earlier ones. */
export type Rating = {
  __typename?: 'Rating';
  /** Why, in the user’s words (at most 2,000 characters); null when none was given. */
  comment?: Maybe<Scalars['String']['output']>;
  /** When the answer was rated. */
  ratedAt: Scalars['DateTime']['output'];
  /** Thumbs up or down. */
  value: RatingValue;
};

/** What the user thought of an answer. */
export type RatingValue =
  /** Thumbs down: the answer was wrong or did not help. */
  | 'DOWN'
  /** Thumbs up: the answer helped. */
  | 'UP';

/** Which conversation to rename, and its new title. */
export type RenameConversationInput = {
  /** The Conversation global id. */
  conversationId: Scalars['ID']['input'];
  /** The new title: 1..200 characters once leading and trailing spaces are trimmed. */
  title: Scalars['String']['input'];
};

/** The result of renameConversation. */
export type RenameConversationPayload = {
  __typename?: 'RenameConversationPayload';
  /** The renamed conversation; null when userErrors say why not. */
  conversation?: Maybe<Conversation>;
  /** What in the input could not be done; empty when the mutation succeeded. */
  userErrors: Array<UserError>;
};

/** A column of a query result, with how to show it (from the semantic layer). */
export type ResultColumn = {
  __typename?: 'ResultColumn';
  /** ISO 4217 code of a CURRENCY column ("USD"); null otherwise. */
  currency?: Maybe<Scalars['String']['output']>;
  /** How to write its cells. */
  format: ColumnFormat;
  /** For the TIME column: the bucket each date starts; null otherwise. */
  grain?: Maybe<TimeGrain>;
  /** The header in words ("Product title", "Revenue"). */
  label: Scalars['String']['output'];
  /** The column name the query returned (`product_title`). */
  name: Scalars['String']['output'];
  /** What the column is in the answer. */
  role: ColumnRole;
  /** text, integer, decimal, float, boolean, timestamp or date. */
  type: Scalars['String']['output'];
  /** Labels of the coded values in these rows, only where a label differs from the value (at most 200). */
  valueLabels: Array<ValueLabel>;
};

/** One question being answered, or answered within the last 15 minutes (then it is forgotten). */
export type Run = Node & {
  __typename?: 'Run';
  /** The conversation the question was saved to; null for a question refused before it started, or a deleted conversation. */
  conversation?: Maybe<Conversation>;
  /** The global id: opaque, stable, and the same for every user who may see the object. */
  id: Scalars['ID']['output'];
  /** The `seq` of the run’s latest event (0 before the first). Read on another server instance it may be a second behind; `askRun(afterSeq: 0)` replays everything either way. */
  lastSeq: Scalars['Int']['output'];
  /** The id `askRun` and `cancelAsk` take, the same as `AskEvent.runId` (not the global `id`). */
  runId: Scalars['ID']['output'];
  /** Where the run is now. */
  status: RunStatus;
};

/** Where a run is. */
export type RunStatus =
  /** Stopped by its user (unsubscribe or cancelAsk) or by a server shutdown. */
  | 'CANCELLED'
  /** Ended with AskCompleted; the answer is saved. */
  | 'COMPLETED'
  /** Ended with AskFailed (any code but CANCELLED). */
  | 'FAILED'
  /** Still being answered: `askRun` follows it live. */
  | 'RUNNING';

/** Runs, live: ask a question and watch it being answered, or rejoin one. */
export type Subscription = {
  __typename?: 'Subscription';
  /** Asks a question and streams the run: AskStarted, AskProgress and AnswerDelta events, then AskCompleted or AskFailed. Unsubscribing (graphql-ws `complete`) cancels the run; a dropped connection does not (rejoin with askRun). */
  askQuery: AskEvent;
  /** Rejoins a run still going, or one that finished within the last 15 minutes: the events after `afterSeq`, then the rest live. Never starts a second run. NOT_FOUND when there is no such run of yours. */
  askRun: AskEvent;
};


/** Runs, live: ask a question and watch it being answered, or rejoin one. */
export type SubscriptionAskQueryArgs = {
  input: AskQueryInput;
};


/** Runs, live: ask a question and watch it being answered, or rejoin one. */
export type SubscriptionAskRunArgs = {
  afterSeq?: InputMaybe<Scalars['Int']['input']>;
  runId: Scalars['ID']['input'];
};

/** The size of a time bucket. */
export type TimeGrain =
  /** One calendar day. */
  | 'DAY'
  /** A calendar month, named by its first day. */
  | 'MONTH'
  /** A calendar quarter, named by its first day. */
  | 'QUARTER'
  /** A week, named by its first day (Monday). */
  | 'WEEK'
  /** A calendar year, named by its first day. */
  | 'YEAR';

/** Something in a mutation’s input that could not be done, for the person who sent it. */
export type UserError = {
  __typename?: 'UserError';
  /** What went wrong, for code. */
  code: UserErrorCode;
  /** The path to the input value at fault, from the argument (`["input", "title"]`); null when it is the input as a whole. */
  field?: Maybe<Array<Scalars['String']['output']>>;
  /** What went wrong, in a sentence for people. */
  message: Scalars['String']['output'];
};

/** What is wrong with a mutation’s input. Sending the same input again never helps. */
export type UserErrorCode =
  /** A value breaks a limit its description states (empty, too long, the wrong kind of id…): fix it and send again. */
  | 'INVALID'
  /** The object does not exist, or is not yours (the two read alike): do not retry. */
  | 'NOT_FOUND';

/** How a coded value is shown: online_store → "Online store". */
export type ValueLabel = {
  __typename?: 'ValueLabel';
  /** The value in words. */
  label: Scalars['String']['output'];
  /** The value as it appears in the rows (as a string). */
  value: Scalars['String']['output'];
};

export type AskQuestionSubscriptionVariables = Exact<{
  input: AskQueryInput;
}>;


export type AskQuestionSubscription = { __typename?: 'Subscription', askQuery: { __typename: 'AnswerDelta', seq: number, text: string } | { __typename: 'AskCompleted', seq: number, answer: string, sql?: string | null, chart?: unknown | null, suggestions: Array<string>, result?: { __typename: 'QueryResult', rows: unknown, truncated: boolean, rowCount: number, columns: Array<{ __typename: 'ResultColumn', name: string, type: string }> } | null, conversation: { __typename: 'Conversation', id: string, title: string, messageCount: number } } | { __typename: 'AskFailed', seq: number, code: AskFailureCode, message: string, retryable: boolean, retryAfterSeconds?: number | null } | { __typename: 'AskProgress', seq: number, stage: AskStage, message: string, percent: number, attempt: number } | { __typename: 'AskStarted', runId: string, seq: number, conversationId: string } };

export type ConversationListQueryVariables = Exact<{
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type ConversationListQuery = { __typename: 'Query', conversations: { __typename: 'ConversationConnection', edges: Array<{ __typename: 'ConversationEdge', node: { __typename: 'Conversation', id: string, title: string, preview: string, messageCount: number, updatedAt: string } }>, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } };

export type ConversationMessagesQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ConversationMessagesQuery = { __typename: 'Query', conversation?: { __typename: 'Conversation', id: string, title: string, messages: { __typename: 'MessageConnection', edges: Array<{ __typename: 'MessageEdge', node: { __typename: 'Message', id: string, role: MessageRole, status: MessageStatus, content: string, createdAt: string } }> } } | null };

export type WebMessageFragment = { __typename: 'Message', id: string, role: MessageRole, status: MessageStatus, content: string, createdAt: string, suggestions: Array<string>, chart?: unknown | null, rating?: { __typename: 'Rating', value: RatingValue } | null, interpretation?: { __typename: 'Interpretation', sentence: string, notes: Array<string> } | null, outcome?: { __typename: 'Answered' } | { __typename: 'Clarification', options: Array<{ __typename: 'ClarificationOption', label: string, question: string }> } | { __typename: 'Declined' } | { __typename: 'DirectReply' } | null, result?: { __typename: 'QueryResult', columnOrder: Array<number>, rows: unknown, rowCount: number, truncated: boolean, columns: Array<{ __typename: 'ResultColumn', name: string, type: string, label: string, format: ColumnFormat, currency?: string | null, grain?: TimeGrain | null, role: ColumnRole, valueLabels: Array<{ __typename: 'ValueLabel', value: string, label: string }> }> } | null };

type WebRunEvent_AnswerDelta_Fragment = { __typename: 'AnswerDelta', text: string, runId: string, seq: number };

type WebRunEvent_AskCompleted_Fragment = { __typename: 'AskCompleted', runId: string, seq: number, savedMessage: { __typename: 'Message', id: string, role: MessageRole, status: MessageStatus, content: string, createdAt: string, suggestions: Array<string>, chart?: unknown | null, rating?: { __typename: 'Rating', value: RatingValue } | null, interpretation?: { __typename: 'Interpretation', sentence: string, notes: Array<string> } | null, outcome?: { __typename: 'Answered' } | { __typename: 'Clarification', options: Array<{ __typename: 'ClarificationOption', label: string, question: string }> } | { __typename: 'Declined' } | { __typename: 'DirectReply' } | null, result?: { __typename: 'QueryResult', columnOrder: Array<number>, rows: unknown, rowCount: number, truncated: boolean, columns: Array<{ __typename: 'ResultColumn', name: string, type: string, label: string, format: ColumnFormat, currency?: string | null, grain?: TimeGrain | null, role: ColumnRole, valueLabels: Array<{ __typename: 'ValueLabel', value: string, label: string }> }> } | null }, conversation: { __typename: 'Conversation', id: string, title: string } };

type WebRunEvent_AskFailed_Fragment = { __typename: 'AskFailed', code: AskFailureCode, message: string, retryable: boolean, retryAfterSeconds?: number | null, runId: string, seq: number };

type WebRunEvent_AskProgress_Fragment = { __typename: 'AskProgress', stage: AskStage, message: string, percent: number, attempt: number, runId: string, seq: number };

type WebRunEvent_AskStarted_Fragment = { __typename: 'AskStarted', conversationId: string, runId: string, seq: number };

export type WebRunEventFragment = WebRunEvent_AnswerDelta_Fragment | WebRunEvent_AskCompleted_Fragment | WebRunEvent_AskFailed_Fragment | WebRunEvent_AskProgress_Fragment | WebRunEvent_AskStarted_Fragment;

export type WebAskSubscriptionVariables = Exact<{
  input: AskQueryInput;
}>;


export type WebAskSubscription = { __typename?: 'Subscription', askQuery: { __typename: 'AnswerDelta', text: string, runId: string, seq: number } | { __typename: 'AskCompleted', runId: string, seq: number, savedMessage: { __typename: 'Message', id: string, role: MessageRole, status: MessageStatus, content: string, createdAt: string, suggestions: Array<string>, chart?: unknown | null, rating?: { __typename: 'Rating', value: RatingValue } | null, interpretation?: { __typename: 'Interpretation', sentence: string, notes: Array<string> } | null, outcome?: { __typename: 'Answered' } | { __typename: 'Clarification', options: Array<{ __typename: 'ClarificationOption', label: string, question: string }> } | { __typename: 'Declined' } | { __typename: 'DirectReply' } | null, result?: { __typename: 'QueryResult', columnOrder: Array<number>, rows: unknown, rowCount: number, truncated: boolean, columns: Array<{ __typename: 'ResultColumn', name: string, type: string, label: string, format: ColumnFormat, currency?: string | null, grain?: TimeGrain | null, role: ColumnRole, valueLabels: Array<{ __typename: 'ValueLabel', value: string, label: string }> }> } | null }, conversation: { __typename: 'Conversation', id: string, title: string } } | { __typename: 'AskFailed', code: AskFailureCode, message: string, retryable: boolean, retryAfterSeconds?: number | null, runId: string, seq: number } | { __typename: 'AskProgress', stage: AskStage, message: string, percent: number, attempt: number, runId: string, seq: number } | { __typename: 'AskStarted', conversationId: string, runId: string, seq: number } };

export type WebRejoinSubscriptionVariables = Exact<{
  runId: Scalars['ID']['input'];
  afterSeq: Scalars['Int']['input'];
}>;


export type WebRejoinSubscription = { __typename?: 'Subscription', askRun: { __typename: 'AnswerDelta', text: string, runId: string, seq: number } | { __typename: 'AskCompleted', runId: string, seq: number, savedMessage: { __typename: 'Message', id: string, role: MessageRole, status: MessageStatus, content: string, createdAt: string, suggestions: Array<string>, chart?: unknown | null, rating?: { __typename: 'Rating', value: RatingValue } | null, interpretation?: { __typename: 'Interpretation', sentence: string, notes: Array<string> } | null, outcome?: { __typename: 'Answered' } | { __typename: 'Clarification', options: Array<{ __typename: 'ClarificationOption', label: string, question: string }> } | { __typename: 'Declined' } | { __typename: 'DirectReply' } | null, result?: { __typename: 'QueryResult', columnOrder: Array<number>, rows: unknown, rowCount: number, truncated: boolean, columns: Array<{ __typename: 'ResultColumn', name: string, type: string, label: string, format: ColumnFormat, currency?: string | null, grain?: TimeGrain | null, role: ColumnRole, valueLabels: Array<{ __typename: 'ValueLabel', value: string, label: string }> }> } | null }, conversation: { __typename: 'Conversation', id: string, title: string } } | { __typename: 'AskFailed', code: AskFailureCode, message: string, retryable: boolean, retryAfterSeconds?: number | null, runId: string, seq: number } | { __typename: 'AskProgress', stage: AskStage, message: string, percent: number, attempt: number, runId: string, seq: number } | { __typename: 'AskStarted', conversationId: string, runId: string, seq: number } };

export type WebConversationQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type WebConversationQuery = { __typename: 'Query', conversation?: { __typename: 'Conversation', id: string, title: string, messageCount: number, activeRun?: { __typename: 'Run', runId: string } | null, messages: { __typename: 'MessageConnection', edges: Array<{ __typename: 'MessageEdge', node: { __typename: 'Message', id: string, role: MessageRole, status: MessageStatus, content: string, createdAt: string, suggestions: Array<string>, chart?: unknown | null, rating?: { __typename: 'Rating', value: RatingValue } | null, interpretation?: { __typename: 'Interpretation', sentence: string, notes: Array<string> } | null, outcome?: { __typename: 'Answered' } | { __typename: 'Clarification', options: Array<{ __typename: 'ClarificationOption', label: string, question: string }> } | { __typename: 'Declined' } | { __typename: 'DirectReply' } | null, result?: { __typename: 'QueryResult', columnOrder: Array<number>, rows: unknown, rowCount: number, truncated: boolean, columns: Array<{ __typename: 'ResultColumn', name: string, type: string, label: string, format: ColumnFormat, currency?: string | null, grain?: TimeGrain | null, role: ColumnRole, valueLabels: Array<{ __typename: 'ValueLabel', value: string, label: string }> }> } | null } }>, pageInfo: { __typename: 'PageInfo', hasPreviousPage: boolean } } } | null };

export type WebCancelMutationVariables = Exact<{
  runId: Scalars['ID']['input'];
}>;


export type WebCancelMutation = { __typename: 'Mutation', cancelAsk: { __typename: 'CancelAskPayload', cancelled: boolean, userErrors: Array<{ __typename: 'UserError', message: string, code: UserErrorCode }> } };

export type WebRateMutationVariables = Exact<{
  messageId: Scalars['ID']['input'];
  rating: RatingValue;
}>;


export type WebRateMutation = { __typename: 'Mutation', rateAnswer: { __typename: 'RateAnswerPayload', message?: { __typename: 'Message', id: string, rating?: { __typename: 'Rating', value: RatingValue } | null } | null, userErrors: Array<{ __typename: 'UserError', message: string, code: UserErrorCode }> } };

export type WebRenameMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  title: Scalars['String']['input'];
}>;


export type WebRenameMutation = { __typename: 'Mutation', renameConversation: { __typename: 'RenameConversationPayload', conversation?: { __typename: 'Conversation', id: string, title: string } | null, userErrors: Array<{ __typename: 'UserError', message: string, code: UserErrorCode }> } };

export type WebDeleteMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type WebDeleteMutation = { __typename: 'Mutation', deleteConversation: { __typename: 'DeleteConversationPayload', deletedConversationId?: string | null, userErrors: Array<{ __typename: 'UserError', message: string, code: UserErrorCode }> } };

export type CliViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type CliViewerQuery = { __typename: 'Query', viewer: string };

export type CliAskSubscriptionVariables = Exact<{
  input: AskQueryInput;
}>;


export type CliAskSubscription = { __typename?: 'Subscription', askQuery: { __typename: 'AnswerDelta', runId: string, seq: number, text: string } | { __typename: 'AskCompleted', runId: string, seq: number, answer: string, sql?: string | null, chart?: unknown | null, suggestions: Array<string>, result?: { __typename: 'QueryResult', columnOrder: Array<number>, rows: unknown, truncated: boolean, rowCount: number, columns: Array<{ __typename: 'ResultColumn', name: string, type: string, label: string, format: ColumnFormat, currency?: string | null, grain?: TimeGrain | null, role: ColumnRole, valueLabels: Array<{ __typename: 'ValueLabel', value: string, label: string }> }> } | null, savedMessage: { __typename: 'Message', id: string }, conversation: { __typename: 'Conversation', id: string, title: string }, outcome: { __typename: 'Answered' } | { __typename: 'Clarification', word?: string | null, options: Array<{ __typename: 'ClarificationOption', label: string, question: string }> } | { __typename: 'Declined', word?: string | null } | { __typename: 'DirectReply' }, interpretation?: { __typename: 'Interpretation', sentence: string, dataThrough: string, notes: Array<string>, metrics: Array<{ __typename: 'InterpretedMetric', label: string, definition: string }>, filters: Array<{ __typename: 'InterpretedFilter', text: string }> } | null } | { __typename: 'AskFailed', runId: string, seq: number, code: AskFailureCode, message: string, retryable: boolean, retryAfterSeconds?: number | null } | { __typename: 'AskProgress', runId: string, seq: number, stage: AskStage, message: string, percent: number, attempt: number } | { __typename: 'AskStarted', runId: string, seq: number, conversationId: string } };

export type CliConversationsQueryVariables = Exact<{
  first: Scalars['Int']['input'];
}>;


export type CliConversationsQuery = { __typename: 'Query', conversations: { __typename: 'ConversationConnection', edges: Array<{ __typename: 'ConversationEdge', node: { __typename: 'Conversation', id: string, title: string, preview: string, messageCount: number, updatedAt: string } }>, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean } } };

export type CliMessagesQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  last: Scalars['Int']['input'];
}>;


export type CliMessagesQuery = { __typename: 'Query', conversation?: { __typename: 'Conversation', id: string, title: string, messageCount: number, messages: { __typename: 'MessageConnection', edges: Array<{ __typename: 'MessageEdge', node: { __typename: 'Message', id: string, role: MessageRole, status: MessageStatus, content: string, createdAt: string } }> } } | null };

export const WebMessageFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebMessage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Message"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"suggestions"}},{"kind":"Field","name":{"kind":"Name","value":"chart"}},{"kind":"Field","name":{"kind":"Name","value":"rating"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"interpretation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"sentence"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"outcome"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Clarification"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"options"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"question"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"result"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"columns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"grain"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"valueLabels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"columnOrder"}},{"kind":"Field","name":{"kind":"Name","value":"rows"}},{"kind":"Field","name":{"kind":"Name","value":"rowCount"}},{"kind":"Field","name":{"kind":"Name","value":"truncated"}}]}}]}}]} as unknown as DocumentNode<WebMessageFragment, unknown>;
export const WebRunEventFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebRunEvent"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AskEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"runId"}},{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AskStarted"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"conversationId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AskProgress"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}},{"kind":"Field","name":{"kind":"Name","value":"attempt"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AnswerDelta"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AskCompleted"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","alias":{"kind":"Name","value":"savedMessage"},"name":{"kind":"Name","value":"message"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebMessage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"conversation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AskFailed"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"retryable"}},{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebMessage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Message"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"suggestions"}},{"kind":"Field","name":{"kind":"Name","value":"chart"}},{"kind":"Field","name":{"kind":"Name","value":"rating"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"interpretation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"sentence"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"outcome"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Clarification"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"options"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"question"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"result"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"columns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"grain"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"valueLabels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"columnOrder"}},{"kind":"Field","name":{"kind":"Name","value":"rows"}},{"kind":"Field","name":{"kind":"Name","value":"rowCount"}},{"kind":"Field","name":{"kind":"Name","value":"truncated"}}]}}]}}]} as unknown as DocumentNode<WebRunEventFragment, unknown>;
export const AskQuestionDocument = {"__meta__":{"hash":"90efe9071bf87aef1d6dafb1a76d9ab829238684f67fc6fa8ae9f52355eb745a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"AskQuestion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AskQueryInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"askQuery"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AskStarted"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"runId"}},{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"conversationId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AskProgress"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}},{"kind":"Field","name":{"kind":"Name","value":"attempt"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AnswerDelta"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AskCompleted"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"sql"}},{"kind":"Field","name":{"kind":"Name","value":"chart"}},{"kind":"Field","name":{"kind":"Name","value":"suggestions"}},{"kind":"Field","name":{"kind":"Name","value":"result"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"columns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rows"}},{"kind":"Field","name":{"kind":"Name","value":"truncated"}},{"kind":"Field","name":{"kind":"Name","value":"rowCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"conversation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"messageCount"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AskFailed"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"retryable"}},{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}}]}}]}}]} as unknown as DocumentNode<AskQuestionSubscription, AskQuestionSubscriptionVariables>;
export const ConversationListDocument = {"__meta__":{"hash":"b88c4a8886eb14ef83ee6d38772a6067b81c15efe7d3dfa804f93d078e355e04"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConversationList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"conversations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"preview"}},{"kind":"Field","name":{"kind":"Name","value":"messageCount"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<ConversationListQuery, ConversationListQueryVariables>;
export const ConversationMessagesDocument = {"__meta__":{"hash":"857f065797f32e6bda2d848d275a20a2a3fd5eb0d96591598fbb419add28463f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConversationMessages"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"conversation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"messages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ConversationMessagesQuery, ConversationMessagesQueryVariables>;
export const WebAskDocument = {"__meta__":{"hash":"3d07d8b392d5f06e69f128bfc9298bddb991dcdc52337208c192a9b8db3d21f0"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"WebAsk"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AskQueryInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"askQuery"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebRunEvent"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebMessage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Message"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"suggestions"}},{"kind":"Field","name":{"kind":"Name","value":"chart"}},{"kind":"Field","name":{"kind":"Name","value":"rating"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"interpretation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"sentence"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"outcome"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Clarification"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"options"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"question"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"result"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"columns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"grain"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"valueLabels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"columnOrder"}},{"kind":"Field","name":{"kind":"Name","value":"rows"}},{"kind":"Field","name":{"kind":"Name","value":"rowCount"}},{"kind":"Field","name":{"kind":"Name","value":"truncated"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebRunEvent"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AskEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"runId"}},{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AskStarted"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"conversationId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AskProgress"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}},{"kind":"Field","name":{"kind":"Name","value":"attempt"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AnswerDelta"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AskCompleted"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","alias":{"kind":"Name","value":"savedMessage"},"name":{"kind":"Name","value":"message"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebMessage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"conversation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AskFailed"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"retryable"}},{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}}]}}]} as unknown as DocumentNode<WebAskSubscription, WebAskSubscriptionVariables>;
export const WebRejoinDocument = {"__meta__":{"hash":"847d0d2b9a956d1881cd7a38f6ea7960725ed39c57b2ce5b6dd54029f977cfcd"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"WebRejoin"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"runId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"afterSeq"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"askRun"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"runId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"runId"}}},{"kind":"Argument","name":{"kind":"Name","value":"afterSeq"},"value":{"kind":"Variable","name":{"kind":"Name","value":"afterSeq"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebRunEvent"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebMessage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Message"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"suggestions"}},{"kind":"Field","name":{"kind":"Name","value":"chart"}},{"kind":"Field","name":{"kind":"Name","value":"rating"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"interpretation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"sentence"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"outcome"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Clarification"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"options"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"question"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"result"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"columns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"grain"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"valueLabels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"columnOrder"}},{"kind":"Field","name":{"kind":"Name","value":"rows"}},{"kind":"Field","name":{"kind":"Name","value":"rowCount"}},{"kind":"Field","name":{"kind":"Name","value":"truncated"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebRunEvent"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AskEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"runId"}},{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AskStarted"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"conversationId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AskProgress"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}},{"kind":"Field","name":{"kind":"Name","value":"attempt"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AnswerDelta"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AskCompleted"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","alias":{"kind":"Name","value":"savedMessage"},"name":{"kind":"Name","value":"message"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebMessage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"conversation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AskFailed"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"retryable"}},{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}}]}}]} as unknown as DocumentNode<WebRejoinSubscription, WebRejoinSubscriptionVariables>;
export const WebConversationDocument = {"__meta__":{"hash":"a6267060dc14b47b71d01895fa4314302a2f0c898ad1453691485373accc0058"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WebConversation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"conversation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"messageCount"}},{"kind":"Field","name":{"kind":"Name","value":"activeRun"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"runId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"messages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebMessage"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebMessage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Message"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"suggestions"}},{"kind":"Field","name":{"kind":"Name","value":"chart"}},{"kind":"Field","name":{"kind":"Name","value":"rating"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"interpretation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"sentence"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"outcome"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Clarification"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"options"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"question"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"result"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"columns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"grain"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"valueLabels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"columnOrder"}},{"kind":"Field","name":{"kind":"Name","value":"rows"}},{"kind":"Field","name":{"kind":"Name","value":"rowCount"}},{"kind":"Field","name":{"kind":"Name","value":"truncated"}}]}}]}}]} as unknown as DocumentNode<WebConversationQuery, WebConversationQueryVariables>;
export const WebCancelDocument = {"__meta__":{"hash":"81355ebe48ee33b406b3f922adf432aec538cd0de46e3055f44f71aea49c9b35"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WebCancel"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"runId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"cancelAsk"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"runId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"runId"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"cancelled"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<WebCancelMutation, WebCancelMutationVariables>;
export const WebRateDocument = {"__meta__":{"hash":"4786d20c761175b2b6960e9ee0f46b6df38a7371f5fc97217fd3f031f1438f2a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WebRate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"messageId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"rating"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RatingValue"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"rateAnswer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"messageId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"messageId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"rating"},"value":{"kind":"Variable","name":{"kind":"Name","value":"rating"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"message"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rating"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<WebRateMutation, WebRateMutationVariables>;
export const WebRenameDocument = {"__meta__":{"hash":"a971d9283f4874196b0b889b4871743ead5eaca4ac59f6aa3bebc128c03ab777"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WebRename"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"title"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"renameConversation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"conversationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"title"},"value":{"kind":"Variable","name":{"kind":"Name","value":"title"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"conversation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<WebRenameMutation, WebRenameMutationVariables>;
export const WebDeleteDocument = {"__meta__":{"hash":"d49f00765872cacd232a726b448bc49ed37a2d355feca2aee17cc5fd5bc6715e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WebDelete"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"deleteConversation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"conversationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"deletedConversationId"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<WebDeleteMutation, WebDeleteMutationVariables>;
export const CliViewerDocument = {"__meta__":{"hash":"e8b655ce72a4b239ea3eb76f4b7fd343d34d87b04397cc60e68451c45b9a132a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CliViewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"viewer"}}]}}]} as unknown as DocumentNode<CliViewerQuery, CliViewerQueryVariables>;
export const CliAskDocument = {"__meta__":{"hash":"e4427b79731886ff5fcbd88cc6aec7a6ae07bbe7274e03719c0e3b88ea247e30"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"CliAsk"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AskQueryInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"askQuery"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AskStarted"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"runId"}},{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"conversationId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AskProgress"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"runId"}},{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}},{"kind":"Field","name":{"kind":"Name","value":"attempt"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AnswerDelta"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"runId"}},{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AskCompleted"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"runId"}},{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"sql"}},{"kind":"Field","name":{"kind":"Name","value":"chart"}},{"kind":"Field","name":{"kind":"Name","value":"suggestions"}},{"kind":"Field","name":{"kind":"Name","value":"result"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"columns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"grain"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"valueLabels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"columnOrder"}},{"kind":"Field","name":{"kind":"Name","value":"rows"}},{"kind":"Field","name":{"kind":"Name","value":"truncated"}},{"kind":"Field","name":{"kind":"Name","value":"rowCount"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"savedMessage"},"name":{"kind":"Name","value":"message"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"conversation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"outcome"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Clarification"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"word"}},{"kind":"Field","name":{"kind":"Name","value":"options"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"question"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Declined"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"word"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"interpretation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"sentence"}},{"kind":"Field","name":{"kind":"Name","value":"metrics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"definition"}}]}},{"kind":"Field","name":{"kind":"Name","value":"filters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dataThrough"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AskFailed"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"runId"}},{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"retryable"}},{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}}]}}]}}]} as unknown as DocumentNode<CliAskSubscription, CliAskSubscriptionVariables>;
export const CliConversationsDocument = {"__meta__":{"hash":"dd9f17b738c08fe89e9872df277c6b6b819be1abc289aa21df867e2f5ed791fa"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CliConversations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"conversations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"preview"}},{"kind":"Field","name":{"kind":"Name","value":"messageCount"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]}}]} as unknown as DocumentNode<CliConversationsQuery, CliConversationsQueryVariables>;
export const CliMessagesDocument = {"__meta__":{"hash":"bcecc28238abde7811c5c715de671896cdfa71dee3768a4d8bc0a897c30450d4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CliMessages"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"conversation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"messageCount"}},{"kind":"Field","name":{"kind":"Name","value":"messages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CliMessagesQuery, CliMessagesQueryVariables>;