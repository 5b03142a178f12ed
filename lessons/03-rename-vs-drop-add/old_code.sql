SELECT id, name FROM vendors;
INSERT INTO vendors (name) VALUES ('Umbrella');
