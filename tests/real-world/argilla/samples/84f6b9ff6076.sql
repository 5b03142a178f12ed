-- Sample rows (written for the corpus): a workspace with two datasets; the new
-- last_activity_at starts as each dataset's updated_at, then becomes NOT NULL.
INSERT INTO workspaces (id, name, inserted_at, updated_at) VALUES
  ('7f2c1a9e-5b1d-4c3e-9a8f-0d1e2f3a4b5c', 'argilla', '2023-05-02 09:00:00', '2023-05-02 09:00:00');
INSERT INTO datasets (id, name, guidelines, status, workspace_id, inserted_at, updated_at) VALUES
  ('0a1b2c3d-0000-4000-8000-00000000000a', 'feedback-v1', 'Label each response.', 'ready', '7f2c1a9e-5b1d-4c3e-9a8f-0d1e2f3a4b5c', '2023-05-02 09:10:00', '2023-06-11 17:45:12'),
  ('0a1b2c3d-0000-4000-8000-00000000000b', 'feedback-v2', NULL, 'draft', '7f2c1a9e-5b1d-4c3e-9a8f-0d1e2f3a4b5c', '2023-06-20 08:00:00', '2023-06-20 08:00:00');
