import { describe, expect, it } from 'vitest';
import { newNonce, pageCsp, servedOverHttps } from '@/lib/http/security-headers';

describe('security headers', () => {
  it('allows scripts by nonce only, never unsafe-inline, and eval only in development', () => {
    const csp = pageCsp('abc123', { dev: false });
    const scriptSrc = csp.split('; ').find((d) => d.startsWith('script-src'));
    expect(scriptSrc).toBe("script-src 'self' 'nonce-abc123' 'strict-dynamic'");
    expect(pageCsp('abc123', { dev: true })).toContain("'unsafe-eval'");
    expect(csp).toContain("frame-ancestors 'none'");
  });

  it('makes a new unguessable nonce each time', () => {
    const nonces = new Set(Array.from({ length: 100 }, newNonce));
    expect(nonces.size).toBe(100);
    for (const n of nonces) expect(Buffer.from(n, 'base64')).toHaveLength(16);
  });

  it('asks for HSTS only when AUTH_URL is https or a trusted proxy says https', () => {
    expect(servedOverHttps({ authUrl: 'https://mergers.firm.example', trustsProxies: false, forwardedProto: null })).toBe(true);
    expect(servedOverHttps({ authUrl: 'http://localhost:3000', trustsProxies: true, forwardedProto: 'https' })).toBe(false);
    expect(servedOverHttps({ authUrl: undefined, trustsProxies: false, forwardedProto: 'https' })).toBe(false);
    expect(servedOverHttps({ authUrl: undefined, trustsProxies: true, forwardedProto: 'https, http' })).toBe(true);
    expect(servedOverHttps({ authUrl: undefined, trustsProxies: true, forwardedProto: 'http' })).toBe(false);
  });
});
