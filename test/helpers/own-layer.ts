import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { pino } from 'pino';
import { createAgentGraph, type AgentGraph } from '../../src/agent/graph.js';
import { runAgent } from '../../src/agent/run-agent.js';
import type { Turn } from '../../src/analyst/analyst.js';
import { createOfflineAnalyst } from '../../src/analyst/offline/offline-analyst.js';
import { loadSemanticLayer } from '../../src/analyst/semantic-layer.js';
import { openDuckDbWarehouse } from '../../src/warehouse/duckdb.js';
import type { Warehouse } from '../../src/warehouse/warehouse.js';

/** A user's own layer and data, as a server would run them: the layer read from its file, the data in DuckDB. */
export interface OwnLayer {
  readonly warehouse: Warehouse;
  readonly graph: AgentGraph;
  close(): Promise<void>;
}

/** Writes `layerYaml` to a file and `dataSql` into a DuckDB file, opens both, and runs the agent at `now`. */
export async function openOwnLayer(name: string, layerYaml: string, dataSql: string, now: Date): Promise<OwnLayer> {
  const dir = mkdtempSync(path.join(tmpdir(), `askql-${name}-`));
  const layerFile = path.join(dir, `${name}.yaml`);
  writeFileSync(layerFile, layerYaml);
  const file = path.join(dir, `${name}.duckdb`);
  const instance = await DuckDBInstance.create(file);
  const connection = await instance.connect();
  await connection.run(dataSql);
  connection.closeSync();
  instance.closeSync();
  const layer = await loadSemanticLayer(layerFile);
  const warehouse = await openDuckDbWarehouse({
    file,
    layer,
    layerSource: layerFile,
    rowCap: 1000,
    statementTimeoutMs: 5000,
    logger: pino({ level: 'silent' }),
  });
  const graph = createAgentGraph({ analyst: createOfflineAnalyst({ layer }), warehouse, clock: { now: () => now } });
  return {
    warehouse,
    graph,
    async close() {
      await warehouse.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** What a merchant sees of one answer on their own layer: its text and kind, rows, sentence and options. */
export interface OwnAnswer {
  readonly text: string;
  readonly kind: string;
  readonly rows: readonly (readonly unknown[])[];
  /** The interpretation's sentence (answers only). */
  readonly sentence: string | null;
  /** The period as the interpretation says it, with dates (answers only). */
  readonly period: string | null;
  /** Which reading a word got, and what the figure counts (answers only; empty otherwise). */
  readonly notes: readonly string[];
  /** A clarification's options: what each one asks, and its label. */
  readonly options: readonly string[];
  readonly optionLabels: readonly string[];
  /** The answer as a turn of history, for a follow-up. */
  readonly turn: Turn;
}

/** Asks `question` as `tenant` on the layer through the whole agent, after the turns in `history`. */
export async function askOwn(
  own: OwnLayer,
  tenant: string,
  question: string,
  history: readonly Turn[] = [],
): Promise<OwnAnswer> {
  const outcome = await runAgent(
    own.graph,
    { question, tenant, history },
    { signal: new AbortController().signal, onEvent: () => {} },
  );
  if (outcome.kind !== 'answer') throw new Error(`no answer: ${JSON.stringify(outcome.failure)}`);
  const said = outcome.answer.outcome;
  const options = said.kind === 'clarification' ? said.options : [];
  return {
    text: outcome.answer.text,
    kind: said.kind,
    rows: outcome.result?.rows ?? [],
    sentence: said.kind === 'answer' ? said.interpretation.sentence : null,
    period: said.kind === 'answer' ? said.interpretation.period.text : null,
    notes: said.kind === 'answer' ? said.interpretation.notes : [],
    options: options.map((option) => option.question),
    optionLabels: options.map((option) => option.label),
    turn: { question, plan: outcome.plan, answer: outcome.answer.text },
  };
}
