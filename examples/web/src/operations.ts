import { graphql } from '../../../src/gql/index.js';

/**
 * The chat page's operations, as `npm run codegen` reads them. Live and rejoined runs select the same event
 * fragment, so one handler draws both; a finished answer and a saved message share the message fragment,
 * so a reopened conversation looks exactly like the one just answered.
 *
 * The page does not import this file: it imports the generated constants (`documents.ts`). The generated
 * `graphql()` function carries every operation of the repository (the CLI's, the tests'), the constants
 * only the page's own, which keeps about 40 kB out of the bundle.
 */

/** Everything the page draws of a saved message: text, table, chart, suggestions and the user's rating. */
export const MESSAGE_FIELDS = graphql(`
  fragment WebMessage on Message {
    id
    role
    status
    content
    createdAt
    suggestions
    chart
    rating {
      value
    }
    interpretation {
      sentence
      notes
    }
    outcome {
      __typename
      ... on Clarification {
        options {
          label
          question
        }
      }
    }
    result {
      columns {
        name
        type
        label
        format
        currency
        grain
        role
        valueLabels {
          value
          label
        }
      }
      columnOrder
      rows
      rowCount
      truncated
    }
  }
`);

export const RUN_EVENT_FIELDS = graphql(`
  fragment WebRunEvent on AskEvent {
    __typename
    runId
    seq
    ... on AskStarted {
      conversationId
    }
    ... on AskProgress {
      stage
      message
      percent
      attempt
    }
    ... on AnswerDelta {
      text
    }
    ... on AskCompleted {
      # AskProgress.message is a String: the saved Message needs an alias to share the selection.
      savedMessage: message {
        ...WebMessage
      }
      conversation {
        id
        title
      }
    }
    ... on AskFailed {
      code
      message
      retryable
      retryAfterSeconds
    }
  }
`);

export const WEB_ASK = graphql(`
  subscription WebAsk($input: AskQueryInput!) {
    askQuery(input: $input) {
      ...WebRunEvent
    }
  }
`);

/** A run this page lost (a dropped connection, a reload): the events after the last one it saw, then the rest live. */
export const WEB_REJOIN = graphql(`
  subscription WebRejoin($runId: ID!, $afterSeq: Int!) {
    askRun(runId: $runId, afterSeq: $afterSeq) {
      ...WebRunEvent
    }
  }
`);

export const WEB_CONVERSATION = graphql(`
  query WebConversation($id: ID!) {
    conversation(id: $id) {
      id
      title
      messageCount
      # The run answering its latest question, when one is going: the page rejoins it after a reload.
      activeRun {
        runId
      }
      messages(last: 50) {
        edges {
          node {
            ...WebMessage
          }
        }
        pageInfo {
          hasPreviousPage
        }
      }
    }
  }
`);

export const WEB_CANCEL = graphql(`
  mutation WebCancel($runId: ID!) {
    cancelAsk(input: { runId: $runId }) {
      cancelled
      userErrors {
        message
        code
      }
    }
  }
`);

export const WEB_RATE = graphql(`
  mutation WebRate($messageId: ID!, $rating: RatingValue!) {
    rateAnswer(input: { messageId: $messageId, rating: $rating }) {
      message {
        id
        rating {
          value
        }
      }
      userErrors {
        message
        code
      }
    }
  }
`);

export const WEB_RENAME = graphql(`
  mutation WebRename($id: ID!, $title: String!) {
    renameConversation(input: { conversationId: $id, title: $title }) {
      conversation {
        id
        title
      }
      userErrors {
        message
        code
      }
    }
  }
`);

export const WEB_DELETE = graphql(`
  mutation WebDelete($id: ID!) {
    deleteConversation(input: { conversationId: $id }) {
      deletedConversationId
      userErrors {
        message
        code
      }
    }
  }
`);
