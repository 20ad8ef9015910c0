import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const root = new URL('../../../', import.meta.url).pathname;

async function exitOf(command: string, args: string[]): Promise<{ code: number; output: string }> {
  try {
    const { stdout, stderr } = await run(command, args, { cwd: root, env: { ...process.env, FORCE_COLOR: '0' } });
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    return { code: failed.code ?? 1, output: `${failed.stdout ?? ''}${failed.stderr ?? ''}` };
  }
}

describe('typed client operations (codegen.ts)', () => {
  it('are up to date with schema.graphql and the operations in the clients and the tests (run `npm run codegen`)', async () => {
    const { code, output } = await exitOf('npx', ['graphql-codegen', '--config', 'codegen.ts', '--check']);
    expect(output, output).not.toMatch(/error/i);
    expect(code, output).toBe(0);
  });

  it('compile: the CLI, the examples and the web app type-check against the generated documents', async () => {
    const { code, output } = await exitOf('npx', ['tsc', '--noEmit', '-p', 'examples/tsconfig.json']);
    expect(output).toBe('');
    expect(code).toBe(0);
  }, 120_000);
});
