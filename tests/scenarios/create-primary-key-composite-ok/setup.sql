CREATE TABLE exchange_rates (
    base char(3),
    quote char(3),
    rate numeric(12, 6) NOT NULL
);
INSERT INTO exchange_rates VALUES ('EUR', 'USD', 1.0845), ('EUR', 'JPY', 162.5), ('USD', 'JPY', 149.83);
