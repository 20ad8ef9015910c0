/* eslint-disable */
import * as types from './graphql.js';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  subscription AskQuestion($input: AskQueryInput!) {\n    askQuery(input: $input) {\n      __typename\n      ... on AskStarted {\n        runId\n        seq\n        conversationId\n      }\n      ... on AskProgress {\n        seq\n        stage\n        message\n        percent\n        attempt\n      }\n      ... on AnswerDelta {\n        seq\n        text\n      }\n      ... on AskCompleted {\n        seq\n        answer\n        sql\n        chart\n        suggestions\n        result {\n          columns {\n            name\n            type\n          }\n          rows\n          truncated\n          rowCount\n        }\n        conversation {\n          id\n          title\n          messageCount\n        }\n      }\n      ... on AskFailed {\n        seq\n        code\n        message\n        retryable\n      }\n    }\n  }\n": typeof types.AskQuestionDocument,
    "\n  query ConversationList($first: Int!, $after: String) {\n    conversations(first: $first, after: $after) {\n      edges {\n        node {\n          id\n          title\n          preview\n          messageCount\n          updatedAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.ConversationListDocument,
    "\n  query ConversationMessages($id: ID!) {\n    conversation(id: $id) {\n      id\n      title\n      messages(last: 50) {\n        edges {\n          node {\n            id\n            role\n            status\n            content\n            createdAt\n          }\n        }\n      }\n    }\n  }\n": typeof types.ConversationMessagesDocument,
    "\n  query CliViewer {\n    viewer\n  }\n": typeof types.CliViewerDocument,
    "\n  subscription CliAsk($input: AskQueryInput!) {\n    askQuery(input: $input) {\n      __typename\n      ... on AskStarted {\n        runId\n        seq\n        conversationId\n      }\n      ... on AskProgress {\n        runId\n        seq\n        stage\n        message\n        percent\n        attempt\n      }\n      ... on AnswerDelta {\n        runId\n        seq\n        text\n      }\n      ... on AskCompleted {\n        runId\n        seq\n        answer\n        sql\n        chart\n        suggestions\n        result {\n          columns {\n            name\n            type\n          }\n          rows\n          truncated\n          rowCount\n        }\n        # AskProgress.message is a String: the saved Message needs an alias to share the selection.\n        savedMessage: message {\n          id\n        }\n        conversation {\n          id\n          title\n        }\n      }\n      ... on AskFailed {\n        runId\n        seq\n        code\n        message\n        retryable\n      }\n    }\n  }\n": typeof types.CliAskDocument,
    "\n  query CliConversations($first: Int!) {\n    conversations(first: $first) {\n      edges {\n        node {\n          id\n          title\n          preview\n          messageCount\n          updatedAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n  }\n": typeof types.CliConversationsDocument,
    "\n  query CliMessages($id: ID!, $last: Int!) {\n    conversation(id: $id) {\n      id\n      title\n      messageCount\n      messages(last: $last) {\n        edges {\n          node {\n            id\n            role\n            status\n            content\n            createdAt\n          }\n        }\n      }\n    }\n  }\n": typeof types.CliMessagesDocument,
};
const documents: Documents = {
    "\n  subscription AskQuestion($input: AskQueryInput!) {\n    askQuery(input: $input) {\n      __typename\n      ... on AskStarted {\n        runId\n        seq\n        conversationId\n      }\n      ... on AskProgress {\n        seq\n        stage\n        message\n        percent\n        attempt\n      }\n      ... on AnswerDelta {\n        seq\n        text\n      }\n      ... on AskCompleted {\n        seq\n        answer\n        sql\n        chart\n        suggestions\n        result {\n          columns {\n            name\n            type\n          }\n          rows\n          truncated\n          rowCount\n        }\n        conversation {\n          id\n          title\n          messageCount\n        }\n      }\n      ... on AskFailed {\n        seq\n        code\n        message\n        retryable\n      }\n    }\n  }\n": types.AskQuestionDocument,
    "\n  query ConversationList($first: Int!, $after: String) {\n    conversations(first: $first, after: $after) {\n      edges {\n        node {\n          id\n          title\n          preview\n          messageCount\n          updatedAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.ConversationListDocument,
    "\n  query ConversationMessages($id: ID!) {\n    conversation(id: $id) {\n      id\n      title\n      messages(last: 50) {\n        edges {\n          node {\n            id\n            role\n            status\n            content\n            createdAt\n          }\n        }\n      }\n    }\n  }\n": types.ConversationMessagesDocument,
    "\n  query CliViewer {\n    viewer\n  }\n": types.CliViewerDocument,
    "\n  subscription CliAsk($input: AskQueryInput!) {\n    askQuery(input: $input) {\n      __typename\n      ... on AskStarted {\n        runId\n        seq\n        conversationId\n      }\n      ... on AskProgress {\n        runId\n        seq\n        stage\n        message\n        percent\n        attempt\n      }\n      ... on AnswerDelta {\n        runId\n        seq\n        text\n      }\n      ... on AskCompleted {\n        runId\n        seq\n        answer\n        sql\n        chart\n        suggestions\n        result {\n          columns {\n            name\n            type\n          }\n          rows\n          truncated\n          rowCount\n        }\n        # AskProgress.message is a String: the saved Message needs an alias to share the selection.\n        savedMessage: message {\n          id\n        }\n        conversation {\n          id\n          title\n        }\n      }\n      ... on AskFailed {\n        runId\n        seq\n        code\n        message\n        retryable\n      }\n    }\n  }\n": types.CliAskDocument,
    "\n  query CliConversations($first: Int!) {\n    conversations(first: $first) {\n      edges {\n        node {\n          id\n          title\n          preview\n          messageCount\n          updatedAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n  }\n": types.CliConversationsDocument,
    "\n  query CliMessages($id: ID!, $last: Int!) {\n    conversation(id: $id) {\n      id\n      title\n      messageCount\n      messages(last: $last) {\n        edges {\n          node {\n            id\n            role\n            status\n            content\n            createdAt\n          }\n        }\n      }\n    }\n  }\n": types.CliMessagesDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription AskQuestion($input: AskQueryInput!) {\n    askQuery(input: $input) {\n      __typename\n      ... on AskStarted {\n        runId\n        seq\n        conversationId\n      }\n      ... on AskProgress {\n        seq\n        stage\n        message\n        percent\n        attempt\n      }\n      ... on AnswerDelta {\n        seq\n        text\n      }\n      ... on AskCompleted {\n        seq\n        answer\n        sql\n        chart\n        suggestions\n        result {\n          columns {\n            name\n            type\n          }\n          rows\n          truncated\n          rowCount\n        }\n        conversation {\n          id\n          title\n          messageCount\n        }\n      }\n      ... on AskFailed {\n        seq\n        code\n        message\n        retryable\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription AskQuestion($input: AskQueryInput!) {\n    askQuery(input: $input) {\n      __typename\n      ... on AskStarted {\n        runId\n        seq\n        conversationId\n      }\n      ... on AskProgress {\n        seq\n        stage\n        message\n        percent\n        attempt\n      }\n      ... on AnswerDelta {\n        seq\n        text\n      }\n      ... on AskCompleted {\n        seq\n        answer\n        sql\n        chart\n        suggestions\n        result {\n          columns {\n            name\n            type\n          }\n          rows\n          truncated\n          rowCount\n        }\n        conversation {\n          id\n          title\n          messageCount\n        }\n      }\n      ... on AskFailed {\n        seq\n        code\n        message\n        retryable\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConversationList($first: Int!, $after: String) {\n    conversations(first: $first, after: $after) {\n      edges {\n        node {\n          id\n          title\n          preview\n          messageCount\n          updatedAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConversationList($first: Int!, $after: String) {\n    conversations(first: $first, after: $after) {\n      edges {\n        node {\n          id\n          title\n          preview\n          messageCount\n          updatedAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConversationMessages($id: ID!) {\n    conversation(id: $id) {\n      id\n      title\n      messages(last: 50) {\n        edges {\n          node {\n            id\n            role\n            status\n            content\n            createdAt\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConversationMessages($id: ID!) {\n    conversation(id: $id) {\n      id\n      title\n      messages(last: 50) {\n        edges {\n          node {\n            id\n            role\n            status\n            content\n            createdAt\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CliViewer {\n    viewer\n  }\n"): (typeof documents)["\n  query CliViewer {\n    viewer\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription CliAsk($input: AskQueryInput!) {\n    askQuery(input: $input) {\n      __typename\n      ... on AskStarted {\n        runId\n        seq\n        conversationId\n      }\n      ... on AskProgress {\n        runId\n        seq\n        stage\n        message\n        percent\n        attempt\n      }\n      ... on AnswerDelta {\n        runId\n        seq\n        text\n      }\n      ... on AskCompleted {\n        runId\n        seq\n        answer\n        sql\n        chart\n        suggestions\n        result {\n          columns {\n            name\n            type\n          }\n          rows\n          truncated\n          rowCount\n        }\n        # AskProgress.message is a String: the saved Message needs an alias to share the selection.\n        savedMessage: message {\n          id\n        }\n        conversation {\n          id\n          title\n        }\n      }\n      ... on AskFailed {\n        runId\n        seq\n        code\n        message\n        retryable\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription CliAsk($input: AskQueryInput!) {\n    askQuery(input: $input) {\n      __typename\n      ... on AskStarted {\n        runId\n        seq\n        conversationId\n      }\n      ... on AskProgress {\n        runId\n        seq\n        stage\n        message\n        percent\n        attempt\n      }\n      ... on AnswerDelta {\n        runId\n        seq\n        text\n      }\n      ... on AskCompleted {\n        runId\n        seq\n        answer\n        sql\n        chart\n        suggestions\n        result {\n          columns {\n            name\n            type\n          }\n          rows\n          truncated\n          rowCount\n        }\n        # AskProgress.message is a String: the saved Message needs an alias to share the selection.\n        savedMessage: message {\n          id\n        }\n        conversation {\n          id\n          title\n        }\n      }\n      ... on AskFailed {\n        runId\n        seq\n        code\n        message\n        retryable\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CliConversations($first: Int!) {\n    conversations(first: $first) {\n      edges {\n        node {\n          id\n          title\n          preview\n          messageCount\n          updatedAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query CliConversations($first: Int!) {\n    conversations(first: $first) {\n      edges {\n        node {\n          id\n          title\n          preview\n          messageCount\n          updatedAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CliMessages($id: ID!, $last: Int!) {\n    conversation(id: $id) {\n      id\n      title\n      messageCount\n      messages(last: $last) {\n        edges {\n          node {\n            id\n            role\n            status\n            content\n            createdAt\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CliMessages($id: ID!, $last: Int!) {\n    conversation(id: $id) {\n      id\n      title\n      messageCount\n      messages(last: $last) {\n        edges {\n          node {\n            id\n            role\n            status\n            content\n            createdAt\n          }\n        }\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;