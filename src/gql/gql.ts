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
    "\n  fragment WebMessage on Message {\n    id\n    role\n    status\n    content\n    createdAt\n    suggestions\n    chart\n    rating {\n      value\n    }\n    result {\n      columns {\n        name\n        type\n      }\n      rows\n      rowCount\n      truncated\n    }\n  }\n": typeof types.WebMessageFragmentDoc,
    "\n  fragment WebRunEvent on AskEvent {\n    __typename\n    runId\n    seq\n    ... on AskStarted {\n      conversationId\n    }\n    ... on AskProgress {\n      stage\n      message\n      percent\n      attempt\n    }\n    ... on AnswerDelta {\n      text\n    }\n    ... on AskCompleted {\n      # AskProgress.message is a String: the saved Message needs an alias to share the selection.\n      savedMessage: message {\n        ...WebMessage\n      }\n      conversation {\n        id\n        title\n      }\n    }\n    ... on AskFailed {\n      code\n      message\n      retryable\n    }\n  }\n": typeof types.WebRunEventFragmentDoc,
    "\n  subscription WebAsk($input: AskQueryInput!) {\n    askQuery(input: $input) {\n      ...WebRunEvent\n    }\n  }\n": typeof types.WebAskDocument,
    "\n  subscription WebRejoin($runId: ID!, $afterSeq: Int!) {\n    askRun(runId: $runId, afterSeq: $afterSeq) {\n      ...WebRunEvent\n    }\n  }\n": typeof types.WebRejoinDocument,
    "\n  query WebConversation($id: ID!) {\n    conversation(id: $id) {\n      id\n      title\n      messageCount\n      messages(last: 50) {\n        edges {\n          node {\n            ...WebMessage\n          }\n        }\n        pageInfo {\n          hasPreviousPage\n        }\n      }\n    }\n  }\n": typeof types.WebConversationDocument,
    "\n  mutation WebCancel($runId: ID!) {\n    cancelAsk(runId: $runId)\n  }\n": typeof types.WebCancelDocument,
    "\n  mutation WebRate($messageId: ID!, $rating: RatingValue!) {\n    rateAnswer(messageId: $messageId, rating: $rating) {\n      id\n      rating {\n        value\n      }\n    }\n  }\n": typeof types.WebRateDocument,
    "\n  mutation WebRename($id: ID!, $title: String!) {\n    renameConversation(id: $id, title: $title) {\n      id\n      title\n    }\n  }\n": typeof types.WebRenameDocument,
    "\n  mutation WebDelete($id: ID!) {\n    deleteConversation(id: $id)\n  }\n": typeof types.WebDeleteDocument,
    "\n  query CliViewer {\n    viewer\n  }\n": typeof types.CliViewerDocument,
    "\n  subscription CliAsk($input: AskQueryInput!) {\n    askQuery(input: $input) {\n      __typename\n      ... on AskStarted {\n        runId\n        seq\n        conversationId\n      }\n      ... on AskProgress {\n        runId\n        seq\n        stage\n        message\n        percent\n        attempt\n      }\n      ... on AnswerDelta {\n        runId\n        seq\n        text\n      }\n      ... on AskCompleted {\n        runId\n        seq\n        answer\n        sql\n        chart\n        suggestions\n        result {\n          columns {\n            name\n            type\n          }\n          rows\n          truncated\n          rowCount\n        }\n        # AskProgress.message is a String: the saved Message needs an alias to share the selection.\n        savedMessage: message {\n          id\n        }\n        conversation {\n          id\n          title\n        }\n      }\n      ... on AskFailed {\n        runId\n        seq\n        code\n        message\n        retryable\n      }\n    }\n  }\n": typeof types.CliAskDocument,
    "\n  query CliConversations($first: Int!) {\n    conversations(first: $first) {\n      edges {\n        node {\n          id\n          title\n          preview\n          messageCount\n          updatedAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n  }\n": typeof types.CliConversationsDocument,
    "\n  query CliMessages($id: ID!, $last: Int!) {\n    conversation(id: $id) {\n      id\n      title\n      messageCount\n      messages(last: $last) {\n        edges {\n          node {\n            id\n            role\n            status\n            content\n            createdAt\n          }\n        }\n      }\n    }\n  }\n": typeof types.CliMessagesDocument,
};
const documents: Documents = {
    "\n  subscription AskQuestion($input: AskQueryInput!) {\n    askQuery(input: $input) {\n      __typename\n      ... on AskStarted {\n        runId\n        seq\n        conversationId\n      }\n      ... on AskProgress {\n        seq\n        stage\n        message\n        percent\n        attempt\n      }\n      ... on AnswerDelta {\n        seq\n        text\n      }\n      ... on AskCompleted {\n        seq\n        answer\n        sql\n        chart\n        suggestions\n        result {\n          columns {\n            name\n            type\n          }\n          rows\n          truncated\n          rowCount\n        }\n        conversation {\n          id\n          title\n          messageCount\n        }\n      }\n      ... on AskFailed {\n        seq\n        code\n        message\n        retryable\n      }\n    }\n  }\n": types.AskQuestionDocument,
    "\n  query ConversationList($first: Int!, $after: String) {\n    conversations(first: $first, after: $after) {\n      edges {\n        node {\n          id\n          title\n          preview\n          messageCount\n          updatedAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.ConversationListDocument,
    "\n  query ConversationMessages($id: ID!) {\n    conversation(id: $id) {\n      id\n      title\n      messages(last: 50) {\n        edges {\n          node {\n            id\n            role\n            status\n            content\n            createdAt\n          }\n        }\n      }\n    }\n  }\n": types.ConversationMessagesDocument,
    "\n  fragment WebMessage on Message {\n    id\n    role\n    status\n    content\n    createdAt\n    suggestions\n    chart\n    rating {\n      value\n    }\n    result {\n      columns {\n        name\n        type\n      }\n      rows\n      rowCount\n      truncated\n    }\n  }\n": types.WebMessageFragmentDoc,
    "\n  fragment WebRunEvent on AskEvent {\n    __typename\n    runId\n    seq\n    ... on AskStarted {\n      conversationId\n    }\n    ... on AskProgress {\n      stage\n      message\n      percent\n      attempt\n    }\n    ... on AnswerDelta {\n      text\n    }\n    ... on AskCompleted {\n      # AskProgress.message is a String: the saved Message needs an alias to share the selection.\n      savedMessage: message {\n        ...WebMessage\n      }\n      conversation {\n        id\n        title\n      }\n    }\n    ... on AskFailed {\n      code\n      message\n      retryable\n    }\n  }\n": types.WebRunEventFragmentDoc,
    "\n  subscription WebAsk($input: AskQueryInput!) {\n    askQuery(input: $input) {\n      ...WebRunEvent\n    }\n  }\n": types.WebAskDocument,
    "\n  subscription WebRejoin($runId: ID!, $afterSeq: Int!) {\n    askRun(runId: $runId, afterSeq: $afterSeq) {\n      ...WebRunEvent\n    }\n  }\n": types.WebRejoinDocument,
    "\n  query WebConversation($id: ID!) {\n    conversation(id: $id) {\n      id\n      title\n      messageCount\n      messages(last: 50) {\n        edges {\n          node {\n            ...WebMessage\n          }\n        }\n        pageInfo {\n          hasPreviousPage\n        }\n      }\n    }\n  }\n": types.WebConversationDocument,
    "\n  mutation WebCancel($runId: ID!) {\n    cancelAsk(runId: $runId)\n  }\n": types.WebCancelDocument,
    "\n  mutation WebRate($messageId: ID!, $rating: RatingValue!) {\n    rateAnswer(messageId: $messageId, rating: $rating) {\n      id\n      rating {\n        value\n      }\n    }\n  }\n": types.WebRateDocument,
    "\n  mutation WebRename($id: ID!, $title: String!) {\n    renameConversation(id: $id, title: $title) {\n      id\n      title\n    }\n  }\n": types.WebRenameDocument,
    "\n  mutation WebDelete($id: ID!) {\n    deleteConversation(id: $id)\n  }\n": types.WebDeleteDocument,
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
export function graphql(source: "\n  fragment WebMessage on Message {\n    id\n    role\n    status\n    content\n    createdAt\n    suggestions\n    chart\n    rating {\n      value\n    }\n    result {\n      columns {\n        name\n        type\n      }\n      rows\n      rowCount\n      truncated\n    }\n  }\n"): (typeof documents)["\n  fragment WebMessage on Message {\n    id\n    role\n    status\n    content\n    createdAt\n    suggestions\n    chart\n    rating {\n      value\n    }\n    result {\n      columns {\n        name\n        type\n      }\n      rows\n      rowCount\n      truncated\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment WebRunEvent on AskEvent {\n    __typename\n    runId\n    seq\n    ... on AskStarted {\n      conversationId\n    }\n    ... on AskProgress {\n      stage\n      message\n      percent\n      attempt\n    }\n    ... on AnswerDelta {\n      text\n    }\n    ... on AskCompleted {\n      # AskProgress.message is a String: the saved Message needs an alias to share the selection.\n      savedMessage: message {\n        ...WebMessage\n      }\n      conversation {\n        id\n        title\n      }\n    }\n    ... on AskFailed {\n      code\n      message\n      retryable\n    }\n  }\n"): (typeof documents)["\n  fragment WebRunEvent on AskEvent {\n    __typename\n    runId\n    seq\n    ... on AskStarted {\n      conversationId\n    }\n    ... on AskProgress {\n      stage\n      message\n      percent\n      attempt\n    }\n    ... on AnswerDelta {\n      text\n    }\n    ... on AskCompleted {\n      # AskProgress.message is a String: the saved Message needs an alias to share the selection.\n      savedMessage: message {\n        ...WebMessage\n      }\n      conversation {\n        id\n        title\n      }\n    }\n    ... on AskFailed {\n      code\n      message\n      retryable\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription WebAsk($input: AskQueryInput!) {\n    askQuery(input: $input) {\n      ...WebRunEvent\n    }\n  }\n"): (typeof documents)["\n  subscription WebAsk($input: AskQueryInput!) {\n    askQuery(input: $input) {\n      ...WebRunEvent\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription WebRejoin($runId: ID!, $afterSeq: Int!) {\n    askRun(runId: $runId, afterSeq: $afterSeq) {\n      ...WebRunEvent\n    }\n  }\n"): (typeof documents)["\n  subscription WebRejoin($runId: ID!, $afterSeq: Int!) {\n    askRun(runId: $runId, afterSeq: $afterSeq) {\n      ...WebRunEvent\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebConversation($id: ID!) {\n    conversation(id: $id) {\n      id\n      title\n      messageCount\n      messages(last: 50) {\n        edges {\n          node {\n            ...WebMessage\n          }\n        }\n        pageInfo {\n          hasPreviousPage\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query WebConversation($id: ID!) {\n    conversation(id: $id) {\n      id\n      title\n      messageCount\n      messages(last: 50) {\n        edges {\n          node {\n            ...WebMessage\n          }\n        }\n        pageInfo {\n          hasPreviousPage\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebCancel($runId: ID!) {\n    cancelAsk(runId: $runId)\n  }\n"): (typeof documents)["\n  mutation WebCancel($runId: ID!) {\n    cancelAsk(runId: $runId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebRate($messageId: ID!, $rating: RatingValue!) {\n    rateAnswer(messageId: $messageId, rating: $rating) {\n      id\n      rating {\n        value\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation WebRate($messageId: ID!, $rating: RatingValue!) {\n    rateAnswer(messageId: $messageId, rating: $rating) {\n      id\n      rating {\n        value\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebRename($id: ID!, $title: String!) {\n    renameConversation(id: $id, title: $title) {\n      id\n      title\n    }\n  }\n"): (typeof documents)["\n  mutation WebRename($id: ID!, $title: String!) {\n    renameConversation(id: $id, title: $title) {\n      id\n      title\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebDelete($id: ID!) {\n    deleteConversation(id: $id)\n  }\n"): (typeof documents)["\n  mutation WebDelete($id: ID!) {\n    deleteConversation(id: $id)\n  }\n"];
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