UPDATE metrics SET note = rtrim(ltrim(note, ' x'), ' ');
UPDATE metrics SET name = trim(both 'a' from name);
