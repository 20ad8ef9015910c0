import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { pino } from 'pino';
import { createAgentGraph, type AgentGraph } from '../../src/agent/graph.js';
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
