ALTER TABLE recipes ADD COLUMN ingredients text[];
UPDATE recipes SET ingredients = array_remove(string_to_array(ingredients_csv, ','), '');
UPDATE recipes SET ingredients = '{}' WHERE ingredients IS NULL;
ALTER TABLE recipes ADD CONSTRAINT recipes_few_ingredients CHECK (array_length(ingredients, 1) <= 3);
