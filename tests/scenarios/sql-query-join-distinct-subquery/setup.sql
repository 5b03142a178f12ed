CREATE TABLE datasets (id integer PRIMARY KEY, name text);
INSERT INTO datasets VALUES (1, 'd1'), (2, 'd2');
CREATE TABLE records (id integer PRIMARY KEY, dataset_id integer REFERENCES datasets (id));
INSERT INTO records VALUES (100, 1), (101, 1), (102, 2), (103, 2);
CREATE TABLE responses (id integer PRIMARY KEY, record_id integer REFERENCES records (id), user_id integer, status text);
INSERT INTO responses VALUES (1, 100, 7, 'submitted'), (2, 101, 7, 'draft'), (3, 102, 8, 'submitted'), (4, 103, 7, 'submitted');
