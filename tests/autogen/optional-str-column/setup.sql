CREATE TABLE applications (
    id serial PRIMARY KEY,
    applicant_name varchar(120) NOT NULL,
    email varchar(255) NOT NULL,
    submitted_on date NOT NULL
);
INSERT INTO applications (applicant_name, email, submitted_on) VALUES
    ('Grace Hopper', 'grace@example.com', '2024-03-01'),
    ('Alan Turing', 'alan@example.com', '2024-03-02'),
    ('Edsger Dijkstra', 'edsger@example.com', '2024-03-05');
