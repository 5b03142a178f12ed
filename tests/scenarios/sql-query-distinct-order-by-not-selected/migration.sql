CREATE TABLE regions (region text);
INSERT INTO regions SELECT DISTINCT region FROM customers ORDER BY name;
