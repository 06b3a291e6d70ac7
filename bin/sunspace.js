#!/usr/bin/env node
// The `sunspace` command. Sunspace runs from its TypeScript sources through tsx (docs/adr/0001-run-typescript-with-tsx.md),
// so `npx sunspace` works straight after `npm ci`, with no build step for the server side.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
