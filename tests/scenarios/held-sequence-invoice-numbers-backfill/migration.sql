CREATE SEQUENCE invoice_number_seq START WITH 1000 INCREMENT BY 10;
ALTER TABLE invoices ADD COLUMN number bigint;
UPDATE invoices SET number = n.num
  FROM (SELECT id, nextval('invoice_number_seq') AS num FROM (SELECT id FROM invoices ORDER BY issued) ordered) n
 WHERE n.id = invoices.id;
ALTER TABLE invoices ALTER COLUMN number SET DEFAULT nextval('invoice_number_seq');
ALTER TABLE invoices ALTER COLUMN number SET NOT NULL;
ALTER SEQUENCE invoice_number_seq OWNED BY invoices.number;
INSERT INTO invoices (id, issued, total) VALUES (4, '2024-03-01', 12) RETURNING number;
SELECT last_value, is_called FROM invoice_number_seq;
