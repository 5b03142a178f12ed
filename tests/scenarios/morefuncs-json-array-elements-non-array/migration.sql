CREATE TABLE event_items (event_id int, item json);
INSERT INTO event_items SELECT id, json_array_elements(payload) FROM events;
