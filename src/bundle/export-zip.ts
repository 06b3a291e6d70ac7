/**
 * A bundle as one zip file, for downloading from the web app: the same files, header, columns, rows and
 * manifest as `exportBundle` writes to a folder (docs/bundle.md), produced a chunk at a time so that an
 * export is streamed to the browser and nothing of it is written to disk in plaintext. Files are deflated
 * (fflate) and marked readable by their owner only once unpacked.
 *
 * Where the records come from is the caller's choice: every record of a workspace, or only what one viewer
 * may see (src/server/routes/bundle.routes.ts).
 */
import { Zip, ZipDeflate } from 'fflate';
import type { RecordKind } from '../core/records.js';
import { BUNDLE_FILES } from './bundle-files.js';
import type { BundleKind, FileSpec, RecordOf } from './bundle-spec.js';
import { rowText } from './export-bundle.js';
import { BUNDLE_FORMAT, BUNDLE_VERSION, MANIFEST_FILE, manifestText, type BundleManifest } from './manifest.js';

/** The records of one kind, a page at a time (in id order, as an export lists them). */
export type PagesOf = <K extends BundleKind>(kind: K) => AsyncIterable<readonly RecordOf<K>[]>;

/** -rw------- for a regular file, as the zip's external attributes (made on Unix). */
const OWNER_ONLY = (0o100600 << 16) >>> 0;
const FLUSH_CHARS = 1 << 20;

/**
 * The zip's bytes, chunk by chunk: every file of BUNDLE_FILES with its header (even with no rows), then
 * manifest.json last.
 */
export async function* zipBundle(
  pages: PagesOf,
  options: { workspace: string; now: Date },
): AsyncGenerator<Uint8Array> {
  const out: Uint8Array[] = [];
  let failure: Error | null = null;
  const zip = new Zip((error, chunk) => {
    if (error) failure = error;
    else out.push(chunk);
  });
  const drain = function* (): Generator<Uint8Array> {
    if (failure) throw failure;
    while (out.length > 0) yield out.shift()!;
  };
  const encoder = new TextEncoder();
  const entry = (name: string) => {
    const file = new ZipDeflate(name, { level: 6 });
    file.mtime = options.now;
    file.os = 3;
    file.attrs = OWNER_ONLY;
    zip.add(file);
    return file;
  };

  const counts = {} as Record<RecordKind, number>;
  for (const spec of BUNDLE_FILES) {
    const file = entry(spec.file);
    counts[spec.kind] = 0;
    let text = `${spec.columns.map((c) => c.name).join(',')}\n`;
    for await (const page of pages(spec.kind)) {
      for (const record of page) {
        text += rowText(spec as unknown as FileSpec<BundleKind>, record);
        if (text.length >= FLUSH_CHARS) {
          file.push(encoder.encode(text));
          text = '';
          yield* drain();
        }
      }
      counts[spec.kind] += page.length;
    }
    file.push(encoder.encode(text), true);
    yield* drain();
  }
  const manifest: BundleManifest = {
    format: BUNDLE_FORMAT,
    version: BUNDLE_VERSION,
    formulaEscaped: true,
    exportedAt: options.now.toISOString(),
    workspace: options.workspace,
    counts,
  };
  entry(MANIFEST_FILE).push(encoder.encode(manifestText(manifest)), true);
  zip.end();
  yield* drain();
}
