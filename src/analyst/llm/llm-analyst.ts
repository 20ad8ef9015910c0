import { layerForPlan } from '../plan-labels.js';
import { HumanMessage, SystemMessage, type BaseMessage } from '@langchain/core/messages';
import { z } from 'zod';
import {
  type Analyst,
  type Interpretation,
  type InterpretRequest,
  type PlanDecision,
  type PlanRequest,
  type SqlRequest,
  type Turn,
} from '../analyst.js';
import { queryPlanModel, stillRunning, type QueryPlan } from '../plan.js';
import type { QueryResult } from '../../warehouse/warehouse.js';
import type { Logger } from '../../logger.js';
import type { ChatModel } from './model.js';
import { checkPlan, compilePlan, PlanError } from '../compiler.js';
import { describeChange, describePlan } from '../describe-plan.js';
import { groundText } from '../answer/grounding.js';
import { writeInsights } from '../answer/insights.js';
import { citedChange, createOfflineAnalyst } from '../offline/offline-analyst.js';
import { presentationFromLayer } from '../answer/result-shape.js';
import type { SemanticLayer } from '../semantic-layer.js';
import {
  describeLayer,
  describeMetricSql,
  describeSchema,
  fill,
  INTERPRET_FEEDBACK_PROMPT,
  INTERPRET_NO_ROWS_PROMPT,
  INTERPRET_ROWS_PROMPT,
  INTERPRET_SYSTEM_PROMPT,
  INTERPRET_USER_PROMPT,
  PLAN_RETRY_PROMPT,
  PLAN_SYSTEM_PROMPT,
  SQL_FAILURES_PROMPT,
  SQL_SYSTEM_PROMPT,
  SQL_USER_PROMPT,
} from './prompts.js';
import { BrokenStream, createRetrier, describeError, MalformedOutput } from './retry.js';

/**
 * The LLM analyst: a LangChain chat model plans through structured output (the query plan's own zod schema,
 * validated here, so a malformed plan is a failed attempt), the compiler writes the SQL whenever the semantic
 * layer can express the plan (the model writes SQL from the described schema only when it cannot, and the
 * warehouse guard treats that SQL like any other), and the interpretation streams token by token and is
 * cited and checked by the same deterministic grounding as the offline analyst's.
 */

export interface LlmAnalystOptions {
  readonly model: ChatModel;
  /** LangChain provider name ("openai"…): chooses the structured-output wire format. */
  readonly provider: string;
  /** The semantic layer in use: the planning prompt describes it and the compiler reads it. */
  readonly layer: SemanticLayer;
  /** Retries after the first attempt (429, 5xx, timeouts, malformed output). */
  readonly maxRetries: number;
  /** Per attempt; for streams, the longest silence between two tokens. */
  readonly timeoutMs: number;
  /** False keeps result rows out of prompts: column names, aggregates and the deterministic insights only. */
  readonly sendRowsToModel: boolean;
  /** First backoff delay, doubled each retry (default 500 ms). */
  readonly backoffMs?: number;
  readonly logger?: Logger;
}

const PROMPT_ROWS = 50;
/** Characters of rows (as JSON) a prompt carries, whatever the cells hold: a prompt costs money and memory. */
const PROMPT_ROWS_MAX_CHARS = 24_000;
/** Characters of answer read from a stream before it is cut off (a runaway model writes megabytes). */
const ANSWER_MAX_CHARS = 6_000;
/**
 * What a user is told when the model's own reply cannot be checked. A reply has no result behind it, so a figure
 * in it is one nobody can verify (a jailbroken planner replied "northwind revenue is $1,000,000"), and markup
 * has no place in it: such a reply is replaced, like an interpretation that fails its checks.
 */
const SAFE_REPLIES: Readonly<Record<string, string>> = {
  greeting: 'Hello! Ask me a question about your data, and I will work out the answer from it.',
  help: 'Ask me about your data in plain English: a total, a trend over time, a breakdown or a top list. I will show what I understood, the query and the result.',
  clarify: 'Could you say a little more about what you would like to see: which measure, over which period?',
};
const UNANSWERABLE_REPLY = 'I cannot answer that from your data.';

const textOf = (value: unknown): string => (typeof value === 'string' ? value : '');

