SELECT id, name FROM vendors;
INSERT INTO applications (vendor_id, name) VALUES (1, 'x');
SELECT id, email FROM vendors;
