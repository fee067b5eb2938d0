/**
 * Moving a plan out of the browser and back: a JSON file, and a share code for links. Both carry
 * the same envelope `{ format, version, plan }` and both are checked by the plan's schema on the
 * way in. Nothing here throws, whatever text it is given.
 */

import type { $ZodIssue } from 'zod/v4/core';
import { PLAN_FORMAT, PLAN_FORMAT_VERSION } from './envelope';
import { elementKeys, INVALID_DATE, INVALID_TIMESTAMP, planSchema, type ElementKey, type Plan } from './schema';

// Writing a plan out (file and share code) is in envelope.ts, which the builder loads at first
// paint; reading one back in, with its checks and error codes, loads only when it is needed.
export { encodePlan, exportPlanJson, PLAN_FORMAT, PLAN_FORMAT_VERSION } from './envelope';

/** The largest text accepted: 1 MB (1,048,576 bytes of UTF-8). */
export const MAX_IMPORT_BYTES = 1024 * 1024;
/** At most this many field errors are listed; a file with more is not worth itemising. */
export const MAX_LISTED_ERRORS = 50;

/**
 * Whole-text codes (path ''): 'empty', 'too-large', 'not-json', 'not-base64url', 'not-utf8',
 * 'not-a-plan' (no format marker, path 'format'), 'unsupported-version' (path 'version').
 * Field codes: 'wrong-type', 'required', 'too-long' (text), 'too-many' (list), 'too-small',
 * 'too-big', 'not-whole', 'not-allowed' (not one of the choices), 'invalid-date',
 * 'invalid-timestamp', 'invalid'.
 */
export type ImportErrorCode =
  | 'empty'
  | 'too-large'
  | 'not-json'
  | 'not-base64url'
  | 'not-utf8'
  | 'not-a-plan'
  | 'unsupported-version'
  | 'wrong-type'
  | 'required'
  | 'too-long'
  | 'too-many'
  | 'too-small'
  | 'too-big'
  | 'not-whole'
  | 'not-allowed'
  | 'invalid-date'
  | 'invalid-timestamp'
  | 'invalid';

export interface ImportError {
  /** Dotted path inside the plan, such as 'budget.lines.0.amount'; '' for the text as a whole. */
  path: string;
  code: ImportErrorCode;
  /** The element the field belongs to, or null for the plan's name, dates and the file itself. */
  element: ElementKey | null;
}

export type ImportResult = { ok: true; plan: Plan } | { ok: false; errors: ImportError[] };

function failure(code: ImportErrorCode, path = ''): ImportResult {
  return { ok: false, errors: [{ path, code, element: null }] };
}

/** The element a plan path belongs to; a product's `fabe` is the script element. */
export function elementOfPath(path: string): ElementKey | null {
  const [head, , third] = path.split('.');
  if (head === 'products' && third === 'fabe') return 'script';
  return elementKeys.find((key) => key === head) ?? null;
}


/** UTF-8 length of a string, counted without building the bytes. */
function utf8Length(text: string): number {
  let bytes = 0;
  for (let index = 0; index < text.length; index += 1) {
    const unit = text.charCodeAt(index);
    if (unit < 0x80) bytes += 1;
    else if (unit < 0x800) bytes += 2;
    // A surrogate pair is one 4-byte character; a lone surrogate becomes U+FFFD, 3 bytes.
    else if (unit >= 0xd800 && unit <= 0xdbff && index + 1 < text.length) {
      const next = text.charCodeAt(index + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        bytes += 4;
        index += 1;
      } else bytes += 3;
    } else bytes += 3;
  }
  return bytes;
}

/** The value at a path in parsed JSON, to tell a missing field from a wrong one. */
function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let value = root;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

