DELETE FROM customers WHERE name = 'Acme Corp';
