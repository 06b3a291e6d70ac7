import type { Store } from '../store/store.js';
import { openStore, resolveStoreConfig, upgradeNotice, type OpenOptions } from '../store/store-config.js';
import { err, type CliContext } from './context.js';

/**
 * Open the database SUNSPACE_DB names (or the default one), run `fn`, and close it whatever happens.
 * On the very first run this creates the key file, and says loudly where it is and why it matters.
 */
export async function withStore<T>(
  ctx: CliContext,
  fn: (store: Store) => Promise<T>,
  options: OpenOptions = {},
): Promise<T> {
  const config = resolveStoreConfig(ctx.env, ctx.home);
  const opened = await openStore(config, ctx.env, {
    onUpgrade: (pending) => err(ctx, upgradeNotice(pending)),
    ...options,
  });
  const { createdKeyFile, warnings } = opened;
  // Closed once, whoever closes it first (a wipe closes the store before it is done with it).
  let closing: Promise<void> | undefined;
  const store: Store = { ...opened.store, close: () => (closing ??= opened.store.close()) };
  if (createdKeyFile) {
    err(ctx, `A new encryption key was made for ${store.location}:`);
    err(ctx, `  ${createdKeyFile}`);
    err(ctx, '  Without this file the database cannot be opened by anyone, you included. Keep a copy somewhere');
    err(ctx, '  safe and apart from the data (a password manager, a USB stick in a drawer), never beside it.');
  }
  for (const w of warnings) err(ctx, `WARNING: ${w}`);
  try {
    return await fn(store);
  } finally {
    await store.close();
  }
}
