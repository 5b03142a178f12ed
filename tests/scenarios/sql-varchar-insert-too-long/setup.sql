CREATE TABLE airports (
    iata char(3) PRIMARY KEY,
    city varchar(20) NOT NULL
);
INSERT INTO airports VALUES ('LIS', 'Lisbon'), ('OSL', 'Oslo'), ('BER', 'Berlin');
