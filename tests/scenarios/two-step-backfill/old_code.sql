SELECT id, name, email FROM applications;
INSERT INTO applications (name, email) VALUES ('new signup', 'new@example.test');
