// @ts-check
// The pages' Content-Security-Policy is set per request by proxy.ts, with a nonce; route handlers
// (downloads, exports) set their own. A CSP here would override both.
/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  // Separate build folders let several checkouts' test servers build side by side.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  poweredByHeader: false,
  // `npm test` type-checks the whole project once (tsc --noEmit); the build need not repeat it.
  typescript: { ignoreBuildErrors: true },
  serverExternalPackages: ['@electric-sql/pglite', '@node-rs/argon2', 'pg'],
  outputFileTracingIncludes: { '/**': ['./db/migrations/**/*', './lib/pdf/fonts/**/*', './lib/seed/data/**/*'] },
  // The proxy buffers request bodies and silently truncates them above proxyClientMaxBodySize
  // (10 MB by default): evidence uploads of up to MAX_UPLOAD_MB need the same headroom as actions.
  experimental: { serverActions: { bodySizeLimit: '30mb' }, proxyClientMaxBodySize: '30mb' },
  async headers() {
    return [
      {
        source: '/:path*',
        headers: [
          { key: 'X-Frame-Options', value: 'DENY' },
          { key: 'X-Content-Type-Options', value: 'nosniff' },
          { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
          { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=()' },
        ],
      },
    ];
  },
};

module.exports = nextConfig;
