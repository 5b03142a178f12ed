ALTER TABLE roles ADD FOREIGN KEY (handle) REFERENCES accounts (handle);
ALTER TABLE roles ADD FOREIGN KEY (user_name) REFERENCES accounts (username);
