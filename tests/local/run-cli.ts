/**
 * Runs the console or the HTTP endpoint as a child process, the way a person does from a shell:
 * `tsx local/console.ts ...` with a script or utterances on stdin.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const TSX = fileURLToPath(new URL('../../node_modules/.bin/tsx', import.meta.url));

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** The child's environment: without the test runner's switch for the AWS SDK warning, so the CLI must quiet it itself. */
function childEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  delete env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED;
  delete env.SKILL_ID;
  return env;
}

export function startCli(file: 'local/console.ts' | 'local/serve.ts', args: readonly string[]): ChildProcessWithoutNullStreams {
  return spawn(TSX, [file, ...args], { cwd: ROOT, env: childEnv(), stdio: 'pipe' });
}

/**
 * The console at a real terminal: util-linux `script` gives it a pseudo-terminal, so stdin is a TTY and
 * Ctrl-C is a keypress, as for a person typing. Whatever is written to the child's stdin is typed.
 */
export function startConsoleInTerminal(args: readonly string[]): ChildProcessWithoutNullStreams {
  const quote = (word: string): string => `'${word.replace(/'/g, "'\\''")}'`;
  const command = [TSX, 'local/console.ts', ...args].map(quote).join(' ');
  return spawn('script', ['--quiet', '--flush', '--return', '--command', command, '/dev/null'], { cwd: ROOT, env: { ...childEnv(), TERM: 'dumb' }, stdio: 'pipe' });
}

/** Resolves when the child exits, with everything it printed. */
export function finished(child: ChildProcessWithoutNullStreams): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** The console with `stdin` piped in (not a terminal, so it reads utterances from it). */
export async function runConsole(args: readonly string[], stdin = ''): Promise<CliResult> {
  const child = startCli('local/console.ts', args);
  const done = finished(child);
  child.stdin.end(stdin);
  return done;
}

/** Resolves with the output so far once `pattern` appears on the child's stdout. */
export function waitForOutput(child: ChildProcessWithoutNullStreams, pattern: RegExp): Promise<string> {
  let seen = '';
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer | string): void => {
      seen += chunk.toString();
      if (pattern.test(seen)) {
        child.stdout.off('data', onData);
        resolve(seen);
      }
    };
    child.stdout.on('data', onData);
    child.once('close', (code) => reject(new Error(`exited (${code}) before printing ${pattern}:\n${seen}`)));
  });
}

/** What a user must never see: a stack trace or a Node warning. */
export const STACK_OR_WARNING = /\n\s+at |Error: .*\n.*\.(ts|js):\d+|NodeVersionSupportWarning|\(node:\d+\) Warning/;
