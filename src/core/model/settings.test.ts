import { describe, expect, it } from 'vitest';
import { DEFAULT_MODEL_SETTINGS, MODEL_VERSION, modelSettingsOfWorkspace, resolveModelSettings } from './settings.js';

describe('model settings', () => {
  it('a committee can move a line without restating the rest', () => {
    const s = resolveModelSettings({ supermajority: 0.7, kindWeight: { chat: 0.8 }, closenessWeight: { 3: 3 } });
    expect(s.supermajority).toBe(0.7);
    expect(s.kindWeight.chat).toBe(0.8);
    expect(s.kindWeight.one_on_one).toBe(1);
    expect(s.closenessWeight[3]).toBe(3);
    expect(s.closenessWeight[2]).toBe(1.5);
    expect(s.halfLifeDays).toBe(DEFAULT_MODEL_SETTINGS.halfLifeDays);
  });

  it('refuses a value out of range and a name it does not know', () => {
    expect(() => resolveModelSettings({ supermajority: 1.5 })).toThrow();
    expect(() => resolveModelSettings({ strongTies: 0.5 })).toThrow();
    expect(() => resolveModelSettings({ kindWeight: { hug: 1 } })).toThrow();
  });

  it('reads the overrides kept under "model" in a workspace’s settings', () => {
    expect(modelSettingsOfWorkspace({ model: { phaseHeat: 0.3 }, other: 1 }).phaseHeat).toBe(0.3);
    expect(modelSettingsOfWorkspace({})).toEqual(DEFAULT_MODEL_SETTINGS);
  });

  it('has a version', () => {
    expect(MODEL_VERSION).toMatch(/^\d+\.\d+\.\d+$/);
  });
});
