-- citext's own operators match case-insensitively, `~` and LIKE as much as `~*`:
-- all four rows pass, so the constraint is added; then row 3 fails the second one.
ALTER TABLE users ADD CONSTRAINT users_valid_username CHECK (username ~ '^[a-z0-9][a-z0-9._-]*$');
UPDATE users SET username = lower(username) WHERE username LIKE 'ann' OR username SIMILAR TO 'BOB' OR username LIKE 'D%' ESCAPE '!';
ALTER TABLE users ADD CONSTRAINT users_no_trailing_dash CHECK (username !~* '-$');
