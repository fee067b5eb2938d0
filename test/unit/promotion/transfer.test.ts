import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  MAX_IMPORT_BYTES,
  PLAN_FORMAT,
  PLAN_FORMAT_VERSION,
  decodePlan,
  elementOfPath,
  encodePlan,
  examplePlan,
  exportPlanJson,
  importPlanJson,
  planSchema,
  type ImportResult,
} from '../../../src/lib/promotion';
import { anyPlan, planFrom } from './arbitraries';

const example = examplePlan('zh-CN');

function envelope(plan: unknown, extra: Record<string, unknown> = {}): string {
  return JSON.stringify({ format: PLAN_FORMAT, version: PLAN_FORMAT_VERSION, plan, ...extra });
}

/** Base64url of bytes, written independently of the code under test (byte by byte). */
function bytesToBase64url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}

function base64url(text: string): string {
  return bytesToBase64url(new TextEncoder().encode(text));
}

function textOfBase64url(code: string): string {
  const binary = atob(code.replaceAll('-', '+').replaceAll('_', '/'));
  return new TextDecoder().decode(Uint8Array.from(binary, (character) => character.charCodeAt(0)));
}

function errorsOf(result: ImportResult) {
  return result.ok ? [] : result.errors;
}

describe('exportPlanJson', () => {
  it('writes pretty JSON with the format marker and version', () => {
    const text = exportPlanJson(example);
    expect(text.startsWith('{\n  "format": "yeji-playbook/promotion-plan",\n  "version": 1,\n  "plan": {')).toBe(true);
    expect(text.endsWith('}\n')).toBe(true);
  });

  it('round-trips through importPlanJson', () => {
    expect(importPlanJson(exportPlanJson(example))).toEqual({ ok: true, plan: example });
  });

  it('round-trips any plan', () => {
    fc.assert(
      fc.property(anyPlan, (plan) => {
        expect(importPlanJson(exportPlanJson(plan))).toEqual({ ok: true, plan });
      }),
    );
  });
});

describe('importPlanJson', () => {
  it('lists each field that failed, with its path, code and element', () => {
    const broken = {
      ...example,
      createdAt: 'yesterday',
      period: { start: '2026-02-30', end: '2026-10-14' },
      offer: { type: 'coupon', terms: 'x' },
      products: [{ name: 'A1', unitPrice: 'cheap', fabe: { feature: 7 } }],
      budget: { total: 12000, lines: [{ label: 'Gifts', amount: -5 }] },
      communication: { invitations: [{ who: 'Past customers', count: 2.5 }] },
      timetable: { phases: [{ start: '2026-10-01' }] },
      theme: { title: 'x'.repeat(201) },
      evaluation: { metrics: Array.from({ length: 21 }, () => 'm') },
    };
    expect(importPlanJson(envelope(broken))).toEqual({
      ok: false,
      errors: [
        { path: 'createdAt', code: 'invalid-timestamp', element: null },
        { path: 'products.0.unitPrice', code: 'wrong-type', element: 'products' },
        { path: 'products.0.fabe.feature', code: 'wrong-type', element: 'script' },
        { path: 'period.start', code: 'invalid-date', element: 'period' },
        { path: 'offer.type', code: 'not-allowed', element: 'offer' },
        { path: 'theme.title', code: 'too-long', element: 'theme' },
        { path: 'budget.lines.0.amount', code: 'too-small', element: 'budget' },
        { path: 'communication.invitations.0.count', code: 'not-whole', element: 'communication' },
        { path: 'timetable.phases.0.key', code: 'required', element: 'timetable' },
        { path: 'evaluation.metrics', code: 'too-many', element: 'evaluation' },
      ],
    });
  });

  it('fills in what a hand-written file leaves out, and drops unknown fields', () => {
    const result = importPlanJson(envelope({ name: 'Mine', colour: 'blue', goal: { metric: 'Sales' } }));
    expect(result.ok && result.plan).toEqual(planFrom({ name: 'Mine', goal: { metric: 'Sales' } }));
  });

  it('rejects text that is not JSON', () => {
    expect(importPlanJson('{"format":')).toEqual({ ok: false, errors: [{ path: '', code: 'not-json', element: null }] });
  });

  it('rejects JSON that is not a plan file', () => {
    expect(errorsOf(importPlanJson('[1, 2]'))).toEqual([{ path: 'format', code: 'not-a-plan', element: null }]);
    expect(errorsOf(importPlanJson(JSON.stringify(example)))).toEqual([{ path: 'format', code: 'not-a-plan', element: null }]);
  });

  it('rejects a file from a newer format version, or with no usable version', () => {
    for (const version of [2, 0, 1.5, '1', null]) {
      expect(errorsOf(importPlanJson(envelope(example, { version })))).toEqual([
        { path: 'version', code: 'unsupported-version', element: null },
      ]);
    }
  });

  it('rejects an empty file', () => {
    expect(errorsOf(importPlanJson(' \n'))).toEqual([{ path: '', code: 'empty', element: null }]);
  });

  it('accepts a file that starts with a byte-order mark', () => {
    expect(importPlanJson(`\uFEFF${exportPlanJson(example)}`).ok).toBe(true);
  });

  it('rejects text over 1 MB, counting UTF-8 bytes', () => {
    const justFits = envelope({ name: '' });
    expect(importPlanJson(justFits + ' '.repeat(MAX_IMPORT_BYTES - justFits.length)).ok).toBe(true);
    const tooBig = justFits + ' '.repeat(MAX_IMPORT_BYTES - justFits.length + 1);
    expect(errorsOf(importPlanJson(tooBig))).toEqual([{ path: '', code: 'too-large', element: null }]);
    // 400,000 Chinese characters are 1.2 MB of UTF-8 though only 400,000 UTF-16 units.
    const wide = envelope({ name: '促'.repeat(400_000) });
    expect(errorsOf(importPlanJson(wide))).toEqual([{ path: '', code: 'too-large', element: null }]);
  });

  it('lists at most 50 field errors', () => {
    const lines = Array.from({ length: 50 }, () => ({ label: 1, amount: -1 }));
    const result = importPlanJson(envelope({ budget: { lines } }));
    expect(errorsOf(result)).toHaveLength(50);
  });

  it('never throws and only accepts schema-valid plans, whatever the text', () => {
    const texts = fc.oneof(
      fc.string(),
      fc.json(),
      fc.jsonValue().map((value) => envelope(value)),
      fc.dictionary(fc.constantFrom('goal', 'budget', 'products', 'timetable', 'period', 'name'), fc.jsonValue()).map((plan) => envelope(plan)),
    );
    fc.assert(
      fc.property(texts, (text) => {
        const result = importPlanJson(text);
        if (result.ok) expect(planSchema.safeParse(result.plan).success).toBe(true);
        else expect(result.errors.length).toBeGreaterThan(0);
      }),
    );
  });

  it('survives JSON nested deeper than the stack', () => {
    const deep = `${'['.repeat(200_000)}${']'.repeat(200_000)}`;
    expect(importPlanJson(deep).ok).toBe(false);
  });
});

