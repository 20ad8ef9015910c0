import { describe, expect, test } from 'vitest';
import {
  defineSemanticLayer,
  semanticLayerModel,
  type SemanticLayerInput,
} from '../../../src/analyst/semantic-layer.js';
import { buildCatalog, CatalogError, columnTypeOf } from '../../../src/warehouse/catalog.js';

const COLUMNS = [
  { table: 'invoices', column: 'invoice_id', sqlType: 'VARCHAR' },
  { table: 'invoices', column: 'account_id', sqlType: 'VARCHAR' },
  { table: 'invoices', column: 'amount', sqlType: 'DECIMAL(10,2)' },
  { table: 'invoices', column: 'issued_at', sqlType: 'TIMESTAMP' },
  { table: 'plans', column: 'plan_id', sqlType: 'text' },
  { table: 'plans', column: 'owner', sqlType: 'text' },
  { table: 'plans', column: 'name', sqlType: 'text' },
  { table: 'plans', column: 'secret_notes', sqlType: 'text' },
];

const layer = (overrides: Partial<SemanticLayerInput> = {}) =>
  defineSemanticLayer({
    tenant: { column: 'account_id' },
    tables: [
      { name: 'invoices' },
      {
        name: 'plans',
        tenant: { column: 'owner' },
        columns: [{ name: 'plan_id' }, { name: 'name', description: 'Plan name.' }],
      },
    ],
    metrics: [
      {
        name: 'billed',
        label: 'Billed',
        table: 'invoices',
        expression: 'SUM(invoices.amount)',
        filters: [{ sql: "invoices.amount > 0 AND 'x.y' <> ''" }],
        time: { table: 'invoices', column: 'issued_at' },
        format: 'currency',
        aggregation: 'sum',
      },
    ],
    ...overrides,
  });

const build = (input = layer()) => buildCatalog(input, COLUMNS, { source: 'layer.yaml', where: 'schema billing' });

describe('the catalog', () => {
  test("takes each table's tenant column from the layer, or from the table when it names its own", () => {
    expect(build().tables.map((table) => [table.name, table.tenancy])).toEqual([
      ['invoices', { kind: 'column', column: 'account_id' }],
      ['plans', { kind: 'column', column: 'owner' }],
    ]);
  });

  test('exposes every column of an unlisted table, and only the listed ones (plus the tenant column) of a listed one', () => {
    const [invoices, plans] = build().tables;
    expect(invoices?.columns.map((column) => [column.name, column.type])).toEqual([
      ['invoice_id', 'text'],
      ['account_id', 'text'],
      ['amount', 'decimal'],
      ['issued_at', 'timestamp'],
    ]);
    expect(plans?.columns.map((column) => column.name)).toEqual(['plan_id', 'name', 'owner']);
    expect(plans?.columns[1]?.description).toBe('Plan name.');
  });

  test('with tenancy: single every table has one owner', () => {
    const single = build(
      defineSemanticLayer({ ...layer(), tenant: undefined, tenancy: 'single', tables: [{ name: 'invoices' }] }),
    );
    expect(single.single).toBe(true);
    expect(single.tables[0]?.tenancy).toEqual({ kind: 'single' });
  });

  test('names every element of the layer the database lacks, one problem each', () => {
    const broken = layer({
      tenant: { column: 'tenant_id' },
      tables: [
        { name: 'invoices' },
        { name: 'refunds' },
        { name: 'plans', tenant: { column: 'owner' }, columns: [{ name: 'nickname' }] },
      ],
      metrics: [
        {
          name: 'billed',
          label: 'Billed',
          table: 'invoices',
          expression: 'SUM(invoices.amount_cents) + SUM(plans.secret_notes)',
          time: { table: 'invoices', column: 'issued_on' },
          format: 'currency',
          aggregation: 'sum',
        },
      ],
    });
    const error = (() => {
      try {
        build(broken);
      } catch (caught) {
        return caught;
      }
    })() as CatalogError;
    expect(error).toBeInstanceOf(CatalogError);
    expect(error.lines()).toEqual([
      'layer.yaml: tables.invoices.tenant: no column "tenant_id" in table invoices to tell whose rows are whose (the layer-wide tenant column); give this table its own `tenant: { column }`',
      'layer.yaml: tables.refunds: no table "refunds" in schema billing',
      'layer.yaml: tables.plans.columns.nickname: no column "nickname" in table plans',
      'layer.yaml: metrics.billed.expression: column invoices.amount_cents does not exist in table invoices',
      'layer.yaml: metrics.billed.expression: column plans.secret_notes is not among the columns the layer lists for plans',
      'layer.yaml: metrics.billed.time: column invoices.issued_on does not exist in table invoices',
    ]);
  });

  test('a layer cannot have both a tenant column and tenancy: single', () => {
    const parsed = semanticLayerModel.safeParse({ ...layer(), tenancy: 'single' });
    expect(parsed.success).toBe(false);
  });

  test("reads both engines' type names", () => {
    expect(
      [
        'VARCHAR',
        'text',
        'character varying(20)',
        'BIGINT',
        'integer',
        'DECIMAL(12,2)',
        'numeric',
        'DOUBLE',
        'double precision',
        'TIMESTAMP WITH TIME ZONE',
        'timestamp without time zone',
        'DATE',
        'BOOLEAN',
        'UUID',
      ].map(columnTypeOf),
    ).toEqual([
      'text',
      'text',
      'text',
      'integer',
      'integer',
      'decimal',
      'decimal',
      'float',
      'float',
      'timestamp',
      'timestamp',
      'date',
      'boolean',
      'text',
    ]);
  });
});
