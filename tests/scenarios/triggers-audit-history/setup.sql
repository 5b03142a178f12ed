CREATE TABLE orders (id int PRIMARY KEY, status text NOT NULL, total numeric(10,2));
CREATE TABLE orders_history (order_id int, op text, old_status text, new_status text);
CREATE FUNCTION orders_audit() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    INSERT INTO orders_history VALUES (OLD.id, TG_OP, OLD.status, NULL);
    RETURN OLD;
  ELSIF TG_OP = 'UPDATE' THEN
    INSERT INTO orders_history VALUES (NEW.id, TG_OP, OLD.status, NEW.status);
  ELSE
    INSERT INTO orders_history VALUES (NEW.id, TG_OP, NULL, NEW.status);
  END IF;
  RETURN NEW;
END
$$;
CREATE TRIGGER orders_audit AFTER INSERT OR UPDATE OR DELETE ON orders FOR EACH ROW EXECUTE FUNCTION orders_audit();
INSERT INTO orders VALUES (1, 'open', 10), (2, 'open', 20), (3, 'shipped', 30);
