/**
 * Run the server alone: `node --import tsx src/server/main.ts`. The one server file that reads
 * process.env: SUNSPACE_DB and the key (src/store/store-config.ts), SUNSPACE_HOST (default 127.0.0.1),
 * SUNSPACE_PORT (default 4173), and the options of start-server.ts. `sunspace serve` does the same.
 */
import os from 'node:os';
import { openStore, resolveStoreConfig, upgradeNotice } from '../store/store-config.js';
import { wipeStore } from '../store/wipe.js';
import { DEFAULT_HOST, DEFAULT_PORT, listen } from './start-server.js';

async function main(): Promise<void> {
  const env = { ...process.env };
  const config = resolveStoreConfig(env, os.homedir());
  const { store, createdKeyFile, warnings } = await openStore(config, env, {
    onUpgrade: (pending) => console.error(upgradeNotice(pending)),
  });
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
    wipe: async () => {
      const report = await wipeStore(store, config);
      console.error(`WIPED: keys and data destroyed in ${report.ms} ms; the server stops.`);
      // The answer goes out first; then there is nothing left to serve.
      setTimeout(() => process.exit(0), 250).unref();
    },
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
