ALTER TABLE journals ADD FOREIGN KEY (submitted_by) REFERENCES accounts (username);
