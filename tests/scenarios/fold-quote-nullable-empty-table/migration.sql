UPDATE orders SET total = quote_nullable('back\slash');