/** Text with no markup, links or code: what a reply or a suggestion may be. */
function plainText(text: string): boolean {
  return !/[<>`]|\]\(|https?:\/\/|&#?\w+;/i.test(text);
}

/** The model's reply when it states no figure and holds no markup; the plain reply for its reason otherwise. */
export function checkedReply(reason: string, text: string): string {
  const trimmed = text.trim();
  if (trimmed !== '' && trimmed.length <= 600 && !/\d/.test(trimmed) && plainText(trimmed)) return trimmed;
  return SAFE_REPLIES[reason] ?? UNANSWERABLE_REPLY;
}

/** The first rows, as JSON, within PROMPT_ROWS and PROMPT_ROWS_MAX_CHARS. */
function promptRows(rows: readonly (readonly unknown[])[]): { json: string; shown: number } {
  const kept: string[] = [];
  let length = 2;
  for (const row of rows.slice(0, PROMPT_ROWS)) {
    const json = JSON.stringify(row);
    if (length + json.length + 1 > PROMPT_ROWS_MAX_CHARS) break;
    kept.push(json);
    length += json.length + 1;
  }
  return { json: `[${kept.join(',')}]`, shown: kept.length };
}

const modelDecisionModel = z.object({
  action: z.enum(['query', 'custom_sql', 'reply']),
  plan: queryPlanModel.nullish(),
  summary: z.string().nullish(),
  change: z.string().nullish(),
  reason: z.enum(['greeting', 'help', 'unanswerable', 'clarify']).nullish(),
  reply: z.string().nullish(),
  suggestions: z.array(z.string()).nullish(),
});

const sqlAnswerModel = z.object({ sql: z.string().min(1) });

/** JSON Schema for a structured-output call (what the provider is told), from the same zod model used to validate. */
function toolSchema(model: z.ZodType, description: string): Record<string, unknown> {
  const { $schema: _ignored, ...schema } = z.toJSONSchema(model, { io: 'input', unrepresentable: 'any' }) as Record<
    string,
    unknown
  >;
  return { ...schema, description };
}

const DECISION_SCHEMA = toolSchema(
  modelDecisionModel,
  'The decision for the question: a query plan, custom SQL, or a direct reply.',
);
const SQL_SCHEMA = toolSchema(sqlAnswerModel, 'One read-only SQL query answering the question.');

function chunkText(chunk: { content: unknown }): string {
  if (typeof chunk.content === 'string') return chunk.content;
  if (Array.isArray(chunk.content)) {
    return chunk.content
      .map((part: unknown) =>
        typeof part === 'object' && part !== null && (part as { type?: unknown }).type === 'text'
          ? textOf((part as { text?: unknown }).text)
          : '',
      )
      .join('');
  }
  return '';
}

function historyText(history: readonly Turn[]): string {
  if (history.length === 0) return '';
  const turns = history
    .slice(-5)
    .map(
      (turn, index) =>
        `${index + 1}. ${turn.question}\n   plan: ${turn.plan === null ? '(none)' : JSON.stringify(turn.plan)}`,
    );
  return `Earlier in this conversation (oldest first):\n${turns.join('\n')}\n\n`;
}

function round(value: number): number {
  return Number.isInteger(value) ? value : Number(value.toPrecision(6));
}

/** Per numeric column: sum, average, minimum, maximum — what the model may use when it does not see rows. */
function aggregates(result: QueryResult): string {
  const parts = result.columns.flatMap((column, index) => {
    const values = result.rows.map((row) => row[index]).filter((cell): cell is number => typeof cell === 'number');
    if (values.length === 0) return [];
    const sum = values.reduce((total, value) => total + value, 0);
    return [
      `${column.name}: sum ${round(sum)}, average ${round(sum / values.length)}, min ${round(Math.min(...values))}, max ${round(Math.max(...values))}`,
    ];
  });
  return parts.length === 0 ? '(no numeric columns)' : parts.join('; ');
}

/** Builds the LLM analyst around a chat model. */
export function createLlmAnalyst(options: LlmAnalystOptions): Analyst {
  const layer = options.layer;
  const presentation = presentationFromLayer(layer);
  // Refunded orders' money is their order value, not revenue: the layer's own words for it, per plan.
  const presentationOf = (plan: QueryPlan) => {
    const shown = layerForPlan(layer, plan);
    return shown === layer ? presentation : presentationFromLayer(shown);
  };
  const offline = createOfflineAnalyst({ layer });
  const backoffMs = options.backoffMs ?? 500;
  const layerText = describeLayer(layer);
  const metricSql = describeMetricSql(layer);
  // OpenAI-compatible servers: plans via the json_schema response format, SQL via a forced tool call; other
  // providers use their integration's default structured-output method.
  const withRetries = createRetrier({
    maxRetries: options.maxRetries,
    timeoutMs: options.timeoutMs,
    backoffMs,
    logger: options.logger,
  });
  const planMethod = options.provider === 'openai' ? 'jsonSchema' : undefined;
  const sqlMethod = options.provider === 'openai' ? 'functionCalling' : undefined;

  async function structured(
    schema: Record<string, unknown>,
    name: string,
    method: string | undefined,
    messages: BaseMessage[],
    signal: AbortSignal,
  ): Promise<unknown> {
    const runnable = options.model.withStructuredOutput(schema, {
      name,
      ...(method === undefined ? {} : { method: method }),
    });
    return runnable.invoke(messages, { signal });
  }

  return {
    async plan(request: PlanRequest): Promise<PlanDecision> {
      const system = new SystemMessage(fill(PLAN_SYSTEM_PROMPT, { today: request.today, layer: layerText }));
      const question = new HumanMessage(`${historyText(request.history)}Question: ${request.question}`);
      const previous = request.history.findLast((turn) => turn.plan !== null)?.plan ?? null;
      return withRetries('plan the question', request.signal, async ({ signal, problem }) => {
        const messages =
          problem === null
            ? [system, question]
            : [system, question, new HumanMessage(fill(PLAN_RETRY_PROMPT, { problem }))];
        const raw = await structured(DECISION_SCHEMA, 'decide_plan', planMethod, messages, signal);
        const parsed = modelDecisionModel.safeParse(raw);
        if (!parsed.success)
          throw new MalformedOutput(
            `the decision does not match the schema: ${z.prettifyError(parsed.error).slice(0, 500)}`,
          );
        const decision = parsed.data;
        if (decision.action === 'reply') {
          if (!decision.reply) throw new MalformedOutput('a reply decision needs "reply"');
          const suggestions = (decision.suggestions ?? []).filter(plainText).slice(0, 3);
          // A clarification offers readings to pick; without any, it can only say what it could not do.
          if (decision.reason === 'clarify' && suggestions.length > 0) {
            const text = checkedReply('clarify', decision.reply);
            return {
              kind: 'clarify',
              text,
              word: null,
              options: suggestions.map((option) => ({ label: option, question: option })),
            };
          }
          const reason = decision.reason === 'clarify' || !decision.reason ? 'unanswerable' : decision.reason;
          return { kind: 'reply', reason, text: checkedReply(reason, decision.reply), suggestions };
        }
        if (!decision.plan) throw new MalformedOutput(`a ${decision.action} decision needs "plan"`);
        // A named period the data has not reached the end of is said as "so far", by any planner.
        const plan = { ...decision.plan, timeRange: stillRunning(decision.plan.timeRange, request.today) };
        const problemWithPlan = checkPlan(plan, layer);
        if (decision.action === 'query' && problemWithPlan !== null) {
          throw new MalformedOutput(`the plan cannot be compiled against the semantic layer: ${problemWithPlan}`);
        }
        const compilable = problemWithPlan === null;
        const summary = compilable ? describePlan(plan, layer) : (decision.summary ?? request.question);
        const change =
          previous === null
            ? null
            : compilable && checkPlan(previous, layer) === null
              ? describeChange(previous, plan, layer)
              : (decision.change ?? null);
        return { kind: 'query', plan, summary, change };
      });
    },

    async writeSql(request: SqlRequest): Promise<string> {
      if (request.failures.length === 0 && checkPlan(request.plan, layer) === null) {
        try {
          return compilePlan(request.plan, { dialect: request.dialect, today: request.today, layer });
        } catch (error) {
          if (!(error instanceof PlanError)) throw error;
        }
      }
      const system = new SystemMessage(
        fill(SQL_SYSTEM_PROMPT, {
          dialect: request.dialect === 'postgres' ? 'PostgreSQL' : 'DuckDB',
          today: request.today,
          schema: describeSchema(request.schema),
          metrics: metricSql,
        }),
      );
      const failures =
        request.failures.length === 0
          ? ''
          : fill(SQL_FAILURES_PROMPT, {
              failures: request.failures
                .map((failure, index) => `${index + 1}. ${failure.sql}\n   rejected: ${failure.reason}`)
                .join('\n'),
            });
      const user = new HumanMessage(
        fill(SQL_USER_PROMPT, { question: request.question, plan: JSON.stringify(request.plan), failures }),
      );
      return withRetries('write SQL', request.signal, async ({ signal, problem }) => {
        const messages =
          problem === null
            ? [system, user]
            : [system, user, new HumanMessage(`Your previous answer could not be used: ${problem}`)];
        const parsed = sqlAnswerModel.safeParse(await structured(SQL_SCHEMA, 'write_sql', sqlMethod, messages, signal));
        if (!parsed.success) throw new MalformedOutput('the answer needs a non-empty "sql" string');
        const sql = parsed.data.sql.trim().replace(/;\s*$/, '');
        if (!/^(select|with)\b/i.test(sql)) throw new MalformedOutput('the SQL must be a single SELECT statement');
        return sql;
      });
    },

    async interpret(request: InterpretRequest): Promise<Interpretation> {
      const { result, plan } = request;
      const insights = writeInsights(plan, result, {
        presentation: presentationOf(plan),
        today: request.today,
        dataStart: request.dataStart ?? null,
        question: request.question,
      }).text;
      const shownRows = promptRows(result.rows);
      const rows = options.sendRowsToModel
        ? fill(INTERPRET_ROWS_PROMPT, {
            shown: String(shownRows.shown),
            row_count: String(result.rowCount),
            rows: shownRows.json,
          })
        : INTERPRET_NO_ROWS_PROMPT;
      const user = fill(INTERPRET_USER_PROMPT, {
        question: request.question,
        summary: describePlanSafely(plan, layer),
        columns: result.columns.map((column) => `${column.name} (${column.type})`).join(', '),
        row_count: String(result.rowCount),
        truncated: result.truncated ? ' (truncated by the row cap)' : '',
        aggregates: aggregates(result),
        rows,
        insights,
        feedback: request.feedback === null ? '' : fill(INTERPRET_FEEDBACK_PROMPT, { feedback: request.feedback }),
      });
      const messages = [new SystemMessage(INTERPRET_SYSTEM_PROMPT), new HumanMessage(user)];
      const change =
        request.change === null || request.change.trim() === '' ? null : citedChange(request.change.trim());
      const prefix = change === null ? '' : `${change.text} `;

      const body = await withRetries('interpret the result', request.signal, async ({ signal, touch }) => {
        let text = '';
        let started = false;
        try {
          const stream = await options.model.stream(messages, { signal });
          for await (const chunk of stream) {
            touch();
            const delta = chunkText(chunk);
            if (delta === '') continue;
            if (!started && prefix !== '') request.onDelta(prefix);
            started = true;
            text += delta;
            request.onDelta(delta);
            // Leaving the loop closes the stream (and its request).
            if (text.length >= ANSWER_MAX_CHARS) break;
          }
        } catch (error) {
          if (started && !signal.aborted)
            throw new BrokenStream(`the answer stream broke: ${describeError(error)}`, { cause: error });
          if (started) throw new BrokenStream('the answer stream stalled', { cause: error });
          throw error;
        }
        if (text.trim() === '') throw new MalformedOutput('the answer was empty');
        return text.trim();
      });
      const text = `${prefix}${body}`;
      const { citations } = groundText(text, plan, result, {
        presentation: presentationOf(plan),
        trusted: change?.citations ?? [],
      });
      return { text, citations };
    },

    interpretation: (plan, today, dataStart) => offline.interpretation(plan, today, dataStart),
    checkInterpretation: (interpretation, result, plan, asked) =>
      offline.checkInterpretation(interpretation, result, plan, asked),
    summarize: (plan, result) => offline.summarize(plan, result),
    chart: (plan, result) => offline.chart(plan, result),
    columns: (plan, result) => offline.columns(plan, result),
    suggestions: (plan, result) => offline.suggestions(plan, result),
    complete: (plan, result, today, dataStart, values) =>
      offline.complete?.(plan, result, today, dataStart, values) ?? result,
    dataStartSql: (plan) => offline.dataStartSql?.(plan) ?? null,
    valuesSql: (plan, today) => offline.valuesSql?.(plan, today) ?? null,
    dataStartNote: (plan, today, dataStart, result) => offline.dataStartNote?.(plan, today, dataStart, result) ?? null,
  };
}

function describePlanSafely(plan: QueryPlan, layer: SemanticLayer): string {
  return checkPlan(plan, layer) === null ? describePlan(plan, layer) : JSON.stringify(plan);
}
