//! Calls: of functions defined in the file (argument binding, frames), of `op.*`,
//! builtins and recorded SQLAlchemy constructors, and of methods on runtime objects,
//! SQL objects and plain values.

use super::expr::{EXCEPTIONS, QUERY_RESULT};
use super::{builtins, Call, EnumClass, Evaluator, Fault, Object, Py, MAX_CALL_DEPTH};
use rustpython_parser::ast;
use std::rc::Rc;

/// A call's positional and keyword arguments.
type Arguments = (Vec<Py>, Vec<(String, Py)>);

impl Evaluator<'_> {
    /// A call's arguments, with `*args` and `**kwargs` spread.
    fn arguments(&self, c: &ast::ExprCall) -> Result<Arguments, Fault> {
        let args = self.elements(&c.args)?;
        let mut kwargs: Vec<(String, Py)> = Vec::new();
        for k in &c.keywords {
            match &k.arg {
                Some(name) => kwargs.push((name.to_string(), self.value(&k.value)?)),
                None => match self.value(&k.value)? {
                    Py::Dict(items) => {
                        for (key, v) in items {
                            let Py::Str(key) = key else {
                                return Err(self.raise(k, "TypeError", "keywords must be strings"));
                            };
                            kwargs.push((key, v));
                        }
                    }
                    other => {
                        return Err(self.raise(
                            k,
                            "TypeError",
                            format!(
                                "argument after ** must be a mapping, not {}",
                                builtins::type_name(&other)
                            ),
                        ))
                    }
                },
            }
        }
        Ok((args, kwargs))
    }

    pub(crate) fn call(&self, c: &ast::ExprCall) -> Result<Py, Fault> {
        self.tick(c)?;
        if let Some(path) = self.path(&c.func) {
            let (args, kwargs) = self.arguments(c)?;
            return self.call_named(c, path, args, kwargs);
        }
        if let ast::Expr::Attribute(a) = c.func.as_ref() {
            let receiver = self.value(&a.value)?;
            let (args, kwargs) = self.arguments(c)?;
            return self.call_method(c, &a.value, receiver, a.attr.as_str(), args, kwargs);
        }
        let f = self.value(&c.func)?;
        let (args, kwargs) = self.arguments(c)?;
        self.call_value(c, f, args, kwargs)
    }

    pub(crate) fn record(
        &self,
        c: &ast::ExprCall,
        func: String,
        args: Vec<Py>,
        kwargs: Vec<(String, Py)>,
    ) -> Call {
        Call {
            func,
            args: args.into_iter().map(Py::lowered).collect(),
            kwargs: kwargs.into_iter().map(|(k, v)| (k, v.lowered())).collect(),
            span: self.span(c),
        }
    }

    pub(crate) fn call_value(
        &self,
        c: &ast::ExprCall,
        f: Py,
        args: Vec<Py>,
        kwargs: Vec<(String, Py)>,
    ) -> Result<Py, Fault> {
        match f {
            Py::Function(id) => {
                // The callee's parameters are the caller's objects in Python.
                self.share_names(c.args.iter().chain(c.keywords.iter().map(|k| &k.value)));
                self.call_function(c, id, args, kwargs)
            }
            Py::Name(path) => self.call_named(c, path, args, kwargs),
            Py::EnumClass(class) => {
                let [value] = args.as_slice() else {
                    return Err(self.refuse(c, "calling an enum class takes one value"));
                };
                match class
                    .members
                    .iter()
                    .position(|(_, v)| builtins::py_eq(v, value))
                {
                    Some(i) => Ok(Py::EnumMember(class.clone(), i)),
                    None => Err(self.raise(
                        c,
                        "ValueError",
                        format!("{} is not a valid {}", self.repr(c, value)?, class.name),
                    )),
                }
            }
            other => Err(self.raise(
                c,
                "TypeError",
                format!("'{}' object is not callable", builtins::type_name(&other)),
            )),
        }
    }

    fn call_named(
        &self,
        c: &ast::ExprCall,
        path: String,
        args: Vec<Py>,
        kwargs: Vec<(String, Py)>,
    ) -> Result<Py, Fault> {
        if path.starts_with("op.") {
            let call = self.record(c, path, args, kwargs);
            return self.op_call(c, call);
        }
        if let Some(name) = path.strip_prefix("builtins.") {
            if EXCEPTIONS.contains(&name) {
                let message = match args.first() {
                    Some(v) => self.to_str(c, v)?,
                    None => String::new(),
                };
                return Ok(Py::Call(Box::new(Call {
                    func: format!("builtins.{name}"),
                    args: vec![Py::Str(message)],
                    kwargs: Vec::new(),
                    span: self.span(c),
                })));
            }
            return builtins::call(self, c, name, args, kwargs);
        }
        match path.as_str() {
            "logging.getLogger" => return Ok(Py::Object(Object::Logger)),
            "logging.debug" | "logging.info" | "logging.warning" | "logging.error"
            | "logging.critical" | "logging.exception" | "logging.log" => return Ok(Py::None),
            // Configures the root logger's handlers: nothing the database sees.
            "logging.basicConfig" => return Ok(Py::None),
            "context.is_offline_mode" => return Ok(Py::Bool(true)),
            "context.get_context" => return Ok(Py::Object(Object::Context)),
            "context.get_bind" => return Ok(Py::Object(Object::Connection)),
            "textwrap.dedent" | "json.dumps" | "textwrap.indent" => {
                return builtins::call(self, c, &path, args, kwargs)
            }
            "sa.Enum" | "postgresql.ENUM" => {
                if let Some(Py::EnumClass(class)) = args.first() {
                    return self.enum_type(c, path, class.clone(), args, kwargs);
                }
            }
            _ => {}
        }
        // Reflection needs a live database; offline Alembic's MockConnection has no
        // inspector, so `alembic upgrade --sql` stops here.
        let reflects = match path.as_str() {
            "sa.Table" => kwargs
                .iter()
                .find(|(k, _)| k == "autoload_with")
                .map(|(_, v)| v),
            "sa.inspect" => args.first(),
            _ => None,
        };
        if matches!(reflects, Some(Py::Object(Object::Connection))) {
            return Err(self.raise(
                c,
                "NoInspectionAvailable",
                "No inspection system is available for object of type <class 'sqlalchemy.engine.mock.MockConnection'>",
            ));
        }
        if path.starts_with("context.") {
            return Err(self.refuse(
                c,
                format!("`{path}()` is not something the playground models (it runs the migration as `alembic upgrade --sql` does)"),
            ));
        }
        Ok(Py::Call(Box::new(self.record(c, path, args, kwargs))))
    }

    /// `sa.Enum(PyEnum)`: SQLAlchemy takes the member names as labels and the class
    /// name, lower-cased, as the type's name.
    fn enum_type(
        &self,
        c: &ast::ExprCall,
        path: String,
        class: Rc<EnumClass>,
        args: Vec<Py>,
        mut kwargs: Vec<(String, Py)>,
    ) -> Result<Py, Fault> {
        if args.len() > 1 || kwargs.iter().any(|(k, _)| k == "values_callable") {
            return Err(self.refuse(
                c,
                "sa.Enum(EnumClass, values_callable=...) (or with more arguments) is not supported; pass the labels as strings",
            ));
        }
        if !kwargs.iter().any(|(k, _)| k == "name") {
            kwargs.push(("name".into(), Py::Str(class.name.to_lowercase())));
        }
        let labels = class
            .members
            .iter()
            .map(|(n, _)| Py::Str(n.clone()))
            .collect();
        Ok(Py::Call(Box::new(self.record(c, path, labels, kwargs))))
    }

    /// `TypeEngine.with_variant(type_, *dialect_names)`: the variant is the type on
    /// those dialects only, and the dialect is PostgreSQL's.
    fn with_variant(
        &self,
        c: &ast::ExprCall,
        receiver: &Py,
        args: Vec<Py>,
        kwargs: Vec<(String, Py)>,
    ) -> Result<Py, Fault> {
        let Some((variant, names)) = args.split_first() else {
            return Err(self.refuse(c, "with_variant() needs a type and dialect names"));
        };
        if names.is_empty() || !kwargs.is_empty() {
            return Err(self.refuse(c, "with_variant() needs a type and dialect names"));
        }
        let mut for_postgresql = false;
        for n in names {
            match n {
                Py::Str(n) => for_postgresql |= n == "postgresql",
                other => {
                    return Err(self.refuse(
                        c,
                        format!(
                            "with_variant(): dialect names must be strings, found {}",
                            other.describe()
                        ),
                    ))
                }
            }
        }
        Ok(if for_postgresql {
            variant.clone()
        } else {
            receiver.clone()
        })
    }

    fn call_method(
        &self,
        c: &ast::ExprCall,
        receiver_expr: &ast::Expr,
        receiver: Py,
        name: &str,
        args: Vec<Py>,
        kwargs: Vec<(String, Py)>,
    ) -> Result<Py, Fault> {
        match &receiver {
            Py::Object(Object::Connection) => return self.connection_call(c, name, args, kwargs),
            Py::Object(Object::BatchOps(_)) if name == "f" || name == "inline_literal" => {
                return Ok(Py::Call(Box::new(self.record(
                    c,
                    format!("op.{name}"),
                    args,
                    kwargs,
                ))))
            }
            Py::Object(Object::BatchOps(table)) => {
                let call = self.record(c, format!("batch_op.{name}"), args, kwargs);
                return self.batch_call(c, table, name, call);
            }
            Py::Object(Object::QueryResult) => return Err(self.refuse(c, QUERY_RESULT)),
            Py::Object(Object::Logger)
                if matches!(
                    name,
                    "debug"
                        | "info"
                        | "warning"
                        | "warn"
                        | "error"
                        | "critical"
                        | "exception"
                        | "log"
                        | "setLevel"
                ) =>
            {
                return Ok(Py::None)
            }
            Py::Object(Object::Context) if name == "get_bind" => {
                return Ok(Py::Object(Object::Connection))
            }
            Py::Object(_) => {
                return Err(self.refuse(
                    c,
                    format!("`{}` is not something the playground models", self.text(c)),
                ))
            }
            Py::Call(t) if t.func == "sa.text" && name == "bindparams" => {
                // sa.text("... :x ...").bindparams(x=...): the text call, with its values.
                if !args.is_empty() {
                    return Err(self.refuse(c, "`.bindparams(sa.bindparam(...))` is not supported; pass values as keywords: `.bindparams(name=value)`"));
                }
                let mut text = t.clone();
                let values = kwargs
                    .into_iter()
                    .map(|(k, v)| (Py::Str(k), v.lowered()))
                    .collect();
                text.kwargs.push(("bindparams".into(), Py::Dict(values)));
                return Ok(Py::Call(text));
            }
            Py::Call(t) if name == "create" || name == "drop" => {
                let mut with_type = vec![receiver.clone()];
                with_type.extend(args.iter().cloned());
                let call = self.record(c, format!("{}.{name}", t.func), with_type, kwargs.clone());
                if let Some(done) = self.type_method_call(c, &call)? {
                    return Ok(done);
                }
            }
            Py::Call(_) if name == "with_variant" => {
                return self.with_variant(c, &receiver, args, kwargs)
            }
            _ => {}
        }
        match &receiver {
            v if v.is_sql() => {
                return Ok(Py::Method {
                    receiver: Box::new(receiver.clone()),
                    call: Box::new(self.record(c, name.to_string(), args, kwargs)),
                })
            }
            Py::Call(_) | Py::Name(_) => {
                return Err(self.refuse(
                    c,
                    format!("`{}` is not something the playground can run", self.text(c)),
                ))
            }
            _ => {}
        }
        super::methods::method(self, c, receiver_expr, receiver, name, args, kwargs)
    }

    /// Calls a function defined in the file.
    pub(crate) fn call_function(
        &self,
        c: &ast::ExprCall,
        id: usize,
        args: Vec<Py>,
        mut kwargs: Vec<(String, Py)>,
    ) -> Result<Py, Fault> {
        let (def, defaults, enclosing) = {
            let functions = self.rt.functions.borrow();
            let Some(f) = functions.get(id) else {
                return Err(self.refuse(c, "unknown function"));
            };
            (f.def.clone(), f.defaults.clone(), f.enclosing)
        };
        if let Some((at, frame_id)) = enclosing {
            let alive = self
                .rt
                .frames
                .borrow()
                .get(at)
                .is_some_and(|f| f.id == frame_id);
            if !alive {
                return Err(self.refuse(
                    c,
                    format!("calling `{}` after the function it is defined in returned (a closure) is not supported by the playground", def.name),
                ));
            }
        }
        if self.rt.frames.borrow().len() >= MAX_CALL_DEPTH {
            return Err(self.refuse(
                c,
                format!("calls nested more than {MAX_CALL_DEPTH} deep (a limit of the playground: is a function recursing without end?)"),
            ));
        }
        let fname = def.name.as_str();
        let a = &def.args;
        let mut frame = self.new_frame(enclosing);
        let positional: Vec<&ast::ArgWithDefault> = a.posonlyargs.iter().chain(&a.args).collect();
        let mut args = args.into_iter();
        for p in &positional {
            if let Some(v) = args.next() {
                frame.vars.insert(p.def.arg.to_string(), v);
            }
        }
        let rest: Vec<Py> = args.collect();
        match &a.vararg {
            Some(v) => {
                frame.vars.insert(v.arg.to_string(), Py::Tuple(rest));
            }
            None if !rest.is_empty() => {
                return Err(self.raise(
                    c,
                    "TypeError",
                    format!(
                        "{fname}() takes {} positional arguments but {} were given",
                        positional.len(),
                        positional.len() + rest.len()
                    ),
                ))
            }
            None => {}
        }
        let mut extra = Vec::new();
        for (k, v) in kwargs.drain(..) {
            let named = a
                .args
                .iter()
                .chain(&a.kwonlyargs)
                .any(|p| p.def.arg.as_str() == k);
            if named {
                if frame.vars.contains_key(&k) {
                    return Err(self.raise(
                        c,
                        "TypeError",
                        format!("{fname}() got multiple values for argument '{k}'"),
                    ));
                }
                frame.vars.insert(k, v);
            } else if a.kwarg.is_some() {
                extra.push((Py::Str(k), v));
            } else {
                return Err(self.raise(
                    c,
                    "TypeError",
                    format!("{fname}() got an unexpected keyword argument '{k}'"),
                ));
            }
        }
        if let Some(kw) = &a.kwarg {
            frame.vars.insert(kw.arg.to_string(), Py::Dict(extra));
        }
        for p in positional.iter().copied().chain(&a.kwonlyargs) {
            let n = p.def.arg.as_str();
            if frame.vars.contains_key(n) {
                continue;
            }
            match defaults.iter().find(|(d, _)| d == n) {
                Some((_, v)) => {
                    frame.vars.insert(n.to_string(), v.clone());
                }
                None => {
                    return Err(self.raise(
                        c,
                        "TypeError",
                        format!("{fname}() missing 1 required positional argument: '{n}'"),
                    ))
                }
            }
        }
        frame.share_container_parameters();
        self.rt.frames.borrow_mut().push(frame);
        let result = self.nested(c, |ev| ev.run_block(&def.body));
        self.rt.frames.borrow_mut().pop();
        match result {
            Ok(()) => Ok(Py::None),
            Err(Fault::Return(v)) => Ok(v),
            Err(Fault::Break | Fault::Continue) => {
                Err(self.refuse(c, "SyntaxError: 'break' outside loop"))
            }
            Err(f) => Err(f),
        }
    }
}