describe('encodePlan and decodePlan', () => {
  it('round-trip a plan through base64url of its UTF-8 JSON', () => {
    const code = encodePlan(example);
    expect(code).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(textOfBase64url(code)).toBe(envelope(example));
    expect(decodePlan(code)).toEqual({ ok: true, plan: example });
  });

  it('round-trip any plan, lone surrogates included', () => {
    fc.assert(
      fc.property(anyPlan, (plan) => {
        expect(decodePlan(encodePlan(plan))).toEqual({ ok: true, plan });
      }),
    );
    const odd = planFrom({ name: 'a\uD800b' });
    expect(decodePlan(encodePlan(odd))).toEqual({ ok: true, plan: odd });
  });

  it('ignores white space around a pasted code and accepts padding', () => {
    const code = base64url(envelope({ name: 'ab' }));
    const padded = code + '='.repeat((4 - (code.length % 4)) % 4);
    expect(decodePlan(`  ${padded}\n`).ok).toBe(true);
  });

  it('rejects characters outside base64url, and a cut code', () => {
    expect(errorsOf(decodePlan('abc+def/'))).toEqual([{ path: '', code: 'not-base64url', element: null }]);
    expect(errorsOf(decodePlan('a b'))).toEqual([{ path: '', code: 'not-base64url', element: null }]);
    expect(errorsOf(decodePlan('abcde'))).toEqual([{ path: '', code: 'not-base64url', element: null }]);
  });

  it('rejects bytes that are not UTF-8', () => {
    expect(errorsOf(decodePlan(bytesToBase64url(new Uint8Array([0xff, 0xfe, 0x7b]))))).toEqual([
      { path: '', code: 'not-utf8', element: null },
    ]);
  });

  it('rejects an empty or oversized code', () => {
    expect(errorsOf(decodePlan('  '))).toEqual([{ path: '', code: 'empty', element: null }]);
    expect(errorsOf(decodePlan('A'.repeat(1_500_000)))).toEqual([{ path: '', code: 'too-large', element: null }]);
  });

  it('catches a tampered code that breaks the schema, naming the field', () => {
    const tampered = base64url(envelope({ ...example, budget: { ...example.budget, total: -1 } }));
    expect(errorsOf(decodePlan(tampered))).toEqual([{ path: 'budget.total', code: 'too-small', element: 'budget' }]);
  });

  it('never throws on a code with one character changed, and never accepts an invalid plan', () => {
    const code = encodePlan(example);
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_=+/ ';
    fc.assert(
      fc.property(fc.nat({ max: code.length - 1 }), fc.constantFrom(...alphabet), (index, character) => {
        const result = decodePlan(code.slice(0, index) + character + code.slice(index + 1));
        if (result.ok) expect(planSchema.safeParse(result.plan).success).toBe(true);
      }),
    );
  });

  it('never throws on a truncated code or on any text', () => {
    const code = encodePlan(example);
    fc.assert(
      fc.property(fc.nat({ max: code.length }), fc.string(), (length, text) => {
        expect(decodePlan(code.slice(0, length)).ok).toBe(length === code.length);
        expect(typeof decodePlan(text).ok).toBe('boolean');
      }),
    );
  });
});

describe('elementOfPath', () => {
  it('maps a field path to its element', () => {
    expect(elementOfPath('budget.lines.0.amount')).toBe('budget');
    expect(elementOfPath('products.1.fabe.evidence')).toBe('script');
    expect(elementOfPath('products.1.name')).toBe('products');
    expect(elementOfPath('name')).toBeNull();
    expect(elementOfPath('')).toBeNull();
  });
});
