import { prepareDatabase } from './lib/prepare-db';

// `npm run db:seed`: migrates, loads the reference data and the demo workspace into the database
// named by DATABASE_URL (else the embedded one in DATA_DIR; stop the server first, it holds the
// folder). Idempotent: a database that already has the demo case is left as it is.
prepareDatabase({ seedDemo: true }).then(
  ({ seeded, kind }) => console.log(seeded ? `Demo workspace seeded (${kind}).` : `The demo workspace was already there (${kind}); nothing changed.`),
  (err) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  },
);
