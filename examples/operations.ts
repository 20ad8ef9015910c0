import { graphql } from '../src/gql/index.js';

/**
 * Names an operation by its hash (`extensions.persistedQuery`), as a production askql requires: it runs only
 * the operations in the manifest `npm run codegen` writes (src/gql/persisted-documents.json).
 */
export { persistedQuery } from '../src/persisted-operation.js';

/**
 * The operations every example uses, typed by `npm run codegen` (the web app has its own, in web/src/operations.ts).
 * Copy this file with the client you pick; the generated `src/gql` goes with it.
 */

/** Ask a question and receive the run as it happens: started, progress, answer pieces, then completed or failed. */
export const ASK_QUESTION = graphql(`
  subscription AskQuestion($input: AskQueryInput!) {
    askQuery(input: $input) {
      __typename
      ... on AskStarted {
        runId
        seq
        conversationId
      }
      ... on AskProgress {
        seq
        stage
        message
        percent
        attempt
      }
      ... on AnswerDelta {
        seq
        text
      }
      ... on AskCompleted {
        seq
        answer
        sql
        chart
        suggestions
        result {
          columns {
            name
            type
          }
          rows
          truncated
          rowCount
        }
        conversation {
          id
          title
          messageCount
        }
      }
      ... on AskFailed {
        seq
        code
        message
        retryable
        retryAfterSeconds
      }
    }
  }
`);

/** The conversation list: preview, message count and last update, most recently updated first. */
export const CONVERSATION_LIST = graphql(`
  query ConversationList($first: Int!, $after: String) {
    conversations(first: $first, after: $after) {
      edges {
        node {
          id
          title
          preview
          messageCount
          updatedAt
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

/** One conversation with its latest messages, oldest first. */
export const CONVERSATION_MESSAGES = graphql(`
  query ConversationMessages($id: ID!) {
    conversation(id: $id) {
      id
      title
      messages(last: 50) {
        edges {
          node {
            id
            role
            status
            content
            createdAt
          }
        }
      }
    }
  }
`);
