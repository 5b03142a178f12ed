-- A width argument of another type is read through its text and int4in.
UPDATE items SET label = format('[%*s]', price, 'x') WHERE id = 1;
UPDATE items SET label = format('%*s', price, price);
