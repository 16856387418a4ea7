-- pg_dump --schema tracehouse_prev_release --inserts --no-owner --no-privileges of the entity store at commit 89c29c2, written by
-- tools/previous-release/generate-databases.spec.ts.txt (entities upserted by that release's trace-enricher).
--
-- PostgreSQL database dump
--

\restrict cSKNKMv3WQJkgzBQ8K0XqdPEMdCBjjbhpdj4cJClajIjakQmwu3peKUGbRuabUj

-- Dumped from database version 15.18 (Debian 15.18-0+deb12u1)
-- Dumped by pg_dump version 15.18 (Debian 15.18-0+deb12u1)

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

--
-- Name: tracehouse_prev_release; Type: SCHEMA; Schema: -; Owner: -
--

CREATE SCHEMA tracehouse_prev_release;


SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: entities; Type: TABLE; Schema: tracehouse_prev_release; Owner: -
--

CREATE TABLE tracehouse_prev_release.entities (
    tenant text NOT NULL,
    type text NOT NULL,
    id text NOT NULL,
    doc jsonb NOT NULL,
    first_seen timestamp with time zone NOT NULL,
    last_seen timestamp with time zone NOT NULL,
    CONSTRAINT entities_type_check CHECK ((type = ANY (ARRAY['SERVICE'::text, 'API'::text, 'BACKEND'::text])))
);


--
-- Name: entity_store_migrations; Type: TABLE; Schema: tracehouse_prev_release; Owner: -
--

CREATE TABLE tracehouse_prev_release.entity_store_migrations (
    version integer NOT NULL,
    applied_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Data for Name: entities; Type: TABLE DATA; Schema: tracehouse_prev_release; Owner: -
--

INSERT INTO tracehouse_prev_release.entities VALUES ('shop', 'API', '2c8ea7b99630ce4e2198f610989486ef', '{"name": "POST /orders", "attributes": {"name": "POST /orders", "method": "POST", "service": "checkout", "protocol": "HTTP", "serviceId": "e6e03279bd8195f533fd37df40f873ba"}}', '2025-06-02 10:00:00.008+00', '2025-06-02 10:00:00.098+00');
INSERT INTO tracehouse_prev_release.entities VALUES ('shop', 'API', '7ce41e55870904998f07366107a6d668', '{"name": "POST /checkout", "attributes": {"name": "POST /checkout", "method": "POST", "service": "frontend", "protocol": "HTTP", "serviceId": "93b61daba6e15fbf3e2f6197bc968a91"}}', '2025-06-02 10:00:00+00', '2025-06-02 10:00:00.12+00');
INSERT INTO tracehouse_prev_release.entities VALUES ('shop', 'API', '82cb045242586b136368cc6d7bfc0239', '{"name": "payments.Payments/Charge", "attributes": {"name": "payments.Payments/Charge", "service": "payments", "protocol": "GRPC", "serviceId": "c9d5bd3d2cff8d6dfab8977db328e934"}}', '2025-06-02 10:00:00.027+00', '2025-06-02 10:00:00.082+00');
INSERT INTO tracehouse_prev_release.entities VALUES ('shop', 'BACKEND', '7a87511713c59f6f3be166e064f9e40a', '{"name": "kafka", "attributes": {"host": "", "port": "", "type": "kafka", "protocol": "kafka"}}', '2025-06-02 10:00:00.088+00', '2025-06-02 10:00:00.091+00');
INSERT INTO tracehouse_prev_release.entities VALUES ('shop', 'BACKEND', 'ec9ab8439eaa3282447717eef0d17f83', '{"name": "postgresql://pg-orders:5432", "attributes": {"host": "pg-orders", "port": "5432", "type": "postgresql", "protocol": "postgresql"}}', '2025-06-02 10:00:00.01+00', '2025-06-02 10:00:00.022+00');
INSERT INTO tracehouse_prev_release.entities VALUES ('shop', 'SERVICE', '93b61daba6e15fbf3e2f6197bc968a91', '{"name": "frontend", "attributes": {"name": "frontend"}}', '2025-06-02 10:00:00+00', '2025-06-02 10:00:00.12+00');
INSERT INTO tracehouse_prev_release.entities VALUES ('shop', 'SERVICE', 'c9d5bd3d2cff8d6dfab8977db328e934', '{"name": "payments", "attributes": {"name": "payments"}}', '2025-06-02 10:00:00.027+00', '2025-06-02 10:00:00.082+00');
INSERT INTO tracehouse_prev_release.entities VALUES ('shop', 'SERVICE', 'e6e03279bd8195f533fd37df40f873ba', '{"name": "checkout", "attributes": {"name": "checkout"}}', '2025-06-02 10:00:00.008+00', '2025-06-02 10:00:00.098+00');


--
-- Data for Name: entity_store_migrations; Type: TABLE DATA; Schema: tracehouse_prev_release; Owner: -
--

INSERT INTO tracehouse_prev_release.entity_store_migrations VALUES (1, '2026-12-04 11:48:25.223533+00');


--
-- Name: entities entities_pkey; Type: CONSTRAINT; Schema: tracehouse_prev_release; Owner: -
--

ALTER TABLE ONLY tracehouse_prev_release.entities
    ADD CONSTRAINT entities_pkey PRIMARY KEY (tenant, type, id);


--
-- Name: entity_store_migrations entity_store_migrations_pkey; Type: CONSTRAINT; Schema: tracehouse_prev_release; Owner: -
--

ALTER TABLE ONLY tracehouse_prev_release.entity_store_migrations
    ADD CONSTRAINT entity_store_migrations_pkey PRIMARY KEY (version);


--
-- PostgreSQL database dump complete
--

\unrestrict cSKNKMv3WQJkgzBQ8K0XqdPEMdCBjjbhpdj4cJClajIjakQmwu3peKUGbRuabUj

