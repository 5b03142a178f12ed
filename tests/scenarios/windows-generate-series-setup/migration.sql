ALTER TABLE items ADD CONSTRAINT items_label_short CHECK (length(label) <= 4);
