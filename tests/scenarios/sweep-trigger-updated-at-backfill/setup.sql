CREATE TABLE articles (id serial PRIMARY KEY, title text NOT NULL, status text NOT NULL DEFAULT 'draft', updated_at timestamp NOT NULL DEFAULT '2026-01-01 00:00');
CREATE FUNCTION touch_updated_at() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.updated_at := '2030-06-01 12:00'::timestamp;
  RETURN NEW;
END;
$$;
CREATE TRIGGER articles_touch BEFORE UPDATE ON articles FOR EACH ROW EXECUTE FUNCTION touch_updated_at();
INSERT INTO articles (title, status) VALUES ('One', 'draft'), ('Two', 'published'), ('Three', 'DRAFT');
