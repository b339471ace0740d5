// @ts-check
/**
 * `executeServerCommand('civic-cli', { args })`: runs the built command line (`node dist/cli.js
 * …args`) on the test server and answers `{ code, stdout, stderr }`, so a browser test can
 * compare what the CLI writes with what an element renders.
 */
import { execFile } from 'node:child_process';
import path from 'node:path';

/** @type {import('@web/test-runner').TestRunnerPlugin} */
export const cliCommand = {
  name: 'civic-cli',
  async executeCommand({ command, payload }) {
    if (command !== 'civic-cli') return undefined;
    const args = /** @type {{ args?: unknown }} */ (payload)?.args;
    if (!Array.isArray(args) || !args.every((a) => typeof a === 'string')) throw new Error('civic-cli: payload.args must be a list of strings');
    const cli = path.resolve('dist/cli.js');
    return new Promise((resolve) => {
      execFile(process.execPath, [cli, ...args], { timeout: 20_000 }, (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
        resolve({ code, stdout, stderr });
      });
    });
  },
};

/**
 * `executeServerCommand('civic-docs-examples')`: every live example of the documentation
 * (```html live blocks of docs/**.md, as the site shows them), for the test that renders
 * each one and runs axe on it.
 */
export const docsExamplesCommand = {
  name: 'civic-docs-examples',
  async executeCommand({ command }) {
    if (command !== 'civic-docs-examples') return undefined;
    const { liveExamples } = await import('../../scripts/docs-site.mjs');
    return liveExamples();
  },
};
