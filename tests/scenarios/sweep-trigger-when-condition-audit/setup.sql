CREATE TABLE customers (id serial PRIMARY KEY, email text NOT NULL, country text);
CREATE TABLE customers_history (customer_id int NOT NULL, op text NOT NULL, old_country text, new_country text);
CREATE FUNCTION customers_audit() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO customers_history VALUES (NEW.id, TG_OP, OLD.country, NEW.country);
  RETURN NEW;
END
$$;
INSERT INTO customers (email, country) VALUES
  ('ada@example.test', 'uk'), ('bob@example.test', 'fr'), ('cy@example.test', NULL),
  ('dee@example.test', 'de'), ('eve@example.test', 'UK');
