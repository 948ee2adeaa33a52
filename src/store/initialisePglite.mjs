// Creates a new embedded store folder (PGlite's initdb) in a short-lived process of its own:
// creating it takes about 530 MB more resident memory than opening it, which PGlite never gives
// back while it runs, so it is spent there and returned when that process ends.
//
//   node initialisePglite.mjs DIR
import { PGlite } from '@electric-sql/pglite';

const db = await PGlite.create(process.argv[2]);
await db.close();
