COMMENT ON FUNCTION cents_to_euros(bigint) IS 'wrong argument type';
