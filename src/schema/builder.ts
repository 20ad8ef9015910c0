import SchemaBuilder from '@pothos/core';
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
 * Mutations report what the user got wrong as typed `userErrors` in their payloads (see user-errors.ts), so
 * the errors plugin is not used. Authentication happens before any resolver runs
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
  plugins: [DataloaderPlugin, ValidationPlugin, RelayPlugin],
  defaultFieldNullability: false,
  relay: {
    clientMutationId: 'omit',
    cursorType: 'String',
    nodeTypeOptions: {
      description: 'An object with a global id: pass it to `node` or `nodes` to read the object again.',
    },
    idFieldOptions: {
      description: 'The global id: opaque, stable, and the same for every user who may see the object.',
    },
    pageInfoTypeOptions: { description: 'Where a page of a connection sits in the whole list.' },
    hasNextPageFieldOptions: {
      description: 'True when more items follow the last one of this page (page on with `after: endCursor`).',
    },
    hasPreviousPageFieldOptions: {
      description: 'True when items come before the first one of this page (page back with `before: startCursor`).',
    },
    startCursorFieldOptions: { description: 'The cursor of the first item of this page; null on an empty page.' },
    endCursorFieldOptions: { description: 'The cursor of the last item of this page; null on an empty page.' },
    cursorFieldOptions: { description: 'Opaque: pass it as `after` or `before` to page from this item.' },
    nodeFieldOptions: { description: 'The item.' },
    edgesFieldOptions: { description: 'The items of this page, in the order the connection states.' },
    pageInfoFieldOptions: {
      description: 'Whether there are more items before or after this page, and the cursors to reach them.',
    },
    firstArgOptions: { description: 'Page size forwards from `after` (1..100).' },
    lastArgOptions: { description: 'Page size backwards from `before` (1..100).' },
    afterArgOptions: { description: 'A cursor from this connection: the page starts after it.' },
    beforeArgOptions: { description: 'A cursor from this connection: the page ends before it.' },
    nodeQueryOptions: {
      description: 'The object with this global id, or null when it names nothing of yours.',
      args: { id: { description: 'A global id (Conversation, Message or Run).' } },
    },
    nodesQueryOptions: {
      args: { ids: { description: `Global ids, at most ${MAX_NODE_IDS}.` } },
      description: `The objects with these global ids, in order (null for an id that names nothing of yours). At most ${MAX_NODE_IDS} ids.`,
      // Each id is a Firestore read: four requests of 34,000 ids held other clients up for seconds.
      resolve: (_root, args, _context, _info, resolveNodes) => {
        if (args.ids.length > MAX_NODE_IDS)
          throw badUserInput(`nodes takes at most ${MAX_NODE_IDS} ids (got ${args.ids.length})`, 'ids');
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
builder.queryType({ description: 'What you can read: your conversations and their messages, runs, and who you are.' });
builder.mutationType({
  description:
    'What you can change. Each mutation takes one `input` object and returns a payload whose `userErrors` say what in the input could not be done (empty on success); errors in `errors` are for failures of the service itself.',
});
builder.subscriptionType({ description: 'Runs, live: ask a question and watch it being answered, or rejoin one.' });
