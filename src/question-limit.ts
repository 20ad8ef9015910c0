/**
 * The longest question askql takes, in characters (JavaScript string length, after trimming). One number for
 * every side: the API refuses a longer question (`AskQueryInput.question`, BAD_USER_INPUT), the web app and
 * the CLI say so before sending one, and the offline analyst's parser takes the same bound (`MAX_QUESTION_LENGTH`
 * in src/analyst/offline/parser.ts is this constant).
 * No imports: the web app bundles this file.
 */
export const QUESTION_MAX_LENGTH = 1000;
