/**
 * Run the server alone: `node --import tsx src/server/main.ts`. The one server file that reads
 * process.env: SUNSPACE_DB and the key (src/store/store-config.ts), SUNSPACE_HOST (default 127.0.0.1),
 * SUNSPACE_PORT (default 4173), and the options of start-server.ts. `sunspace serve` does the same.
 */
import os from 'node:os';
import { openStore, resolveStoreConfig } from '../store/store-config.js';
import { DEFAULT_HOST, DEFAULT_PORT, listen } from './start-server.js';

async function main(): Promise<void> {
  const env = { ...process.env };
  const { store, createdKeyFile, warnings } = await openStore(resolveStoreConfig(env, os.homedir()), env);
  if (createdKeyFile) {
    console.error(`A new encryption key was made for ${store.location}: ${createdKeyFile}`);
    console.error(
      'Without it the database cannot be opened by anyone. Keep a copy somewhere safe, apart from the data.',
    );
  }
  for (const w of warnings) console.error(`WARNING: ${w}`);
  const server = await listen(store, {
    env,
    host: env.SUNSPACE_HOST || DEFAULT_HOST,
    port: env.SUNSPACE_PORT ? Number(env.SUNSPACE_PORT) : DEFAULT_PORT,
    log: (message, error) => console.error(message, error),
  });
  console.log(`Sunspace is at ${server.url}`);
  const stop = async () => {
    await server.close();
    await store.close();
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
}

main().catch((error: unknown) => {
  console.error(`sunspace server: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
