ALTER TABLE roles ADD FOREIGN KEY (code) REFERENCES accounts (code);
