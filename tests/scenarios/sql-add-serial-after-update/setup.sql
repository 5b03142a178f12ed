CREATE TABLE tasks (
    code varchar(10) PRIMARY KEY,
    title text NOT NULL
);
INSERT INTO tasks VALUES ('T-1', 'Write spec'), ('T-2', 'Review PR'), ('T-3', 'Deploy');
