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
    "\n  query SavedConversation($id: ID!) {\n    conversation(id: $id) {\n      messageCount\n      preview\n      updatedAt\n      messages {\n        edges {\n          node {\n            role\n            content\n            status\n          }\n        }\n      }\n    }\n  }\n": typeof types.SavedConversationDocument,
    "\n  query ConversationMessageCounts {\n    conversations(first: 10) {\n      edges {\n        node {\n          id\n          messageCount\n        }\n      }\n    }\n  }\n": typeof types.ConversationMessageCountsDocument,
    "\n  query ConversationMessageStatuses($id: ID!) {\n    conversation(id: $id) {\n      messageCount\n      messages {\n        edges {\n          node {\n            role\n            status\n            content\n          }\n        }\n      }\n    }\n  }\n": typeof types.ConversationMessageStatusesDocument,
    "\n  query ConversationActiveRun($id: ID!) {\n    conversation(id: $id) {\n      activeRun {\n        id\n        runId\n        status\n        lastSeq\n        conversation {\n          id\n        }\n      }\n    }\n  }\n": typeof types.ConversationActiveRunDocument,
    "\n  query RunNode($id: ID!) {\n    node(id: $id) {\n      ... on Run {\n        runId\n        status\n      }\n    }\n  }\n": typeof types.RunNodeDocument,
    "\n  mutation CancelAsk($runId: ID!) {\n    cancelAsk(input: { runId: $runId }) {\n      cancelled\n      run {\n        runId\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.CancelAskDocument,
    "\n  mutation RenameConversationMidRun($id: ID!) {\n    renameConversation(input: { conversationId: $id, title: \"Instagram review\" }) {\n      conversation {\n        title\n      }\n    }\n  }\n": typeof types.RenameConversationMidRunDocument,
    "\n  query ConversationTitleAndCount($id: ID!) {\n    conversation(id: $id) {\n      title\n      messageCount\n      updatedAt\n    }\n  }\n": typeof types.ConversationTitleAndCountDocument,
    "\n  mutation RateAnswer($id: ID!, $rating: RatingValue!, $comment: String) {\n    rateAnswer(input: { messageId: $id, rating: $rating, comment: $comment }) {\n      message {\n        id\n        rating {\n          value\n          comment\n        }\n      }\n      userErrors {\n        field\n        code\n      }\n    }\n  }\n": typeof types.RateAnswerDocument,
    "\n  query MessageRating($id: ID!) {\n    node(id: $id) {\n      ... on Message {\n        rating {\n          value\n        }\n      }\n    }\n  }\n": typeof types.MessageRatingDocument,
    "\n  fragment InterpretationFields on Interpretation {\n    sentence\n    metrics {\n      name\n      label\n      definition\n    }\n    filters {\n      dimension\n      label\n      operator\n      values\n      valueLabels\n      text\n    }\n    dimensions {\n      name\n      label\n    }\n    period {\n      from\n      through\n      text\n    }\n    comparedWith {\n      from\n      through\n      text\n    }\n    grain\n    sort {\n      by\n      label\n      descending\n    }\n    limit\n    dataThrough\n    notes\n  }\n": typeof types.InterpretationFieldsFragmentDoc,
    "\n  fragment OutcomeFields on AskOutcome {\n    __typename\n    ... on Answered {\n      interpretation {\n        sentence\n      }\n    }\n    ... on Clarification {\n      word\n      options {\n        label\n        question\n      }\n    }\n    ... on Declined {\n      word\n    }\n  }\n": typeof types.OutcomeFieldsFragmentDoc,
    "\n  subscription AskForOutcome($input: AskQueryInput!) {\n    askQuery(input: $input) {\n      __typename\n      ... on AskCompleted {\n        answer\n        sql\n        suggestions\n        outcome {\n          ...OutcomeFields\n        }\n        interpretation {\n          ...InterpretationFields\n        }\n        saved: message {\n          id\n          outcome {\n            ...OutcomeFields\n          }\n          interpretation {\n            ...InterpretationFields\n          }\n        }\n        conversation {\n          id\n        }\n      }\n      ... on AskFailed {\n        code\n        message\n      }\n    }\n  }\n": typeof types.AskForOutcomeDocument,
    "\n  query SavedOutcome($id: ID!) {\n    node(id: $id) {\n      ... on Message {\n        outcome {\n          __typename\n        }\n        interpretation {\n          ...InterpretationFields\n        }\n      }\n    }\n  }\n": typeof types.SavedOutcomeDocument,
    "\n  fragment ResultColumns on QueryResult {\n    columns {\n      name\n      type\n      label\n      format\n      currency\n      grain\n      role\n      valueLabels {\n        value\n        label\n      }\n    }\n    columnOrder\n    rows\n  }\n": typeof types.ResultColumnsFragmentDoc,
    "\n  subscription AskForResultColumns($input: AskQueryInput!) {\n    askQuery(input: $input) {\n      __typename\n      ... on AskCompleted {\n        result {\n          ...ResultColumns\n        }\n        conversation {\n          id\n        }\n      }\n      ... on AskFailed {\n        code\n        message\n      }\n    }\n  }\n": typeof types.AskForResultColumnsDocument,
    "\n  query SavedResultColumns($id: ID!) {\n    conversation(id: $id) {\n      messages(last: 5) {\n        edges {\n          node {\n            role\n            result {\n              ...ResultColumns\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.SavedResultColumnsDocument,
    "\n  query ConversationsWithLatestMessages {\n    conversations(first: 20) {\n      edges {\n        node {\n          id\n          title\n          messages(last: 10) {\n            edges {\n              node {\n                id\n                content\n                conversation {\n                  id\n                  title\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.ConversationsWithLatestMessagesDocument,
    "\n  query LastMessageIds {\n    conversations(first: 20) {\n      edges {\n        node {\n          messages(last: 1) {\n            edges {\n              node {\n                id\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.LastMessageIdsDocument,
    "\n  query MessagesWithConversations($ids: [ID!]!) {\n    nodes(ids: $ids) {\n      ... on Message {\n        content\n        conversation {\n          id\n          title\n          messageCount\n        }\n      }\n    }\n  }\n": typeof types.MessagesWithConversationsDocument,
    "\n  query ConversationPage($first: Int, $after: String) {\n    conversations(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          title\n          preview\n          messageCount\n        }\n      }\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n    }\n  }\n": typeof types.ConversationPageDocument,
    "\n  query ConversationById($id: ID!) {\n    conversation(id: $id) {\n      id\n      title\n      messageCount\n    }\n  }\n": typeof types.ConversationByIdDocument,
    "\n  query ConversationNode($id: ID!) {\n    node(id: $id) {\n      id\n      ... on Conversation {\n        messageCount\n      }\n    }\n  }\n": typeof types.ConversationNodeDocument,
    "\n  query MessageNode($id: ID!) {\n    node(id: $id) {\n      ... on Message {\n        content\n      }\n    }\n  }\n": typeof types.MessageNodeDocument,
    "\n  query NodeId($id: ID!) {\n    node(id: $id) {\n      id\n    }\n  }\n": typeof types.NodeIdDocument,
    "\n    query ConversationMessages($id: ID!, $first: Int, $after: String, $last: Int, $before: String) {\n      conversation(id: $id) {\n        messages(first: $first, after: $after, last: $last, before: $before) {\n          edges {\n            cursor\n            node {\n              id\n              content\n              role\n              status\n              conversation {\n                id\n              }\n            }\n          }\n          pageInfo {\n            hasNextPage\n            hasPreviousPage\n            startCursor\n            endCursor\n          }\n        }\n      }\n    }\n  ": typeof types.ConversationMessagesDocument,
    "\n    mutation RenameConversation($id: ID!, $title: String!) {\n      renameConversation(input: { conversationId: $id, title: $title }) {\n        conversation {\n          id\n          title\n        }\n        userErrors {\n          field\n          message\n          code\n        }\n      }\n    }\n  ": typeof types.RenameConversationDocument,
    "\n    mutation DeleteConversation($id: ID!) {\n      deleteConversation(input: { conversationId: $id }) {\n        deletedConversationId\n        userErrors {\n          field\n          message\n          code\n        }\n      }\n    }\n  ": typeof types.DeleteConversationDocument,
};
const documents: Documents = {
    "\n  query SavedConversation($id: ID!) {\n    conversation(id: $id) {\n      messageCount\n      preview\n      updatedAt\n      messages {\n        edges {\n          node {\n            role\n            content\n            status\n          }\n        }\n      }\n    }\n  }\n": types.SavedConversationDocument,
    "\n  query ConversationMessageCounts {\n    conversations(first: 10) {\n      edges {\n        node {\n          id\n          messageCount\n        }\n      }\n    }\n  }\n": types.ConversationMessageCountsDocument,
    "\n  query ConversationMessageStatuses($id: ID!) {\n    conversation(id: $id) {\n      messageCount\n      messages {\n        edges {\n          node {\n            role\n            status\n            content\n          }\n        }\n      }\n    }\n  }\n": types.ConversationMessageStatusesDocument,
    "\n  query ConversationActiveRun($id: ID!) {\n    conversation(id: $id) {\n      activeRun {\n        id\n        runId\n        status\n        lastSeq\n        conversation {\n          id\n        }\n      }\n    }\n  }\n": types.ConversationActiveRunDocument,
    "\n  query RunNode($id: ID!) {\n    node(id: $id) {\n      ... on Run {\n        runId\n        status\n      }\n    }\n  }\n": types.RunNodeDocument,
    "\n  mutation CancelAsk($runId: ID!) {\n    cancelAsk(input: { runId: $runId }) {\n      cancelled\n      run {\n        runId\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": types.CancelAskDocument,
    "\n  mutation RenameConversationMidRun($id: ID!) {\n    renameConversation(input: { conversationId: $id, title: \"Instagram review\" }) {\n      conversation {\n        title\n      }\n    }\n  }\n": types.RenameConversationMidRunDocument,
    "\n  query ConversationTitleAndCount($id: ID!) {\n    conversation(id: $id) {\n      title\n      messageCount\n      updatedAt\n    }\n  }\n": types.ConversationTitleAndCountDocument,
    "\n  mutation RateAnswer($id: ID!, $rating: RatingValue!, $comment: String) {\n    rateAnswer(input: { messageId: $id, rating: $rating, comment: $comment }) {\n      message {\n        id\n        rating {\n          value\n          comment\n        }\n      }\n      userErrors {\n        field\n        code\n      }\n    }\n  }\n": types.RateAnswerDocument,
    "\n  query MessageRating($id: ID!) {\n    node(id: $id) {\n      ... on Message {\n        rating {\n          value\n        }\n      }\n    }\n  }\n": types.MessageRatingDocument,
    "\n  fragment InterpretationFields on Interpretation {\n    sentence\n    metrics {\n      name\n      label\n      definition\n    }\n    filters {\n      dimension\n      label\n      operator\n      values\n      valueLabels\n      text\n    }\n    dimensions {\n      name\n      label\n    }\n    period {\n      from\n      through\n      text\n    }\n    comparedWith {\n      from\n      through\n      text\n    }\n    grain\n    sort {\n      by\n      label\n      descending\n    }\n    limit\n    dataThrough\n    notes\n  }\n": types.InterpretationFieldsFragmentDoc,
    "\n  fragment OutcomeFields on AskOutcome {\n    __typename\n    ... on Answered {\n      interpretation {\n        sentence\n      }\n    }\n    ... on Clarification {\n      word\n      options {\n        label\n        question\n      }\n    }\n    ... on Declined {\n      word\n    }\n  }\n": types.OutcomeFieldsFragmentDoc,
    "\n  subscription AskForOutcome($input: AskQueryInput!) {\n    askQuery(input: $input) {\n      __typename\n      ... on AskCompleted {\n        answer\n        sql\n        suggestions\n        outcome {\n          ...OutcomeFields\n        }\n        interpretation {\n          ...InterpretationFields\n        }\n        saved: message {\n          id\n          outcome {\n            ...OutcomeFields\n          }\n          interpretation {\n            ...InterpretationFields\n          }\n        }\n        conversation {\n          id\n        }\n      }\n      ... on AskFailed {\n        code\n        message\n      }\n    }\n  }\n": types.AskForOutcomeDocument,
    "\n  query SavedOutcome($id: ID!) {\n    node(id: $id) {\n      ... on Message {\n        outcome {\n          __typename\n        }\n        interpretation {\n          ...InterpretationFields\n        }\n      }\n    }\n  }\n": types.SavedOutcomeDocument,
    "\n  fragment ResultColumns on QueryResult {\n    columns {\n      name\n      type\n      label\n      format\n      currency\n      grain\n      role\n      valueLabels {\n        value\n        label\n      }\n    }\n    columnOrder\n    rows\n  }\n": types.ResultColumnsFragmentDoc,
    "\n  subscription AskForResultColumns($input: AskQueryInput!) {\n    askQuery(input: $input) {\n      __typename\n      ... on AskCompleted {\n        result {\n          ...ResultColumns\n        }\n        conversation {\n          id\n        }\n      }\n      ... on AskFailed {\n        code\n        message\n      }\n    }\n  }\n": types.AskForResultColumnsDocument,
    "\n  query SavedResultColumns($id: ID!) {\n    conversation(id: $id) {\n      messages(last: 5) {\n        edges {\n          node {\n            role\n            result {\n              ...ResultColumns\n            }\n          }\n        }\n      }\n    }\n  }\n": types.SavedResultColumnsDocument,
    "\n  query ConversationsWithLatestMessages {\n    conversations(first: 20) {\n      edges {\n        node {\n          id\n          title\n          messages(last: 10) {\n            edges {\n              node {\n                id\n                content\n                conversation {\n                  id\n                  title\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": types.ConversationsWithLatestMessagesDocument,
    "\n  query LastMessageIds {\n    conversations(first: 20) {\n      edges {\n        node {\n          messages(last: 1) {\n            edges {\n              node {\n                id\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": types.LastMessageIdsDocument,
    "\n  query MessagesWithConversations($ids: [ID!]!) {\n    nodes(ids: $ids) {\n      ... on Message {\n        content\n        conversation {\n          id\n          title\n          messageCount\n        }\n      }\n    }\n  }\n": types.MessagesWithConversationsDocument,
    "\n  query ConversationPage($first: Int, $after: String) {\n    conversations(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          title\n          preview\n          messageCount\n        }\n      }\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n    }\n  }\n": types.ConversationPageDocument,
    "\n  query ConversationById($id: ID!) {\n    conversation(id: $id) {\n      id\n      title\n      messageCount\n    }\n  }\n": types.ConversationByIdDocument,
    "\n  query ConversationNode($id: ID!) {\n    node(id: $id) {\n      id\n      ... on Conversation {\n        messageCount\n      }\n    }\n  }\n": types.ConversationNodeDocument,
    "\n  query MessageNode($id: ID!) {\n    node(id: $id) {\n      ... on Message {\n        content\n      }\n    }\n  }\n": types.MessageNodeDocument,
    "\n  query NodeId($id: ID!) {\n    node(id: $id) {\n      id\n    }\n  }\n": types.NodeIdDocument,
    "\n    query ConversationMessages($id: ID!, $first: Int, $after: String, $last: Int, $before: String) {\n      conversation(id: $id) {\n        messages(first: $first, after: $after, last: $last, before: $before) {\n          edges {\n            cursor\n            node {\n              id\n              content\n              role\n              status\n              conversation {\n                id\n              }\n            }\n          }\n          pageInfo {\n            hasNextPage\n            hasPreviousPage\n            startCursor\n            endCursor\n          }\n        }\n      }\n    }\n  ": types.ConversationMessagesDocument,
    "\n    mutation RenameConversation($id: ID!, $title: String!) {\n      renameConversation(input: { conversationId: $id, title: $title }) {\n        conversation {\n          id\n          title\n        }\n        userErrors {\n          field\n          message\n          code\n        }\n      }\n    }\n  ": types.RenameConversationDocument,
    "\n    mutation DeleteConversation($id: ID!) {\n      deleteConversation(input: { conversationId: $id }) {\n        deletedConversationId\n        userErrors {\n          field\n          message\n          code\n        }\n      }\n    }\n  ": types.DeleteConversationDocument,
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
export function graphql(source: "\n  query SavedConversation($id: ID!) {\n    conversation(id: $id) {\n      messageCount\n      preview\n      updatedAt\n      messages {\n        edges {\n          node {\n            role\n            content\n            status\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SavedConversation($id: ID!) {\n    conversation(id: $id) {\n      messageCount\n      preview\n      updatedAt\n      messages {\n        edges {\n          node {\n            role\n            content\n            status\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConversationMessageCounts {\n    conversations(first: 10) {\n      edges {\n        node {\n          id\n          messageCount\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConversationMessageCounts {\n    conversations(first: 10) {\n      edges {\n        node {\n          id\n          messageCount\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConversationMessageStatuses($id: ID!) {\n    conversation(id: $id) {\n      messageCount\n      messages {\n        edges {\n          node {\n            role\n            status\n            content\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConversationMessageStatuses($id: ID!) {\n    conversation(id: $id) {\n      messageCount\n      messages {\n        edges {\n          node {\n            role\n            status\n            content\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConversationActiveRun($id: ID!) {\n    conversation(id: $id) {\n      activeRun {\n        id\n        runId\n        status\n        lastSeq\n        conversation {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConversationActiveRun($id: ID!) {\n    conversation(id: $id) {\n      activeRun {\n        id\n        runId\n        status\n        lastSeq\n        conversation {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RunNode($id: ID!) {\n    node(id: $id) {\n      ... on Run {\n        runId\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  query RunNode($id: ID!) {\n    node(id: $id) {\n      ... on Run {\n        runId\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelAsk($runId: ID!) {\n    cancelAsk(input: { runId: $runId }) {\n      cancelled\n      run {\n        runId\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CancelAsk($runId: ID!) {\n    cancelAsk(input: { runId: $runId }) {\n      cancelled\n      run {\n        runId\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RenameConversationMidRun($id: ID!) {\n    renameConversation(input: { conversationId: $id, title: \"Instagram review\" }) {\n      conversation {\n        title\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RenameConversationMidRun($id: ID!) {\n    renameConversation(input: { conversationId: $id, title: \"Instagram review\" }) {\n      conversation {\n        title\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConversationTitleAndCount($id: ID!) {\n    conversation(id: $id) {\n      title\n      messageCount\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  query ConversationTitleAndCount($id: ID!) {\n    conversation(id: $id) {\n      title\n      messageCount\n      updatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RateAnswer($id: ID!, $rating: RatingValue!, $comment: String) {\n    rateAnswer(input: { messageId: $id, rating: $rating, comment: $comment }) {\n      message {\n        id\n        rating {\n          value\n          comment\n        }\n      }\n      userErrors {\n        field\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RateAnswer($id: ID!, $rating: RatingValue!, $comment: String) {\n    rateAnswer(input: { messageId: $id, rating: $rating, comment: $comment }) {\n      message {\n        id\n        rating {\n          value\n          comment\n        }\n      }\n      userErrors {\n        field\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MessageRating($id: ID!) {\n    node(id: $id) {\n      ... on Message {\n        rating {\n          value\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MessageRating($id: ID!) {\n    node(id: $id) {\n      ... on Message {\n        rating {\n          value\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment InterpretationFields on Interpretation {\n    sentence\n    metrics {\n      name\n      label\n      definition\n    }\n    filters {\n      dimension\n      label\n      operator\n      values\n      valueLabels\n      text\n    }\n    dimensions {\n      name\n      label\n    }\n    period {\n      from\n      through\n      text\n    }\n    comparedWith {\n      from\n      through\n      text\n    }\n    grain\n    sort {\n      by\n      label\n      descending\n    }\n    limit\n    dataThrough\n    notes\n  }\n"): (typeof documents)["\n  fragment InterpretationFields on Interpretation {\n    sentence\n    metrics {\n      name\n      label\n      definition\n    }\n    filters {\n      dimension\n      label\n      operator\n      values\n      valueLabels\n      text\n    }\n    dimensions {\n      name\n      label\n    }\n    period {\n      from\n      through\n      text\n    }\n    comparedWith {\n      from\n      through\n      text\n    }\n    grain\n    sort {\n      by\n      label\n      descending\n    }\n    limit\n    dataThrough\n    notes\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OutcomeFields on AskOutcome {\n    __typename\n    ... on Answered {\n      interpretation {\n        sentence\n      }\n    }\n    ... on Clarification {\n      word\n      options {\n        label\n        question\n      }\n    }\n    ... on Declined {\n      word\n    }\n  }\n"): (typeof documents)["\n  fragment OutcomeFields on AskOutcome {\n    __typename\n    ... on Answered {\n      interpretation {\n        sentence\n      }\n    }\n    ... on Clarification {\n      word\n      options {\n        label\n        question\n      }\n    }\n    ... on Declined {\n      word\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription AskForOutcome($input: AskQueryInput!) {\n    askQuery(input: $input) {\n      __typename\n      ... on AskCompleted {\n        answer\n        sql\n        suggestions\n        outcome {\n          ...OutcomeFields\n        }\n        interpretation {\n          ...InterpretationFields\n        }\n        saved: message {\n          id\n          outcome {\n            ...OutcomeFields\n          }\n          interpretation {\n            ...InterpretationFields\n          }\n        }\n        conversation {\n          id\n        }\n      }\n      ... on AskFailed {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription AskForOutcome($input: AskQueryInput!) {\n    askQuery(input: $input) {\n      __typename\n      ... on AskCompleted {\n        answer\n        sql\n        suggestions\n        outcome {\n          ...OutcomeFields\n        }\n        interpretation {\n          ...InterpretationFields\n        }\n        saved: message {\n          id\n          outcome {\n            ...OutcomeFields\n          }\n          interpretation {\n            ...InterpretationFields\n          }\n        }\n        conversation {\n          id\n        }\n      }\n      ... on AskFailed {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SavedOutcome($id: ID!) {\n    node(id: $id) {\n      ... on Message {\n        outcome {\n          __typename\n        }\n        interpretation {\n          ...InterpretationFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SavedOutcome($id: ID!) {\n    node(id: $id) {\n      ... on Message {\n        outcome {\n          __typename\n        }\n        interpretation {\n          ...InterpretationFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ResultColumns on QueryResult {\n    columns {\n      name\n      type\n      label\n      format\n      currency\n      grain\n      role\n      valueLabels {\n        value\n        label\n      }\n    }\n    columnOrder\n    rows\n  }\n"): (typeof documents)["\n  fragment ResultColumns on QueryResult {\n    columns {\n      name\n      type\n      label\n      format\n      currency\n      grain\n      role\n      valueLabels {\n        value\n        label\n      }\n    }\n    columnOrder\n    rows\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription AskForResultColumns($input: AskQueryInput!) {\n    askQuery(input: $input) {\n      __typename\n      ... on AskCompleted {\n        result {\n          ...ResultColumns\n        }\n        conversation {\n          id\n        }\n      }\n      ... on AskFailed {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription AskForResultColumns($input: AskQueryInput!) {\n    askQuery(input: $input) {\n      __typename\n      ... on AskCompleted {\n        result {\n          ...ResultColumns\n        }\n        conversation {\n          id\n        }\n      }\n      ... on AskFailed {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SavedResultColumns($id: ID!) {\n    conversation(id: $id) {\n      messages(last: 5) {\n        edges {\n          node {\n            role\n            result {\n              ...ResultColumns\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SavedResultColumns($id: ID!) {\n    conversation(id: $id) {\n      messages(last: 5) {\n        edges {\n          node {\n            role\n            result {\n              ...ResultColumns\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConversationsWithLatestMessages {\n    conversations(first: 20) {\n      edges {\n        node {\n          id\n          title\n          messages(last: 10) {\n            edges {\n              node {\n                id\n                content\n                conversation {\n                  id\n                  title\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConversationsWithLatestMessages {\n    conversations(first: 20) {\n      edges {\n        node {\n          id\n          title\n          messages(last: 10) {\n            edges {\n              node {\n                id\n                content\n                conversation {\n                  id\n                  title\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LastMessageIds {\n    conversations(first: 20) {\n      edges {\n        node {\n          messages(last: 1) {\n            edges {\n              node {\n                id\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query LastMessageIds {\n    conversations(first: 20) {\n      edges {\n        node {\n          messages(last: 1) {\n            edges {\n              node {\n                id\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MessagesWithConversations($ids: [ID!]!) {\n    nodes(ids: $ids) {\n      ... on Message {\n        content\n        conversation {\n          id\n          title\n          messageCount\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MessagesWithConversations($ids: [ID!]!) {\n    nodes(ids: $ids) {\n      ... on Message {\n        content\n        conversation {\n          id\n          title\n          messageCount\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConversationPage($first: Int, $after: String) {\n    conversations(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          title\n          preview\n          messageCount\n        }\n      }\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConversationPage($first: Int, $after: String) {\n    conversations(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          title\n          preview\n          messageCount\n        }\n      }\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConversationById($id: ID!) {\n    conversation(id: $id) {\n      id\n      title\n      messageCount\n    }\n  }\n"): (typeof documents)["\n  query ConversationById($id: ID!) {\n    conversation(id: $id) {\n      id\n      title\n      messageCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConversationNode($id: ID!) {\n    node(id: $id) {\n      id\n      ... on Conversation {\n        messageCount\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConversationNode($id: ID!) {\n    node(id: $id) {\n      id\n      ... on Conversation {\n        messageCount\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MessageNode($id: ID!) {\n    node(id: $id) {\n      ... on Message {\n        content\n      }\n    }\n  }\n"): (typeof documents)["\n  query MessageNode($id: ID!) {\n    node(id: $id) {\n      ... on Message {\n        content\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NodeId($id: ID!) {\n    node(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  query NodeId($id: ID!) {\n    node(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query ConversationMessages($id: ID!, $first: Int, $after: String, $last: Int, $before: String) {\n      conversation(id: $id) {\n        messages(first: $first, after: $after, last: $last, before: $before) {\n          edges {\n            cursor\n            node {\n              id\n              content\n              role\n              status\n              conversation {\n                id\n              }\n            }\n          }\n          pageInfo {\n            hasNextPage\n            hasPreviousPage\n            startCursor\n            endCursor\n          }\n        }\n      }\n    }\n  "): (typeof documents)["\n    query ConversationMessages($id: ID!, $first: Int, $after: String, $last: Int, $before: String) {\n      conversation(id: $id) {\n        messages(first: $first, after: $after, last: $last, before: $before) {\n          edges {\n            cursor\n            node {\n              id\n              content\n              role\n              status\n              conversation {\n                id\n              }\n            }\n          }\n          pageInfo {\n            hasNextPage\n            hasPreviousPage\n            startCursor\n            endCursor\n          }\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation RenameConversation($id: ID!, $title: String!) {\n      renameConversation(input: { conversationId: $id, title: $title }) {\n        conversation {\n          id\n          title\n        }\n        userErrors {\n          field\n          message\n          code\n        }\n      }\n    }\n  "): (typeof documents)["\n    mutation RenameConversation($id: ID!, $title: String!) {\n      renameConversation(input: { conversationId: $id, title: $title }) {\n        conversation {\n          id\n          title\n        }\n        userErrors {\n          field\n          message\n          code\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation DeleteConversation($id: ID!) {\n      deleteConversation(input: { conversationId: $id }) {\n        deletedConversationId\n        userErrors {\n          field\n          message\n          code\n        }\n      }\n    }\n  "): (typeof documents)["\n    mutation DeleteConversation($id: ID!) {\n      deleteConversation(input: { conversationId: $id }) {\n        deletedConversationId\n        userErrors {\n          field\n          message\n          code\n        }\n      }\n    }\n  "];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;