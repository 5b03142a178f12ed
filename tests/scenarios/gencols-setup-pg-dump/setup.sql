--
-- PostgreSQL database dump
--

\restrict SZKPUOu1mD5WJiNM2wKOf5JcDL6LkISbuM9Rjt80Wd9p4cWEvaNidtEhfLCub0h

-- Dumped from database version 18.6
-- Dumped by pg_dump version 18.3

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET transaction_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: items; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.items (
    id integer NOT NULL,
    qty integer NOT NULL,
    price numeric(10,2) NOT NULL,
    total numeric GENERATED ALWAYS AS (((qty)::numeric * price)) STORED,
    label text GENERATED ALWAYS AS (('item '::text || (id)::text))
);


ALTER TABLE public.items OWNER TO postgres;

--
-- Data for Name: items; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.items (id, qty, price) FROM stdin;
1	2	9.99
2	3	0.10
\.


--
-- Name: items items_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.items
    ADD CONSTRAINT items_pkey PRIMARY KEY (id);


--
-- PostgreSQL database dump complete
--

\unrestrict SZKPUOu1mD5WJiNM2wKOf5JcDL6LkISbuM9Rjt80Wd9p4cWEvaNidtEhfLCub0h

