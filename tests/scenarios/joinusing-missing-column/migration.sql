CREATE TABLE project_owners (title text, name text);
INSERT INTO project_owners SELECT title, name FROM projects JOIN users USING (owner_id);
