SET statement_timeout = 0;
SET check_function_bodies = false;
SET client_min_messages = warning;

CREATE TABLE public.accounts (
    id integer NOT NULL,
    email text NOT NULL,
    active boolean DEFAULT true NOT NULL
);

ALTER TABLE public.accounts OWNER TO postgres;

CREATE VIEW public.active_accounts AS
 SELECT accounts.id,
    accounts.email
   FROM public.accounts
  WHERE accounts.active;

ALTER VIEW public.active_accounts OWNER TO postgres;

CREATE MATERIALIZED VIEW public.account_counts AS
 SELECT accounts.active,
    count(*) AS n
   FROM public.accounts
  GROUP BY accounts.active
  WITH NO DATA;

ALTER MATERIALIZED VIEW public.account_counts OWNER TO postgres;

COPY public.accounts (id, email, active) FROM stdin;
1	ada@example.test	t
2	bob@example.test	f
3	cy@example.test	t
\.

ALTER TABLE ONLY public.accounts
    ADD CONSTRAINT accounts_pkey PRIMARY KEY (id);

GRANT SELECT ON TABLE public.active_accounts TO PUBLIC;

REFRESH MATERIALIZED VIEW public.account_counts;
