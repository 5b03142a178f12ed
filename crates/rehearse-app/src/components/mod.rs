//! The page's components, one job each.

pub mod analysis;
pub mod assumptions;
pub mod editor;
pub mod editor_width;
pub mod embed_bar;
pub mod embed_lesson;
pub mod grid_keys;
pub mod header;
pub mod input_tabs;
pub mod lesson;
pub mod line_numbers;
pub mod link_error;
pub mod lock_queue;
pub mod migration_pane;
pub mod missing_table;
pub mod model_pane;
pub mod notices;
pub mod picker;
pub mod production_size;
pub mod progress;
pub mod proposal;
pub mod results;
pub mod reveal;
pub mod safety;
pub mod setup_pane;
pub mod sql_box;
pub mod step_detail;
pub mod summary;
pub mod table_view;
pub mod text_size;
pub mod timeline;
pub mod undo;
pub mod verdict_bar;

use std::ops::Deref;
use std::rc::Rc;

/// Big shared data (the report, a drawn table) in props and memo keys, compared by
/// identity — the same `Rc` — never field by field: a 100k-row report compares in O(1)
/// and is never copied for a redraw.
#[derive(Debug)]
pub struct Same<T>(pub Rc<T>);

impl<T> Same<T> {
    /// Shares `value`.
    pub fn new(value: T) -> Self {
        Same(Rc::new(value))
    }
}

impl<T> Clone for Same<T> {
    fn clone(&self) -> Self {
        Same(Rc::clone(&self.0))
    }
}

impl<T> PartialEq for Same<T> {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl<T> Deref for Same<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.0
    }
}
