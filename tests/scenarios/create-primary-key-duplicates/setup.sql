CREATE TABLE currencies (
    code char(3),
    name varchar(50) NOT NULL,
    decimals smallint NOT NULL DEFAULT 2
);
INSERT INTO currencies VALUES ('EUR', 'Euro', 2), ('JPY', 'Yen', 0), ('EUR', 'Euro (dup)', 2), ('USD', 'US Dollar', 2);
