CREATE TABLE items (
    id integer PRIMARY KEY,
    name varchar(40) NOT NULL,
    qty integer NOT NULL
);
INSERT INTO items VALUES (1, 'bolt', 10), (2, 'nut', 0), (3, 'washer', 7);
CREATE FUNCTION items_weight(integer) RETURNS integer STRICT LANGUAGE plpgsql AS $$
BEGIN
    RETURN $1 * 2;
END
$$;
