import { graphql } from '../gql/index.js';

/** Who the server thinks is asking: the CLI's cheapest reachability and auth check. */
export const VIEWER = graphql(`
  query CliViewer {
    viewer
  }
`);
