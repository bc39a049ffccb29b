import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { createServer } from 'node:net';

// A throwaway Postgres cluster from Debian's postgresql-common, as .ci/run makes one:
// pg_createcluster on a free local port, a role and a database for the tests, dropped after.

export interface Cluster {
  url: string;
  drop(): void;
}

const ROLE = 'assay_test';
const PASSWORD = 'assay_test';

export function newestPostgresVersion(): string | undefined {
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return undefined;
  const versions = readdirSync(root).filter((name) => /^\d+$/.test(name));
  return versions.sort((a, b) => Number(b) - Number(a))[0];
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** Runs a command; when it fails, the error says what the command printed on stderr. */
function run(command: string, args: string[]): string {
  try {
    return execFileSync(command, args, { stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' });
  } catch (error) {
    const stderr = String((error as { stderr?: unknown }).stderr ?? '').trim();
    throw new Error(`${command} failed${stderr ? `: ${stderr.split('\n')[0]}` : ''}`);
  }
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as { code?: string }).code === 'EPERM';
  }
};

/** Clusters left by a test run that was killed before its teardown: their process is gone. */
function dropStaleClusters(): void {
  for (const line of run('pg_lsclusters', ['--no-header']).split('\n')) {
    const [version, name] = line.trim().split(/\s+/);
    const pid = /^assay-test-(\d+)$/.exec(name ?? '')?.[1];
    if (version && name && pid && !alive(Number(pid))) {
      run('pg_dropcluster', ['--stop', version, name]);
    }
  }
}

export async function startCluster(): Promise<Cluster> {
  const version = newestPostgresVersion();
  if (version === undefined) throw new Error('no Postgres server in /usr/lib/postgresql');
  dropStaleClusters();
  const port = await freePort();
  const name = `assay-test-${process.pid}`;
  run('pg_createcluster', [version, name, '-p', String(port), '--start']);
  const drop = () => {
    try {
      run('pg_dropcluster', ['--stop', version, name]);
    } catch {
      // Already gone: nothing to clean.
    }
  };
  try {
    const sql = [
      `CREATE ROLE ${ROLE} LOGIN PASSWORD '${PASSWORD}'`,
      `CREATE DATABASE ${ROLE} OWNER ${ROLE}`,
    ];
    const psql = ['-u', 'postgres', '--', 'psql', '-p', String(port), '-v', 'ON_ERROR_STOP=1'];
    run('runuser', [...psql, ...sql.flatMap((statement) => ['-c', statement])]);
  } catch (error) {
    drop();
    throw error;
  }
  return { url: `postgres://${ROLE}:${PASSWORD}@127.0.0.1:${port}/${ROLE}`, drop };
}
