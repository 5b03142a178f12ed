CREATE TABLE flights (
    id serial PRIMARY KEY,
    code varchar(10) NOT NULL,
    departs_at timestamptz,
    local_departure timestamp
);
INSERT INTO flights (code) VALUES ('LH123'), ('TP456'), ('SK789'), ('BA001');
