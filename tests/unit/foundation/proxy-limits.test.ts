import { describe, expect, it } from 'vitest';
import { NextRequest } from 'next/server';
import proxy, { MAX_REQUEST_BYTES } from '@/proxy';

const post = (length: number, cookie = 'authjs.session-token=abc') =>
  new NextRequest('http://localhost/cases/x/market/import', { method: 'POST', headers: { 'content-length': String(length), cookie } });

describe('the proxy bounds request bodies', () => {
  it('refuses a body declared over the limit with 413 and a message, before anything reads it', async () => {
    const res = proxy(post(MAX_REQUEST_BYTES + 1));
    expect(res.status).toBe(413);
    expect(await res.json()).toMatchObject({ ok: false, message: expect.stringMatching(/larger than the 30 MB limit; nothing was saved/) });
    expect(proxy(post(MAX_REQUEST_BYTES + 1, '')).status).toBe(413); // signed in or not
  });

  it('lets a body at the limit through', () => {
    const res = proxy(post(MAX_REQUEST_BYTES));
    expect(res.status).toBe(200);
    expect(res.headers.get('x-middleware-next')).toBe('1');
  });
});