function codeOfIssue(issue: $ZodIssue, input: unknown): ImportErrorCode {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.expected === 'int') return 'not-whole';
      return valueAt(input, issue.path) === undefined ? 'required' : 'wrong-type';
    case 'too_big':
      return issue.origin === 'string' ? 'too-long' : issue.origin === 'array' ? 'too-many' : 'too-big';
    case 'too_small':
      return 'too-small';
    case 'invalid_value':
      return valueAt(input, issue.path) === undefined ? 'required' : 'not-allowed';
    case 'custom':
      if (issue.message === INVALID_DATE) return 'invalid-date';
      return issue.message === INVALID_TIMESTAMP ? 'invalid-timestamp' : 'invalid';
    default:
      return 'invalid';
  }
}

/** Checks an envelope's marker and version, then the plan inside against the schema. */
function readEnvelope(value: unknown): ImportResult {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return failure('not-a-plan', 'format');
  const envelope = value as Record<string, unknown>;
  if (envelope['format'] !== PLAN_FORMAT) return failure('not-a-plan', 'format');
  const version = envelope['version'];
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1 || version > PLAN_FORMAT_VERSION) {
    return failure('unsupported-version', 'version');
  }
  const input = envelope['plan'];
  const result = planSchema.safeParse(input);
  if (result.success) return { ok: true, plan: result.data };
  const errors = result.error.issues.slice(0, MAX_LISTED_ERRORS).map((issue): ImportError => {
    const path = issue.path.map(String).join('.');
    return { path, code: codeOfIssue(issue, input), element: elementOfPath(path) };
  });
  return { ok: false, errors };
}

/** Parses JSON text that should hold a plan envelope; never throws. */
function readPlanText(text: string): ImportResult {
  if (text.length > MAX_IMPORT_BYTES || utf8Length(text) > MAX_IMPORT_BYTES) return failure('too-large');
  // Editors on Windows often start a UTF-8 file with a byte-order mark; JSON.parse does not accept it.
  const body = text.replace(/^\uFEFF/, '');
  if (body.trim() === '') return failure('empty');
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch {
    // Malformed, or nested deeper than the engine's stack allows.
    return failure('not-json');
  }
  return readEnvelope(value);
}

/**
 * Reads an exported plan file. On failure, lists what failed: the whole text ('too-large',
 * 'empty', 'not-json', 'not-a-plan', 'unsupported-version') or each field that broke the schema
 * (first MAX_LISTED_ERRORS). Unknown fields are dropped, missing ones take their blank default.
 */
export function importPlanJson(text: string): ImportResult {
  if (typeof text !== 'string') return failure('empty');
  return readPlanText(text);
}

// ---------------------------------------------------------------------------
// Share codes


/** Longest share code whose bytes can fit MAX_IMPORT_BYTES: four characters per three bytes. */
const maxCodeLength = Math.ceil(MAX_IMPORT_BYTES / 3) * 4;

/**
 * Reads a share code back into a plan, checked like an imported file. White space around the
 * code (a pasted link's line break) is ignored, and padding '=' is accepted; any other character
 * outside the base64url alphabet gives 'not-base64url', bytes that are not UTF-8 'not-utf8'.
 */
export function decodePlan(code: string): ImportResult {
  if (typeof code !== 'string') return failure('empty');
  const trimmed = code.trim();
  if (trimmed === '') return failure('empty');
  if (trimmed.length > maxCodeLength + 2) return failure('too-large');
  if (!/^[A-Za-z0-9_-]*={0,2}$/.test(trimmed)) return failure('not-base64url');
  const bare = trimmed.replace(/=+$/, '');
  // One leftover character carries only 6 bits, never a whole byte: the code was cut or altered.
  if (bare.length % 4 === 1) return failure('not-base64url');
  let text: string;
  try {
    const binary = atob(bare.replace(/-/g, '+').replace(/_/g, '/'));
    const bytes = Uint8Array.from(binary, (character) => character.charCodeAt(0));
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return failure('not-utf8');
  }
  return readPlanText(text);
}
