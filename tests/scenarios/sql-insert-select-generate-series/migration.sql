INSERT INTO slots (id) SELECT generate_series(1, 3);
UPDATE slots SET label = 'slot-' || id;
