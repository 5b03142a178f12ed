CREATE TABLE airports (
    iata char(3) PRIMARY KEY,
    city varchar(20) NOT NULL,
    country varchar(40)
);
INSERT INTO airports VALUES ('LIS', 'Lisbon', 'Portugal'), ('OSL', 'Oslo', 'Norway'), ('BER', 'Berlin', 'Germany');
