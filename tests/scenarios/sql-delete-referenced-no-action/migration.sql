DELETE FROM customers WHERE name = 'Initech';
DELETE FROM customers WHERE name = 'Acme Corp';
