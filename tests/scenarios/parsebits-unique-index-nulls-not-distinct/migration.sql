CREATE UNIQUE INDEX accounts_region_email ON accounts (region, email) NULLS NOT DISTINCT;
CREATE UNIQUE INDEX accounts_email_partial ON accounts (email) NULLS NOT DISTINCT WHERE region = 'us';
INSERT INTO accounts VALUES (5, NULL, 'us') ON CONFLICT DO NOTHING;
CREATE UNIQUE INDEX accounts_email_nd ON accounts (email) NULLS DISTINCT;
CREATE UNIQUE INDEX accounts_email_nnd ON accounts (email) NULLS NOT DISTINCT;
