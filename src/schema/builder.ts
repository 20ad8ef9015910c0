import SchemaBuilder from '@pothos/core';
import ErrorsPlugin from '@pothos/plugin-errors';
import DataloaderPlugin from '@pothos/plugin-dataloader';
import ValidationPlugin from '@pothos/plugin-validation';
import RelayPlugin from '@pothos/plugin-relay';
import { DateTimeResolver, JSONResolver } from 'graphql-scalars';
import type { RequestContext } from '../context.js';
import { badUserInput } from './errors.js';

/**
 * The one Pothos builder. It defines no types: each file in `src/schema/` adds its own domain.
 * Plugin order matters: errors before dataloader. Authentication happens before any resolver runs
 * (see app.ts), so every resolver has a verified viewer and no field needs its own auth scope.
 */
export const builder = new SchemaBuilder<{
  Context: RequestContext;
  Scalars: {
    DateTime: { Input: Date; Output: Date | string };
    JSON: { Input: unknown; Output: unknown };
    ID: { Input: string; Output: string | number };
  };
  DefaultFieldNullability: false;
}>({
  plugins: [ErrorsPlugin, DataloaderPlugin, ValidationPlugin, RelayPlugin],
  defaultFieldNullability: false,
  errors: { defaultTypes: [] },
  relay: {
    clientMutationId: 'omit',
    cursorType: 'String',
  },
  validation: {
    validationError: (result) => {
      const issue = result.issues[0];
      const field = issue?.path?.map((part) => (typeof part === 'object' ? String(part.key) : String(part))).join('.');
      return badUserInput(issue ? `${field ? `${field}: ` : ''}${issue.message}` : 'invalid input', field || undefined);
    },
  },
});

builder.addScalarType('DateTime', DateTimeResolver);
builder.addScalarType('JSON', JSONResolver);
builder.queryType({});
builder.mutationType({});
builder.subscriptionType({});
