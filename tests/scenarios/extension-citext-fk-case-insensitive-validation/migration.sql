ALTER TABLE roles ADD CONSTRAINT roles_user_name_fkey FOREIGN KEY (user_name) REFERENCES accounts (username);
INSERT INTO roles VALUES (5, 'Bob', 'Owner');
