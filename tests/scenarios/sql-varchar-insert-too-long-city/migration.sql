INSERT INTO airports VALUES ('KTM', 'Kathmandu');
UPDATE airports SET city = city || ' Tegel Otto Lilienthal' WHERE iata = 'BER';
