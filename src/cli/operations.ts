import { graphql } from '../gql/index.js';

/** Who the server thinks is asking: the CLI's cheapest reachability and auth check. */
export const VIEWER = graphql(`
  query CliViewer {
    viewer
  }
`);

/** `askql ask`: every event of a run, with everything the terminal shows. */
export const ASK = graphql(`
  subscription CliAsk($input: AskQueryInput!) {
    askQuery(input: $input) {
      __typename
      ... on AskStarted {
        runId
        seq
        conversationId
      }
      ... on AskProgress {
        runId
        seq
        stage
        message
        percent
        attempt
      }
      ... on AnswerDelta {
        runId
        seq
        text
      }
      ... on AskCompleted {
        runId
        seq
        answer
        sql
        chart
        suggestions
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
          truncated
          rowCount
        }
        # AskProgress.message is a String: the saved Message needs an alias to share the selection.
        savedMessage: message {
          id
        }
        conversation {
          id
          title
        }
        outcome {
          __typename
          ... on Clarification {
            word
            options {
              label
              question
            }
          }
          ... on Declined {
            word
          }
        }
        interpretation {
          sentence
          metrics {
            label
            definition
          }
          filters {
            text
          }
          dataThrough
          notes
        }
      }
      ... on AskFailed {
        runId
        seq
        code
        message
        retryable
        retryAfterSeconds
      }
    }
  }
`);

/** `askql conversations`: the latest conversations, most recently updated first. */
export const CONVERSATIONS = graphql(`
  query CliConversations($first: Int!) {
    conversations(first: $first) {
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
      }
    }
  }
`);

/** `askql messages <id>`: one conversation's latest messages, in chronological order. */
export const MESSAGES = graphql(`
  query CliMessages($id: ID!, $last: Int!) {
    conversation(id: $id) {
      id
      title
      messageCount
      messages(last: $last) {
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
