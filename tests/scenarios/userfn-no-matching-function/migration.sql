ALTER TABLE products ADD COLUMN stock_with_tax integer;
UPDATE products SET stock_with_tax = with_tax(stock);
UPDATE products SET stock_with_tax = with_tax(price);
