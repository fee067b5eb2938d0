/**
 * Several named plans saved in the browser. Each plan lives under its own key, so a plan that
 * cannot be read costs nothing but itself: it is copied aside under a key of its own and offered
 * back as raw text, never thrown at the caller and never overwritten.
 *
 * Keys (all under `playbook:promotion`):
 * - `:plan:<id>`  `{ version, savedAt, data: Plan, drafts }` (the envelope of storage.ts, plus the
 *   texts of number fields that did not parse, so what was typed survives a reload)
 * - `:current`    the id of the plan last worked on
 * - `:set-aside:<id>:<when>`  the raw text of a saved plan that no longer validates
 */

import * as z from 'zod/mini';
import type { KeyValueStorage } from '../storage';
import { storageKey } from '../storageKey';
import { MAX_DRAFT_LENGTH } from './planShape';
import { planSchema, type Plan } from './schema';

export { MAX_DRAFT_LENGTH };

/** Every key of the plan store begins with this; the page asks for it before loading the store. */
export const PLAN_STORE_PREFIX = storageKey('promotion');

/** Storage that can also list its keys (Web Storage can, with `Object.keys`). */
export interface PlanStorage extends KeyValueStorage {
  keys(): string[];
}

/** Version of the saved envelope; a plan saved under another version is set aside, not guessed at. */
export const PLAN_STORE_VERSION = 1;

const planPrefix = `${PLAN_STORE_PREFIX}:plan:`;
const currentKey = `${PLAN_STORE_PREFIX}:current`;
const setAsidePrefix = `${PLAN_STORE_PREFIX}:set-aside:`;

const MAX_DRAFTS = 200;

/** Texts as typed into fields that did not parse, keyed by the field's path in the plan. */
export type Drafts = Record<string, string>;

const draftsSchema = z
  .record(z.string().check(z.maxLength(200)), z.string().check(z.maxLength(MAX_DRAFT_LENGTH)))
  .check(z.refine((drafts) => Object.keys(drafts).length <= MAX_DRAFTS));

export interface StoredPlan {
  plan: Plan;
  drafts: Drafts;
}

/** A saved plan that could not be read, kept as it was found. */
export interface SetAsidePlan {
  key: string;
  raw: string;
}

export type PlanListLoad =
  | {
      status: 'ok';
      /** Oldest first (by createdAt, then id). */
      plans: StoredPlan[];
      /** The plan last worked on, or the first plan when that one is gone; null with no plans. */
      currentId: string | null;
      /** Every plan ever set aside and still kept, including any found unreadable just now. */
      setAside: SetAsidePlan[];
    }
  | { status: 'unavailable' };

export type PlanSaveResult = { ok: true } | { ok: false; reason: 'unavailable' | 'invalid' };

export interface PlanStore {
  load(): PlanListLoad;
  save(plan: Plan, drafts?: Drafts): PlanSaveResult;
  remove(id: string): boolean;
  setCurrent(id: string): boolean;
  removeSetAside(key: string): boolean;
}

/** The key a plan is saved under. */
export function planKey(id: string): string {
  return `${planPrefix}${id}`;
}

function readEnvelope(raw: string): StoredPlan | null {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return null;
  }
  if (value === null || typeof value !== 'object') return null;
  const envelope = value as Record<string, unknown>;
  if (envelope['version'] !== PLAN_STORE_VERSION) return null;
  const plan = planSchema.safeParse(envelope['data']);
  if (!plan.success) return null;
  // Drafts are a convenience: unreadable ones are dropped, the plan itself still opens.
  const drafts = draftsSchema.safeParse(envelope['drafts'] ?? {});
  return { plan: plan.data, drafts: drafts.success ? drafts.data : {} };
}

function byAge(first: StoredPlan, second: StoredPlan): number {
  const a = first.plan.createdAt;
  const b = second.plan.createdAt;
  if (a !== b) return a < b ? -1 : 1;
  return first.plan.id < second.plan.id ? -1 : first.plan.id > second.plan.id ? 1 : 0;
}

