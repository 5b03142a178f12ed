CREATE TYPE shipment_state AS ENUM ('created', 'in_transit', 'deliverd', 'returned');
CREATE TABLE shipments (id integer PRIMARY KEY, state shipment_state NOT NULL DEFAULT 'created');
INSERT INTO shipments VALUES (1, 'created'), (2, 'deliverd'), (3, 'deliverd'), (4, 'returned');
