import { z } from 'zod';
import { parseTrustedProxies } from './auth/client-address';

// The only reader of process.env: everything else imports `env`.
const schema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  DATABASE_URL: z.string().url().optional(),
  DATA_DIR: z.string().default('data'),
  SEED_DEMO: z.enum(['auto', 'yes', 'no']).default('auto'),
  AUTH_SECRET: z.string().min(32).optional(),
  // next-auth's rotation: it encrypts with the highest-numbered secret and accepts all of them.
  AUTH_SECRET_1: z.string().min(32).optional(),
  AUTH_SECRET_2: z.string().min(32).optional(),
  AUTH_SECRET_3: z.string().min(32).optional(),
  // next-auth's public URL; without it, the request's forwarded protocol decides the cookie name.
  AUTH_URL: z.string().url().optional(),
  // Ed25519 private key (PEM, PKCS#8; "\n" escapes allowed) that signs audit checkpoints. Without it,
  // the server creates DATA_DIR/audit-signing-key.pem (0600): keep a copy of checkpoints elsewhere.
  AUDIT_SIGNING_KEY: z.string().min(40).optional(),
  // Set by `npm start` for the server it spawns: the token of the embedded database's lock it holds.
  PGLITE_LOCK_TOKEN: z.string().regex(/^[0-9a-f]{24}$/).optional(),
  // Set by `npm start`: its pid, so the server it spawns stops when it is gone (killed with -9).
  SUPERVISOR_PID: z.coerce.number().int().positive().optional(),
  SESSION_HOURS: z.coerce.number().positive().max(24 * 30).default(8),
  MAX_UPLOAD_MB: z.coerce.number().positive().max(500).default(25),
  PORT: z.coerce.number().int().positive().default(3000),
  // Where the PDF fonts are, for deployments that copy them elsewhere (default: lib/pdf/fonts).
  PDF_FONT_DIR: z.string().min(1).optional(),
  // Which proxies may tell the client's address (lib/auth/client-address.ts, README): none by default.
  TRUSTED_PROXIES: z
    .string()
    .optional()
    .superRefine((v, ctx) => {
      try {
        parseTrustedProxies(v);
      } catch (err) {
        ctx.addIssue({ code: 'custom', message: (err as Error).message });
      }
    }),
  // Set by scripts/serve.mjs, which writes each connection's own address into a header the client cannot set.
  PEER_ADDRESS_FROM_SERVER: z.literal('1').optional(),
});

export type Env = z.infer<typeof schema>;

function load(): Env {
  const parsed = schema.safeParse({
    ...process.env,
    DATABASE_URL: process.env.DATABASE_URL || undefined,
    AUTH_SECRET: process.env.AUTH_SECRET || undefined,
    AUTH_SECRET_1: process.env.AUTH_SECRET_1 || undefined,
    AUTH_SECRET_2: process.env.AUTH_SECRET_2 || undefined,
    AUTH_SECRET_3: process.env.AUTH_SECRET_3 || undefined,
    AUDIT_SIGNING_KEY: process.env.AUDIT_SIGNING_KEY || undefined,
    AUTH_URL: process.env.AUTH_URL || process.env.NEXTAUTH_URL || undefined,
  });
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid environment configuration:\n${lines.join('\n')}`);
  }
  return parsed.data;
}

export const env = load();
