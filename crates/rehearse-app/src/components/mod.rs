//! The page's components, one job each.

pub mod analysis;
pub mod editor;
pub mod lesson;
pub mod model_pane;
pub mod progress;
pub mod safety;
pub mod setup_pane;
pub mod sql_box;
pub mod step_detail;
pub mod summary;
pub mod table_view;
pub mod timeline;
