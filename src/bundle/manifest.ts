/**
 * manifest.json: what an export says about itself. A hand-made bundle has none and needs none; when there
 * is one, it must be ours and of a version this code reads, and `formulaEscaped` decides whether free-text
 * cells lose the leading `'` the export added (formula-escape.ts).
 */
import { z } from 'zod';
import { WORKSPACE_KINDS } from '../core/records.js';
import type { BundleErrors } from './bundle-errors.js';
import type { BundleKind } from './bundle-spec.js';
import type { TextPosition } from './utf8-position.js';

export const BUNDLE_FORMAT = 'sunspace-bundle';
export const BUNDLE_VERSION = 1;
export const MANIFEST_FILE = 'manifest.json';

export interface BundleManifest {
  format: typeof BUNDLE_FORMAT;
  version: number;
  /** Free-text cells starting with = + - @ tab, carriage return or ' carry a leading '. */
  formulaEscaped: boolean;
  /** When the export was made (ISO 8601 date-time). */
  exportedAt?: string;
  /** The workspace it was exported from. */
  workspace?: string;
  /** Records per file kind. */
  counts?: Partial<Record<BundleKind, number>>;
}

const manifestSchema = z.looseObject({
  format: z.literal(BUNDLE_FORMAT, { error: `"format" must be "${BUNDLE_FORMAT}"` }),
  version: z.int({ error: '"version" must be a whole number' }).positive(),
  formulaEscaped: z.boolean({ error: '"formulaEscaped" must be true or false' }).default(false),
  exportedAt: z.string().optional(),
  workspace: z.string().optional(),
  counts: z.partialRecord(z.enum(WORKSPACE_KINDS), z.int().nonnegative()).optional(),
});

/** Read a manifest; problems go to `errors` and give null. */
export function parseManifest(bytes: Uint8Array, errors: BundleErrors): BundleManifest | null {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    errors.add(MANIFEST_FILE, { line: 1, column: 1 }, 'bad_manifest', { problem: 'it is not UTF-8' });
    return null;
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    errors.add(MANIFEST_FILE, jsonErrorPosition(text, message), 'bad_manifest', { problem: message });
    return null;
  }
  const result = manifestSchema.safeParse(json);
  if (!result.success) {
    const problem = result.error.issues.map((i) => i.message).join('; ');
    errors.add(MANIFEST_FILE, { line: 1, column: 1 }, 'bad_manifest', { problem });
    return null;
  }
  if (result.data.version > BUNDLE_VERSION) {
    errors.add(MANIFEST_FILE, { line: 1, column: 1 }, 'unsupported_version', {
      version: result.data.version,
      supported: BUNDLE_VERSION,
    });
    return null;
  }
  return result.data;
}

export function manifestText(manifest: BundleManifest): string {
  return `${JSON.stringify(manifest, null, 2)}\n`;
}

/** V8 says "... at position N" (and sometimes the line and column): turn N into a line and column. */
function jsonErrorPosition(text: string, message: string): TextPosition {
  const m = /position (\d+)/.exec(message);
  if (!m) return { line: 1, column: 1 };
  const offset = Math.min(Number(m[1]), text.length);
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
    line += 1;
    lineStart = i + 1;
  }
  return { line, column: [...text.slice(lineStart, offset)].length + 1 };
}
