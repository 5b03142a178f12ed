CREATE TABLE rooms (
    code char(4) PRIMARY KEY,
    name varchar(30) NOT NULL
);
INSERT INTO rooms VALUES ('A1', 'Atrium'), ('B12', 'Boardroom'), ('C123', 'Cafeteria');
