ALTER TABLE customers ADD COLUMN email_key text;
UPDATE customers SET email_key = normalize_email(email);
ALTER TABLE customers ADD COLUMN monthly numeric(10,2);
UPDATE customers SET monthly = seat_price(plan, seats);
CREATE UNIQUE INDEX customers_email_key ON customers (normalize_email(email));
ALTER TABLE customers ADD CONSTRAINT email_key_normal CHECK (email_key = normalize_email(email_key));
