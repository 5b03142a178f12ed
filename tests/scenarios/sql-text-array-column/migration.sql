UPDATE articles SET title = upper(title);
