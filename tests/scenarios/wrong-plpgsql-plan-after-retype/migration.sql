-- The trigger never reads note: its cached plans do not mind the new type.
ALTER TABLE order_lines ALTER COLUMN note TYPE text;
UPDATE order_lines SET note = 'checked';
-- It read NEW.qty as numeric when the setup's INSERT prepared its plan.
ALTER TABLE order_lines ALTER COLUMN qty TYPE integer;
INSERT INTO order_lines (id, qty, unit_price) VALUES (3, 4, 25);
