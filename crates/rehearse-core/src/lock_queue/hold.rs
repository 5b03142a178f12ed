//! How long each step holds its locks once it has them: the high end of the step's
//! production-size estimate where the user gave sizes ([`EstimateOrDefault`], what a
//! run uses), else a small fixed default per cost class (the sample data's size says
//! nothing about production's); a `-- rehearse: hold 2s` directive on the step
//! overrides both.

use crate::analysis::CostKind;
use crate::report::Step;

/// A step's hold time and what it rests on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hold {
    /// Milliseconds from the moment it holds every lock it asked for to its end.
    pub ms: u64,
    /// Where the number comes from, for the reader.
    pub basis: String,
}

/// A source of hold times: the default per cost class ([`CostClassDefaults`]), or an
/// estimate at production size the caller provides.
pub trait HoldTime {
    /// The hold of `step` (0-based `index` in the upgrade); `None`: no estimate, use
    /// the default.
    fn hold(&self, index: usize, step: &Step) -> Option<Hold>;
}

/// The fixed defaults: the same at any size, so the queue's shape is what they show,
/// not its exact lengths.
pub struct CostClassDefaults;

impl HoldTime for CostClassDefaults {
    fn hold(&self, _index: usize, step: &Step) -> Option<Hold> {
        Some(default_hold(step))
    }
}

/// The step's production-size estimate (its high end: a lock is held at least that
/// long in the slow case the queue must survive) where the user gave sizes, else the
/// default per cost class.
pub struct EstimateOrDefault;

impl HoldTime for EstimateOrDefault {
    fn hold(&self, _index: usize, step: &Step) -> Option<Hold> {
        let estimated = step.estimate.as_ref().and_then(|e| {
            let high = e.high_ms?;
            (high.is_finite() && high >= 0.0).then(|| Hold {
                ms: high.ceil() as u64,
                basis: format!(
                    "the high end of the estimate at production size ({})",
                    e.summary
                ),
            })
        });
        Some(estimated.unwrap_or_else(|| default_hold(step)))
    }
}

/// The default hold for a step: by its most expensive cost class.
pub fn default_hold(step: &Step) -> Hold {
    let class = step.costs.iter().map(|c| c.kind).max();
    let (ms, what) = match class {
        None if step.locks.is_empty() => (0, "takes no table lock"),
        None | Some(CostKind::Catalog) => (1, "a catalog-only change"),
        Some(CostKind::Truncate) => (5, "a truncate"),
        Some(CostKind::Write) => (20, "a write of some rows"),
        Some(CostKind::Scan) => (200, "a full scan"),
        Some(CostKind::Rewrite) => (1000, "a full rewrite"),
    };
    Hold {
        ms,
        basis: format!("default for {what} (no production size given)"),
    }
}
