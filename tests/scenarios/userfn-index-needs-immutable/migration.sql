CREATE INDEX events_payload_size ON events (payload_size(payload));
