CREATE TABLE payouts (id integer PRIMARY KEY, amount_cents bigint NOT NULL, iban text);
CREATE VIEW pending_payouts AS SELECT id, amount_cents FROM payouts WHERE iban IS NOT NULL;
INSERT INTO payouts VALUES (1, 5000, 'DE89370400440532013000'), (2, 120, NULL);
COMMENT ON COLUMN payouts.iban IS 'old comment';
