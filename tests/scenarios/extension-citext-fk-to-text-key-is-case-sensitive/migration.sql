ALTER TABLE releases ADD FOREIGN KEY (name) REFERENCES projects (name);
