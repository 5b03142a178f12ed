CREATE TABLE current_prices AS
  SELECT DISTINCT ON (sku) sku, price, valid_from
  FROM price_history
  ORDER BY sku, valid_from DESC;
ALTER TABLE current_prices ADD PRIMARY KEY (sku);
