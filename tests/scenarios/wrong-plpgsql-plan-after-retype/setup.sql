CREATE TABLE order_lines (
    id integer PRIMARY KEY,
    qty numeric NOT NULL,
    unit_price integer NOT NULL,
    note varchar(20),
    total integer
);
CREATE FUNCTION order_lines_total() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.total := NEW.qty * NEW.unit_price;
    RETURN NEW;
END
$$;
CREATE TRIGGER order_lines_total BEFORE INSERT OR UPDATE ON order_lines
    FOR EACH ROW EXECUTE FUNCTION order_lines_total();
INSERT INTO order_lines (id, qty, unit_price, note) VALUES (1, 2, 150, 'first'), (2, 1, 990, NULL);
