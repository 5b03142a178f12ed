CREATE TABLE migration_log (last_customer bigint, last_any bigint, invoice bigint);
INSERT INTO migration_log VALUES (currval('customers_id_seq'), lastval(), setval('invoice_no', 100));
INSERT INTO migration_log VALUES (currval('invoice_no'), lastval(), nextval('invoice_no'));
INSERT INTO customers (name) VALUES ('linus');
INSERT INTO migration_log VALUES (currval('customers_id_seq'), lastval(), currval('invoice_no'));
