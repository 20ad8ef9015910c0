import { describe, expect, it } from 'vitest';
import {
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  isSpecifiedScalarType,
  isIntrospectionType,
  type GraphQLSchema,
} from 'graphql';
import { schema } from '../../../src/schema/index.js';

/** Every element of the schema a client reads that has no description, as `Type`, `Type.field`, `Type.field(arg)` or `Enum.VALUE`. */
function undescribed(built: GraphQLSchema): string[] {
  const missing: string[] = [];
  const blank = (text: string | null | undefined) => !text?.trim();
  for (const type of Object.values(built.getTypeMap())) {
    if (isIntrospectionType(type) || isSpecifiedScalarType(type)) continue;
    if (blank(type.description)) missing.push(type.name);
    if (isObjectType(type) || isInterfaceType(type)) {
      for (const field of Object.values(type.getFields())) {
        if (blank(field.description)) missing.push(`${type.name}.${field.name}`);
        for (const arg of field.args)
          if (blank(arg.description)) missing.push(`${type.name}.${field.name}(${arg.name})`);
      }
    } else if (isInputObjectType(type)) {
      for (const field of Object.values(type.getFields()))
        if (blank(field.description)) missing.push(`${type.name}.${field.name}`);
    } else if (isEnumType(type)) {
      for (const value of type.getValues()) if (blank(value.description)) missing.push(`${type.name}.${value.name}`);
    }
  }
  return missing;
}

describe('the schema documents itself', () => {
  it('describes every type, field, argument, input field and enum value', () => {
    expect(undescribed(schema)).toEqual([]);
  });

  it('says for every failure code whether retrying can help', () => {
    const codes = schema.getType('AskFailureCode');
    if (!isEnumType(codes)) throw new Error('AskFailureCode is not an enum');
    const silent = codes
      .getValues()
      .filter((value) => !/retry/i.test(value.description ?? ''))
      .map((value) => value.name);
    expect(silent).toEqual([]);
  });

  it('names its connections and edges after what they hold', () => {
    const names = Object.keys(schema.getTypeMap());
    expect(names).toEqual(
      expect.arrayContaining(['ConversationConnection', 'ConversationEdge', 'MessageConnection', 'MessageEdge']),
    );
    // What Pothos names them by default: QueryConversationsConnection, ConversationMessagesConnectionEdge…
    expect(names.filter((name) => /ConnectionEdge$|^Query\w+Connection$|^\w+MessagesConnection$/.test(name))).toEqual(
      [],
    );
  });
});
