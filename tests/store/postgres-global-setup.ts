import type { TestProject } from 'vitest/node';
import { startCluster } from './throwaway-cluster.js';

// The Postgres half of the store suite needs a real Postgres. TEST_DATABASE_URL names one
// (CI sets it); otherwise, where Debian's postgresql is installed and we may run
// pg_createcluster, the suite starts a throwaway cluster and drops it at the end. Neither:
// every Postgres test fails with `postgresProblem`, saying how to get one. Never a skip.

declare module 'vitest' {
  export interface ProvidedContext {
    postgresUrl: string;
    postgresProblem: string;
  }
}

export const HOW_TO_GET_POSTGRES =
  'Set TEST_DATABASE_URL=postgres://user:password@host:port/database (a database the tests may ' +
  "create schemas in), or install Debian's Postgres (apt-get install -y postgresql) and run " +
  'npm test as root so the suite can start a throwaway cluster with pg_createcluster.';

export default async function setup(project: TestProject): Promise<(() => void) | undefined> {
  const given = process.env.TEST_DATABASE_URL?.trim();
  if (given) {
    project.provide('postgresUrl', given);
    project.provide('postgresProblem', '');
    return undefined;
  }
  try {
    const cluster = await startCluster();
    project.provide('postgresUrl', cluster.url);
    project.provide('postgresProblem', '');
    return () => cluster.drop();
  } catch (error) {
    const reason = error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);
    project.provide('postgresUrl', '');
    project.provide(
      'postgresProblem',
      `No Postgres for the store tests (could not start a throwaway cluster: ${reason}). ${HOW_TO_GET_POSTGRES}`,
    );
    return undefined;
  }
}
