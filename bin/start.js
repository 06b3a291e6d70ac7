#!/usr/bin/env node
// `npm start`: build the web app if it is missing or older than its sources, then serve Sunspace on the
// embedded encrypted database (or SUNSPACE_DB). Arguments after `--` go to `sunspace serve`,
// e.g. `npm start -- --port 8080`.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const built = path.join(root, 'dist', 'web', 'index.html');

function newest(entry) {
  const stat = fs.statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let max = stat.mtimeMs;
  for (const name of fs.readdirSync(entry)) max = Math.max(max, newest(path.join(entry, name)));
  return max;
}

const sources = [path.join(root, 'web'), path.join(root, 'vite.config.ts'), path.join(root, 'src', 'core')];
const stale = !fs.existsSync(built) || Math.max(...sources.map(newest)) > fs.statSync(built).mtimeMs;
if (stale) {
  console.error('Building the web app...');
  const vite = path.join(root, 'node_modules', 'vite', 'bin', 'vite.js');
  const result = spawnSync(process.execPath, [vite, 'build', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

console.error('First visit: create the admin account in the browser, then load the demo workspace to look around.');
const { register } = await import('tsx/esm/api');
register();
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(['serve', ...process.argv.slice(2)]);
