import { describe, expect, it } from 'vitest';
import { parseTrustedProxies, resolveClientAddress } from '@/lib/auth/client-address';

const resolve = (trusted: string | undefined, peer: string | null, forwardedFor: string | null) =>
  resolveClientAddress({ peer, forwardedFor, trusted: parseTrustedProxies(trusted) });

describe('client address', () => {
  it('ignores X-Forwarded-For by default: the connection’s own address counts', () => {
    expect(resolve(undefined, '198.51.100.4', '203.0.113.77')).toBe('198.51.100.4');
    expect(resolve('', '::ffff:198.51.100.4', '203.0.113.77')).toBe('198.51.100.4');
    expect(resolve('0', '::1', '203.0.113.77')).toBe('::1');
  });

  it('trusts nothing when the server did not say who connected', () => {
    expect(resolve(undefined, null, '203.0.113.77')).toBeNull();
    expect(resolve('1', null, '203.0.113.77')).toBeNull();
  });

  it('with a hop count, reads that many entries back from the right, whatever the client wrote on the left', () => {
    // client forged 203.0.113.77; the proxy appended the real client 192.0.2.50 and connected from 10.0.0.2
    expect(resolve('1', '10.0.0.2', '203.0.113.77, 192.0.2.50')).toBe('192.0.2.50');
    expect(resolve('2', '10.0.0.3', '203.0.113.77, 192.0.2.50, 10.0.0.2')).toBe('192.0.2.50');
    expect(resolve('1', '10.0.0.2', null)).toBe('10.0.0.2'); // fewer hops than configured: the furthest known
  });

  it('with a CIDR list, takes the nearest address outside the proxies', () => {
    expect(resolve('10.0.0.0/8, fd00::/8', '10.0.0.2', '203.0.113.77, 192.0.2.50, 10.1.2.3')).toBe('192.0.2.50');
    expect(resolve('10.0.0.0/8', '198.51.100.9', '203.0.113.77')).toBe('198.51.100.9'); // not from a proxy: X-F-F ignored
    expect(resolve('10.0.0.0/8,fd00::/8', 'fd00::1', '2001:db8::5')).toBe('2001:db8::5');
    expect(resolve('10.0.0.0/8', '10.0.0.2', 'garbage, 192.0.2.50')).toBe('192.0.2.50');
  });

  it('refuses a setting that is neither a count nor addresses', () => {
    expect(() => parseTrustedProxies('proxy.internal')).toThrow(/neither a number/);
    expect(() => parseTrustedProxies('10.0.0.0/40')).toThrow(/prefix/);
  });
});
