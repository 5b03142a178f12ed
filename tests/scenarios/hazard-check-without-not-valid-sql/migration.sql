ALTER TABLE applications ADD CONSTRAINT applications_status_check CHECK (status IN ('new', 'active', 'retired'));
