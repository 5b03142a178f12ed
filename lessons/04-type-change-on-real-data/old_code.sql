SELECT id, name, email, status FROM applications;
INSERT INTO applications (name, email) VALUES ('New Applicant', 'new@example.test');