/** The plan list over an injected storage; `now` stamps saves and set-aside keys. */
export function createPlanStore(options: { storage: PlanStorage | undefined; now?: () => Date }): PlanStore {
  const { storage } = options;
  const now = options.now ?? (() => new Date());

  /** Writes without letting a full or refused storage throw through the caller. */
  function attempt(write: (storage: PlanStorage) => void): boolean {
    if (!storage) return false;
    try {
      write(storage);
      return true;
    } catch {
      return false;
    }
  }

  /** Copies an unreadable plan aside; where that fails it stays where it is, still offered. */
  function moveAside(key: string, id: string, raw: string): SetAsidePlan {
    const asideKey = `${setAsidePrefix}${id}:${now().toISOString()}`;
    const moved = attempt((store) => {
      store.setItem(asideKey, raw);
      store.removeItem(key);
    });
    return { key: moved ? asideKey : key, raw };
  }

  return {
    load() {
      if (!storage) return { status: 'unavailable' };
      let keys: string[];
      try {
        keys = storage.keys();
      } catch {
        return { status: 'unavailable' };
      }
      const plans: StoredPlan[] = [];
      const found: SetAsidePlan[] = [];
      for (const key of keys) {
        if (!key.startsWith(planPrefix)) continue;
        const id = key.slice(planPrefix.length);
        let raw: string | null;
        try {
          raw = storage.getItem(key);
        } catch {
          return { status: 'unavailable' };
        }
        if (raw === null) continue;
        const stored = id === '' ? null : readEnvelope(raw);
        // The key names the plan; a plan edited by hand to carry another id still opens as itself.
        if (stored) plans.push({ ...stored, plan: { ...stored.plan, id } });
        else found.push(moveAside(key, id, raw));
      }
      plans.sort(byAge);
      const setAside: SetAsidePlan[] = [...found];
      for (const key of keys) {
        if (!key.startsWith(setAsidePrefix) || setAside.some((entry) => entry.key === key)) continue;
        let raw: string | null = null;
        try {
          raw = storage.getItem(key);
        } catch {
          raw = null;
        }
        if (raw !== null) setAside.push({ key, raw });
      }
      setAside.sort((first, second) => (first.key < second.key ? -1 : first.key > second.key ? 1 : 0));
      let current: string | null = null;
      try {
        current = storage.getItem(currentKey);
      } catch {
        current = null;
      }
      const currentId = plans.some(({ plan }) => plan.id === current) ? current : (plans[0]?.plan.id ?? null);
      return { status: 'ok', plans, currentId, setAside };
    },

    save(plan, drafts = {}) {
      if (!storage) return { ok: false, reason: 'unavailable' };
      const parsed = planSchema.safeParse(plan);
      const checkedDrafts = draftsSchema.safeParse(drafts);
      if (!parsed.success || parsed.data.id === '') return { ok: false, reason: 'invalid' };
      const envelope = {
        version: PLAN_STORE_VERSION,
        savedAt: now().toISOString(),
        data: parsed.data,
        drafts: checkedDrafts.success ? checkedDrafts.data : {},
      };
      const saved = attempt((store) => store.setItem(planKey(parsed.data.id), JSON.stringify(envelope)));
      return saved ? { ok: true } : { ok: false, reason: 'unavailable' };
    },

    remove(id) {
      return attempt((store) => store.removeItem(planKey(id)));
    },

    setCurrent(id) {
      return attempt((store) => store.setItem(currentKey, id));
    },

    removeSetAside(key) {
      if (!key.startsWith(setAsidePrefix)) return false;
      return attempt((store) => store.removeItem(key));
    },
  };
}

/** The part of Web Storage that lists keys; structural, so this module needs no DOM types. */
export interface IndexedStorage extends KeyValueStorage {
  readonly length: number;
  key(index: number): string | null;
}

/** The browser's storage (or any Web Storage) as PlanStorage. */
export function webPlanStorage(storage: IndexedStorage): PlanStorage {
  return {
    getItem: (key) => storage.getItem(key),
    setItem: (key, value) => storage.setItem(key, value),
    removeItem: (key) => storage.removeItem(key),
    keys: () =>
      Array.from({ length: storage.length }, (_, index) => storage.key(index)).filter(
        (key): key is string => key !== null,
      ),
  };
}
