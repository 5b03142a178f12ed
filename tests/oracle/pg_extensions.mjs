// The contrib extensions PGlite ships, loaded into every oracle instance so that
// `CREATE EXTENSION citext` (and the others Rehearse simulates) works there as on
// a PostgreSQL server with contrib installed. An extension PGlite has not loaded
// stays "not available", as on a server without it.
import { citext } from '@electric-sql/pglite/contrib/citext';
import { pgcrypto } from '@electric-sql/pglite/contrib/pgcrypto';
import { uuid_ossp } from '@electric-sql/pglite/contrib/uuid_ossp';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { hstore } from '@electric-sql/pglite/contrib/hstore';
import { btree_gist } from '@electric-sql/pglite/contrib/btree_gist';
import { btree_gin } from '@electric-sql/pglite/contrib/btree_gin';
import { ltree } from '@electric-sql/pglite/contrib/ltree';
import { fuzzystrmatch } from '@electric-sql/pglite/contrib/fuzzystrmatch';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';

export const extensions = {
  citext,
  pgcrypto,
  uuid_ossp,
  pg_trgm,
  hstore,
  btree_gist,
  btree_gin,
  ltree,
  fuzzystrmatch,
  unaccent,
};
