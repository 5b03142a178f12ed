CREATE TABLE students (
    id serial PRIMARY KEY,
    name varchar(100) NOT NULL
);
CREATE TABLE courses (
    code varchar(10) PRIMARY KEY,
    title varchar(200) NOT NULL
);
INSERT INTO students (name) VALUES ('Ana'), ('Ben'), ('Cid');
INSERT INTO courses (code, title) VALUES ('CS101', 'Intro to CS'), ('MA201', 'Linear Algebra');
