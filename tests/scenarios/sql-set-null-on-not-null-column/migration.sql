DELETE FROM customers WHERE id = 2;
