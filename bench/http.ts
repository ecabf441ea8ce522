import autocannon from 'autocannon';

export interface HttpResult {
  name: string;
  path: string;
  requestsPerSec: number;
  p95Ms: number;
  p50Ms: number;
  errors: number;
  non2xx: number;
}

/** Signs in through next-auth's credentials endpoint and returns the session cookie header. */
export async function signInCookie(base: string, email: string, password: string): Promise<string> {
  const csrfRes = await fetch(`${base}/api/auth/csrf`);
  const { csrfToken } = (await csrfRes.json()) as { csrfToken: string };
  const jar = cookiesOf(csrfRes);
  const res = await fetch(`${base}/api/auth/callback/credentials`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: jar },
    body: new URLSearchParams({ csrfToken, email, password, callbackUrl: `${base}/home` }),
  });
  const all = `${jar}; ${cookiesOf(res)}`;
  if (!/session-token=/.test(all)) throw new Error(`Sign-in for the benchmark failed (status ${res.status}).`);
  return all;
}

function cookiesOf(res: Response) {
  return res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
}

/** 20 concurrent connections for a fixed time; p95 from every response's latency. */
export function load(opts: { base: string; path: string; name: string; cookie?: string; seconds?: number; connections?: number }): Promise<HttpResult> {
  return new Promise((resolve, reject) => {
    const latencies: number[] = [];
    const instance = autocannon(
      {
        url: opts.base + opts.path,
        connections: opts.connections ?? 20,
        duration: opts.seconds ?? 10,
        headers: opts.cookie ? { cookie: opts.cookie } : {},
      },
      (err, result) => {
        if (err) return reject(err);
        latencies.sort((a, b) => a - b);
        const pct = (p: number) => (latencies.length ? latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))] : NaN);
        resolve({
          name: opts.name,
          path: opts.path,
          requestsPerSec: result.requests.average,
          p95Ms: pct(95),
          p50Ms: pct(50),
          errors: result.errors,
          non2xx: result.non2xx,
        });
      },
    );
    instance.on('response', (_client: unknown, _status: number, _bytes: number, responseTime: number) => latencies.push(responseTime));
  });
}
