import { describe, expect, it, vi } from 'vitest';
import { languageSwitch } from '../../src/controllers/languageSwitch';

/** A load that resolves or rejects when the test says, one per call. */
function deferredLoads() {
  const pending = new Map<string, { resolve: () => void; reject: (e: unknown) => void }>();
  const load = (lang: string) =>
    new Promise<void>((resolve, reject) => {
      pending.set(lang, { resolve, reject });
    });
  return { load, pending };
}

describe('languageSwitch', () => {
  it('applies a language once its messages have loaded, not before', async () => {
    const { load, pending } = deferredLoads();
    const apply = vi.fn();
    const choose = languageSwitch({ load, apply });
    const done = choose('be');
    await Promise.resolve();
    expect(apply).not.toHaveBeenCalled();
    pending.get('be')!.resolve();
    await done;
    expect(apply.mock.calls).toEqual([['be']]);
  });

  it('applies only the last choice when an earlier one finishes loading later', async () => {
    const { load, pending } = deferredLoads();
    const apply = vi.fn();
    const choose = languageSwitch({ load, apply });
    const first = choose('be');
    const second = choose('ru');
    pending.get('ru')!.resolve();
    await second;
    pending.get('be')!.resolve();
    await first;
    expect(apply.mock.calls).toEqual([['ru']]);
  });

  it('keeps the language shown and warns, naming the language, when the load fails', async () => {
    const apply = vi.fn();
    const warn = vi.fn();
    const error = new Error('offline');
    const choose = languageSwitch({ load: () => Promise.reject(error), apply, warn });
    await choose('ru');
    expect(apply).not.toHaveBeenCalled();
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('"ru"'), error);
  });

  it('applies a language whose messages are already there', async () => {
    const apply = vi.fn();
    const choose = languageSwitch({ load: () => Promise.resolve(), apply });
    await choose('en');
    expect(apply.mock.calls).toEqual([['en']]);
  });
});
