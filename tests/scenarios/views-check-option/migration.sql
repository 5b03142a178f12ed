CREATE VIEW eu_customers AS SELECT id, name, region FROM customers WHERE region = 'eu' WITH LOCAL CHECK OPTION;
CREATE VIEW named_customers AS SELECT * FROM customers WHERE name IS NOT NULL WITH CHECK OPTION;
