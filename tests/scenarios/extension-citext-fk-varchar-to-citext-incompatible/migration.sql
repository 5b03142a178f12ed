CREATE TABLE roles (id int PRIMARY KEY, user_name varchar(50) REFERENCES accounts);
