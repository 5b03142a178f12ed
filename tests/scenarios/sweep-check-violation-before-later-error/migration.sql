ALTER TABLE accounts ADD CONSTRAINT accounts_price_check CHECK ((DATE '9999-12-31' + price) IS NULL);
