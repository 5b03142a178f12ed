CREATE TABLE public.t (id int PRIMARY KEY, v text);
CREATE FUNCTION public.f() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
  NEW.v := coalesce(OLD.v, 'none') || '/' || NEW.v;
  RETURN NEW;
END
$$;
ALTER FUNCTION public.f() OWNER TO postgres;
CREATE TRIGGER tr BEFORE INSERT OR UPDATE ON public.t FOR EACH ROW EXECUTE FUNCTION public.f();
INSERT INTO t VALUES (1, 'a');
