//! The playground's Web Worker (`crates/rehearse-app/js/worker.js`): runs and other
//! engine work the page asks for, one message at a time, off the page's thread. `{id, job}` runs a [`Job`], posting `{id, progress:
//! [phase, done, total, rows]}` as the core goes (at most every 40 ms) and `{id, done:
//! Uint8Array}` (the [`rehearse_worker::encode`]d run, transferred, not copied) at the
//! end; `{id, task}` (a [`Task`]'s JSON) answers `{id, reply}` (its [`Reply`]'s JSON).
//! It posts `{ready: true}` once it listens. The page cancels a run by terminating the
//! worker.

#[cfg(target_arch = "wasm32")]
fn main() {
    use js_sys::{Array, Object, Reflect, Uint8Array};
    use rehearse_core::run::Phase;
    use rehearse_worker::{answer, encode, execute, Job, Task};
    use wasm_bindgen::prelude::*;
    use web_sys::{DedicatedWorkerGlobalScope, MessageEvent};

    fn message(id: &JsValue, key: &str, value: &JsValue) -> Object {
        let m = Object::new();
        let _ = Reflect::set(&m, &"id".into(), id);
        let _ = Reflect::set(&m, &key.into(), value);
        m
    }

    let scope: DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let post = scope.clone();
    let on_message = Closure::<dyn FnMut(MessageEvent)>::new(move |e: MessageEvent| {
        let data = e.data();
        let id = Reflect::get(&data, &"id".into()).unwrap_or(JsValue::NULL);
        if let Some(task) = Reflect::get(&data, &"task".into())
            .ok()
            .and_then(|t| t.as_string())
        {
            let reply = match serde_json::from_str::<Task>(&task) {
                Ok(task) => serde_json::to_string(&answer(task)),
                Err(e) => {
                    let _ = post.post_message(&message(&id, "error", &e.to_string().into()));
                    return;
                }
            };
            // Serialising plain data into memory cannot fail.
            let reply = reply.unwrap_or_default();
            let _ = post.post_message(&message(&id, "reply", &reply.into()));
            return;
        }
        let text = Reflect::get(&data, &"job".into())
            .ok()
            .and_then(|j| j.as_string())
            .unwrap_or_default();
        let job: Job = match serde_json::from_str(&text) {
            Ok(job) => job,
            Err(e) => {
                let _ = post.post_message(&message(&id, "error", &e.to_string().into()));
                return;
            }
        };
        let mut last = 0.0;
        let mut last_phase = None;
        let finished = execute(&job, &mut |p| {
            let now = js_sys::Date::now();
            if last_phase == Some(p.phase) && now - last < 40.0 && p.done < p.total {
                return;
            }
            last = now;
            last_phase = Some(p.phase);
            let phase = match p.phase {
                Phase::Setup => 0,
                Phase::Upgrade => 1,
                Phase::Downgrade => 2,
                Phase::Fresh => 3,
            };
            let progress = Array::of4(
                &phase.into(),
                &(p.done as f64).into(),
                &(p.total as f64).into(),
                &(p.rows as f64).into(),
            );
            let _ = post.post_message(&message(&id, "progress", &progress));
        });
        let bytes = Uint8Array::from(&encode(finished)[..]);
        let transfer = Array::of1(&bytes.buffer());
        let _ = post.post_message_with_transfer(&message(&id, "done", &bytes), &transfer);
    });
    scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    on_message.forget();
    let ready = Object::new();
    let _ = Reflect::set(&ready, &"ready".into(), &true.into());
    let _ = scope.post_message(&ready);
}

/// Natively there is nothing to run: the worker exists only in the browser.
#[cfg(not(target_arch = "wasm32"))]
fn main() {}
