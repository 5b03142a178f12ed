-- substring(text from text) is the regex form: never the integer overload's 22P02.
ALTER TABLE users ADD COLUMN domain text;
UPDATE users SET domain = substring(email from '@(.*)$');
