import { describe, expect, it } from 'vitest';
import { StampedCache } from '@/lib/stamped-cache';

describe('StampedCache', () => {
  it('serves a value only while the stamp it was loaded under is current', async () => {
    const cache = new StampedCache<string>(10);
    let loads = 0;
    const load = (v: string) => async () => {
      loads++;
      return v;
    };
    expect(await cache.get('k', '1', load('a'))).toBe('a');
    expect(await cache.get('k', '1', load('b'))).toBe('a');
    expect(loads).toBe(1);
    expect(await cache.get('k', '2', load('c'))).toBe('c');
    expect(await cache.get('k', '1', load('d'))).toBe('d'); // an older stamp is not "current" either
    expect(loads).toBe(3);
  });

  it('keeps no failures: a refused load is asked again', async () => {
    const cache = new StampedCache<string>(10);
    await expect(cache.get('k', '1', async () => Promise.reject(new Error('outside the wall')))).rejects.toThrow('outside the wall');
    expect(await cache.get('k', '1', async () => 'ok')).toBe('ok');
  });

  it('holds at most its size, dropping the least recently stored key', async () => {
    const cache = new StampedCache<number>(2);
    await cache.get('a', '1', async () => 1);
    await cache.get('b', '1', async () => 2);
    await cache.get('c', '1', async () => 3);
    let reloaded = false;
    await cache.get('a', '1', async () => {
      reloaded = true;
      return 1;
    });
    expect(reloaded).toBe(true);
    expect(await cache.get('c', '1', async () => -1)).toBe(3);
  });
});
