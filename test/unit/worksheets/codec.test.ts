import { describe, expect, it } from 'vitest';
import { openingState } from '../../../src/lib/savedTool';
import { createSavedStateStore, memoryStorage } from '../../../src/lib/storage';
import { storageKey } from '../../../src/lib/storageKey';
import { worksheets } from '../../../src/lib/worksheets';
import { worksheetCodec } from '../../../src/lib/worksheets/codec';
import { printModeOf, worksheetToolName } from '../../../src/lib/worksheets/paper';
import { blankSheet, normalizeValues } from '../../../src/lib/worksheets/values';

const sheet = worksheets['coaching-record'];

describe('the worksheets codec', () => {
  it('keeps a sheet under playbook:worksheet:<slug>, format version 1', () => {
    expect(storageKey(worksheetToolName(sheet.slug))).toBe('playbook:worksheet:coaching-record');
    expect(worksheetCodec.version).toBe(1);
  });

  it('opens a copy saved before the move, exactly as it was written', () => {
    const saved = { header: { name: 'Zhao Min', region: 'East', date: '2025-08-01' }, values: { report: 'Zhao Min', gone: 'a field no longer on the sheet' } };
    const storage = memoryStorage({
      'playbook:worksheet:coaching-record': JSON.stringify({ version: 1, savedAt: '2025-08-01T08:00:00.000Z', data: saved }),
    });
    const store = createSavedStateStore({ storage, name: worksheetToolName(sheet.slug), version: worksheetCodec.version, schema: worksheetCodec.schema });
    const loaded = store.load();
    expect(loaded).toEqual({ status: 'ok', value: saved });
    const example = blankSheet(sheet);
    const opening = openingState(worksheetCodec.readLink('', { example, saved: saved }), loaded, example);
    expect(opening.source).toBe('saved');
    const shown = normalizeValues(sheet, opening.state);
    expect(shown.values.report).toBe('Zhao Min');
    expect(shown.values).not.toHaveProperty('gone');
  });

  it('never reads state from a link: a sheet stays in the browser that wrote it', () => {
    const example = blankSheet(sheet);
    const reading = worksheetCodec.readLink('?print=blank&s=abc', { example, saved: null });
    expect(reading).toEqual({ carriesState: false, state: example, present: false, ignored: [], extra: undefined });
    expect(worksheetCodec.writeLink(example, true)).toBe('');
  });

  it('opens the blank paper on ?print=blank and the filled one otherwise', () => {
    expect(printModeOf('?print=blank')).toBe('blank');
    expect(printModeOf('?print=filled')).toBe('filled');
    expect(printModeOf('?print=BLANK')).toBe('filled');
    expect(printModeOf('')).toBe('filled');
  });
});
