ALTER TABLE suggestions ALTER COLUMN score TYPE JSON USING to_json(score);
UPDATE suggestions SET score = NULL WHERE json_typeof(value) = 'array';
ALTER TABLE suggestions ADD COLUMN meta jsonb;
UPDATE suggestions SET meta = to_jsonb(label);
ALTER TABLE suggestions ALTER COLUMN at TYPE json USING to_json(at);
