CREATE TABLE accounts (id integer PRIMARY KEY, seen_at bigint, total bigint);
