/**
 * A whole state in one link parameter: base64url (no padding) of the UTF-8 of its JSON. Every tool
 * whose state does not fit short typable parameters (a scorecard, a split over many units, a
 * promotion plan) writes its links with this; the tool's schema then checks what was read.
 */

/** Why a parameter could not be read: not base64url, not UTF-8 text, not JSON. */
export type WholeStateError = 'not-base64url' | 'not-utf8' | 'not-json';

export type WholeStateReading = { ok: true; value: unknown } | { ok: false; error: WholeStateError };

/** The value as base64url (no padding) of its JSON's UTF-8. */
export function encodeWholeState(value: unknown): string {
  const bytes = new TextEncoder().encode(JSON.stringify(value));
  let binary = '';
  // In slices, so String.fromCharCode never gets more arguments than an engine allows.
  for (let offset = 0; offset < bytes.length; offset += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(offset, offset + 0x8000));
  }
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/**
 * Reads what encodeWholeState wrote. White space around it (a pasted link's line break) and
 * padding '=' are accepted. Never throws.
 */
export function decodeWholeState(text: string): WholeStateReading {
  if (typeof text !== 'string') return { ok: false, error: 'not-base64url' };
  const trimmed = text.trim();
  if (!/^[A-Za-z0-9_-]*={0,2}$/.test(trimmed)) return { ok: false, error: 'not-base64url' };
  const bare = trimmed.replace(/=+$/, '');
  // One leftover character carries only 6 bits, never a whole byte: the text was cut or altered.
  if (bare.length % 4 === 1) return { ok: false, error: 'not-base64url' };
  let json: string;
  try {
    const binary = atob(bare.replace(/-/g, '+').replace(/_/g, '/'));
    json = new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(binary, (character) => character.charCodeAt(0)));
  } catch {
    return { ok: false, error: 'not-utf8' };
  }
  try {
    return { ok: true, value: JSON.parse(json) as unknown };
  } catch {
    return { ok: false, error: 'not-json' };
  }
}
