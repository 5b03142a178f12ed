REINDEX INDEX accounts_email_key;
REINDEX TABLE accounts;
REINDEX (VERBOSE) TABLE public.accounts;
INSERT INTO accounts VALUES (3, 'c@example.com');
