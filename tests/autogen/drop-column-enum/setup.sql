CREATE TYPE mood AS ENUM ('happy', 'sad', 'neutral');
CREATE TABLE people (
    id serial PRIMARY KEY,
    label varchar(40) NOT NULL,
    current_mood mood NOT NULL DEFAULT 'neutral'
);
INSERT INTO people (label, current_mood) VALUES ('ann', 'happy'), ('bo', 'sad'), ('cy', 'neutral');
