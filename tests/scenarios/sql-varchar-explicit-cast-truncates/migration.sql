ALTER TABLE airports ADD COLUMN country_code varchar(3);
UPDATE airports SET country_code = upper(country)::varchar(3);
INSERT INTO airports (iata, city) VALUES ('SFO', 'San Francisco International'::varchar(20));
INSERT INTO airports (iata, city) VALUES ('ZRH'::char(2) || 'H', 'Zurich');
