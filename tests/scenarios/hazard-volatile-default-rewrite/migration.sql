ALTER TABLE vendors ADD COLUMN created_at timestamptz NOT NULL DEFAULT now();
ALTER TABLE vendors ADD COLUMN public_id uuid NOT NULL DEFAULT gen_random_uuid();
ALTER TABLE applications ADD COLUMN seq bigserial;
