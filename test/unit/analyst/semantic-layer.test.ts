import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { compilePlan } from '../../../src/analyst/compiler.js';
import { parseQuestion } from '../../../src/analyst/offline/parser.js';
import { loadSemanticLayer, SemanticLayerError } from '../../../src/analyst/semantic-layer.js';
import { DEMO_SEMANTIC_LAYER } from '../../../src/demo/semantic-layer.js';

const dir = mkdtempSync(path.join(tmpdir(), 'askql-layer-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A user's own warehouse: one table of invoices. */
const INVOICES = {
  name: 'invoices',
  tables: [{ name: 'invoices' }],
  metrics: [
    {
      name: 'billed',
      label: 'Amount billed',
      synonyms: ['billing', 'invoiced', 'amount billed'],
      table: 'invoices',
      expression: 'SUM(invoices.amount)',
      time: { table: 'invoices', column: 'issued_at' },
      format: 'currency',
      aggregation: 'sum',
    },
  ],
  dimensions: [
    {
      name: 'region',
      label: 'Region',
      plural: 'regions',
      table: 'invoices',
      expression: 'invoices.region',
      values: [{ value: 'emea', label: 'EMEA', synonyms: ['europe'] }],
    },
  ],
};

describe('loadSemanticLayer', () => {
  it('the demo layer defines every metric of the warehouse issue', () => {
    const layer = DEMO_SEMANTIC_LAYER;
    const names = layer.metrics.map((metric) => metric.name);
    for (const name of [
      'revenue',
      'orders',
      'average_order_value',
      'units_sold',
      'product_revenue',
      'gross_profit',
      'refund_rate',
      'customers_who_bought',
      'new_customers',
      'posts',
      'likes',
      'comments',
      'shares',
      'saves',
      'reach',
      'impressions',
      'video_views',
      'engagement',
      'engagement_rate',
      'attributed_revenue',
    ]) {
      expect(names).toContain(name);
    }
    expect(layer.metrics.find((metric) => metric.name === 'revenue')).toMatchObject({
      expression: 'SUM(orders.total)',
      filters: [{ sql: "orders.status = 'paid'" }],
    });
  });

  it('reads a YAML file, and the parser and compiler work from it', async () => {
    const file = path.join(dir, 'layer.yaml');
    writeFileSync(file, stringify(INVOICES));
    const layer = await loadSemanticLayer(file);
    const decision = parseQuestion({
      question: 'invoiced in europe last month',
      history: [],
      today: '2026-03-15',
      layer,
    });
    expect(decision).toMatchObject({
      kind: 'query',
      plan: { metrics: ['billed'], filters: [{ dimension: 'region', values: ['emea'] }] },
    });
    if (decision.kind !== 'query') throw new Error('expected a plan');
    expect(compilePlan(decision.plan, { dialect: 'postgres', today: '2026-03-15', layer })).toBe(
      [
        'SELECT COALESCE(SUM(invoices.amount), 0) AS "billed"',
        'FROM invoices',
        "WHERE (invoices.issued_at >= TIMESTAMP '2026-02-01 00:00:00' AND invoices.issued_at < TIMESTAMP '2026-03-01 00:00:00') AND (invoices.region = 'emea')",
      ].join('\n'),
    );
  });

  it('loads the example layer a user would start from, and answers questions over it', async () => {
    const layer = await loadSemanticLayer(
      fileURLToPath(new URL('../../../examples/semantic-layer.yaml', import.meta.url)),
    );
    const decision = parseQuestion({
      question: 'billings by plan in europe last quarter',
      history: [],
      today: '2026-03-15',
      layer,
    });
    expect(decision).toMatchObject({
      kind: 'query',
      plan: { metrics: ['billed'], dimensions: ['plan'], filters: [{ dimension: 'region', values: ['emea'] }] },
    });
    if (decision.kind !== 'query') throw new Error('expected a plan');
    const sql = compilePlan(decision.plan, { dialect: 'duckdb', today: '2026-03-15', layer });
    expect(sql).toContain('JOIN subscribers ON invoices.subscriber_id = subscribers.subscriber_id');
    expect(sql).toContain("invoices.status <> 'void'");
  });

  it('reads a JSON file', async () => {
    const file = path.join(dir, 'layer.json');
    writeFileSync(file, JSON.stringify(INVOICES));
    expect((await loadSemanticLayer(file)).metrics[0]?.name).toBe('billed');
  });

  it('names a field of the wrong shape, and the list item by its own name', async () => {
    const file = path.join(dir, 'shape.yaml');
    writeFileSync(file, stringify({ ...INVOICES, metrics: [{ ...INVOICES.metrics[0], format: 'dollars' }] }));
    const error = await loadSemanticLayer(file).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(SemanticLayerError);
    expect((error as SemanticLayerError).problems.join('\n')).toMatch(/metrics\.0 \(billed\)\.format/);
  });

  it('names every reference to a table or metric that does not exist', async () => {
    const file = path.join(dir, 'references.yaml');
    writeFileSync(
      file,
      stringify({
        ...INVOICES,
        metrics: [{ ...INVOICES.metrics[0], table: 'nowhere', alternatives: ['ghost'] }],
        joins: [{ from: 'invoices', to: 'x', on: '1=1' }],
      }),
    );
    const error = await loadSemanticLayer(file).catch((caught: unknown) => caught);
    const problems = (error as SemanticLayerError).problems.join('\n');
    expect(problems).toMatch(/unknown table nowhere/);
    expect(problems).toMatch(/unknown table x/);
    expect(problems).toMatch(/unknown metric ghost/);
  });

  it("names a nameDetail or textDetail that is not one of the dimension's details", async () => {
    const file = path.join(dir, 'details.yaml');
    writeFileSync(
      file,
      stringify({
        ...INVOICES,
        dimensions: [
          {
            ...INVOICES.dimensions[0],
            details: [{ name: 'region_note', expression: 'invoices.region' }],
            nameDetail: 'region_note',
            textDetail: 'memo',
          },
        ],
      }),
    );
    const error = await loadSemanticLayer(file).catch((caught: unknown) => caught);
    const problems = (error as SemanticLayerError).problems.join('\n');
    expect(problems).toMatch(/dimensions\.0 \([a-z_]+\)\.textDetail.*unknown detail memo/);
    expect(problems).not.toMatch(/nameDetail/);
  });

  it('reports a missing file as a SemanticLayerError', async () => {
    await expect(loadSemanticLayer(path.join(dir, 'missing.yaml'))).rejects.toThrow(SemanticLayerError);
  });
});
