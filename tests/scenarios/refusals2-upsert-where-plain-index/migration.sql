INSERT INTO emails VALUES (2, 'a@x', true) ON CONFLICT (address) WHERE verified DO UPDATE SET verified = excluded.verified;
INSERT INTO emails VALUES (3, 'b@x', true) ON CONFLICT (id) WHERE 1 DO NOTHING;
INSERT INTO emails VALUES (3, 'c@x', true) ON CONFLICT (verified) WHERE verified DO NOTHING;
