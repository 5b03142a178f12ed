CREATE TABLE items (total date);
