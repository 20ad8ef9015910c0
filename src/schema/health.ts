import { builder } from './builder.js';

builder.queryField('viewer', (t) =>
  t.string({
    description: 'The id of the signed-in user.',
    resolve: (_root, _args, context) => context.viewer.uid,
  }),
);
