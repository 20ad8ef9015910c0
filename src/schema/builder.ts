import SchemaBuilder from '@pothos/core';
import ErrorsPlugin from '@pothos/plugin-errors';
import DataloaderPlugin from '@pothos/plugin-dataloader';
import ValidationPlugin from '@pothos/plugin-validation';
import RelayPlugin from '@pothos/plugin-relay';
import { DateTimeResolver, JSONResolver } from 'graphql-scalars';
import type { RequestContext } from '../context.js';
import { badUserInput } from './errors.js';

/** Ids one `nodes` query may ask for: a page of a client's list. */
export const MAX_NODE_IDS = 100;

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
    nodesQueryOptions: {
      description: `The objects with these global ids, in order (null for an id that names nothing of yours). At most ${MAX_NODE_IDS} ids.`,
      // Each id is a Firestore read: four requests of 34,000 ids held other clients up for seconds.
      resolve: (_root, args, _context, _info, resolveNodes) => {
        if (args.ids.length > MAX_NODE_IDS) throw badUserInput(`nodes takes at most ${MAX_NODE_IDS} ids (got ${args.ids.length})`, 'ids');
        return resolveNodes(args.ids);
      },
    },
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
