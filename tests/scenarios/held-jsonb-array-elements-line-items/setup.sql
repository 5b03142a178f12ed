CREATE TABLE orders (id integer PRIMARY KEY, payload jsonb NOT NULL);
INSERT INTO orders VALUES
 (1, '{"customer": {"name": "Ada", "address": {"city": "London", "zip": null}}, "items": [{"sku": "A", "qty": 2, "price": 1.5}, {"sku": "B", "qty": 1, "price": 10}]}'),
 (2, '{"customer": {"name": "Bob", "address": {"city": "Paris"}}, "items": []}'),
 (3, '{"customer": {"name": "Cy"}, "items": [{"sku": "A", "qty": "three", "price": 1.5}]}');
