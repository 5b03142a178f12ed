CREATE TABLE students (id serial PRIMARY KEY, name varchar(100) NOT NULL);
INSERT INTO students (name) VALUES ('Ada'), ('Alan'), ('Grace');
CREATE TABLE courses (code varchar(10) PRIMARY KEY, title text NOT NULL);
INSERT INTO courses VALUES ('CS101', 'Intro to CS'), ('MA201', 'Linear Algebra');
