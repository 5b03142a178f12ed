//! The Migration tab: the Undo note after a replacement, how to read the migration
//! (auto, Alembic, SQL), "check downgrade", and the migration's editor.

use super::editor::Editor;
use super::undo::UndoNote;
use crate::fold;
use crate::state::{Action, Undo};
use rehearse_core::MigrationKind;
use std::rc::Rc;
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

/// Properties.
#[derive(Properties, PartialEq)]
pub struct MigrationPaneProps {
    /// The migration.
    pub migration: AttrValue,
    /// How it is read.
    pub kind: MigrationKind,
    /// Run the downgrade too.
    pub check_downgrade: bool,
    /// The line to mark, with its message.
    pub marker: Option<(u32, String)>,
    /// Read-only (a read-only embed).
    pub readonly: bool,
    /// The text a replacement took the place of, while Undo can put it back.
    pub undo: Option<Rc<Undo>>,
    /// What the last "Generate migration" produced.
    pub generated: Option<String>,
    /// Fold a revision's header (an embed: see `fold`).
    #[prop_or_default]
    pub fold_head: bool,
    /// Where actions go.
    pub dispatch: Callback<Action>,
}

/// The tab's contents.
#[function_component(MigrationPane)]
pub fn migration_pane(p: &MigrationPaneProps) -> Html {
    let python = match p.kind {
        MigrationKind::Alembic => true,
        MigrationKind::Sql => false,
        MigrationKind::Auto => rehearse_core::input::looks_like_alembic(&p.migration),
    };
    let detected = if python { "Alembic" } else { "SQL" };
    let kind_value = p.kind.name();
    let on_kind = {
        let d = p.dispatch.clone();
        Callback::from(move |e: Event| {
            let name = e.target_unchecked_into::<HtmlSelectElement>().value();
            let kind = MigrationKind::from_name(&name).unwrap_or_default();
            d.emit(Action::SetKind(kind));
        })
    };
    let on_downgrade = {
        let d = p.dispatch.clone();
        Callback::from(move |e: Event| {
            let checked = e.target_unchecked_into::<HtmlInputElement>().checked();
            d.emit(Action::SetCheckDowngrade(checked));
        })
    };
    // An embed shows a revision from its first function; the header is folded above
    // the editor and kept in front of every edit.
    let folded = p
        .fold_head
        .then(|| fold::revision_head(&p.migration))
        .flatten()
        .filter(|_| python);
    let (head, body, first_line) = match folded {
        Some((at, lines)) => (
            &p.migration[..at],
            AttrValue::from(p.migration[at..].to_string()),
            lines + 1,
        ),
        None => ("", p.migration.clone(), 1),
    };
    let on_migration = {
        let d = p.dispatch.clone();
        let head = head.to_string();
        Callback::from(move |s: String| d.emit(Action::EditMigration(format!("{head}{s}"))))
    };
    // A new replacement is a new Undo notice (which takes the focus); other redraws
    // leave it be.
    let undo_key = p
        .undo
        .as_ref()
        .map_or(0, |u| Rc::as_ptr(u) as usize)
        .to_string();
    html! {
        <>
            if p.undo.is_some() || p.generated.is_some() {
                <UndoNote key={undo_key} summary={p.generated.clone()} undo={p.undo.as_ref().map(|u| u.text())} dispatch={p.dispatch.clone()} />
            }
            <div class="pane-head">
                <h2><label for="migration-editor">{ "Migration" }</label></h2>
                <label class="kind">{ "read as " }
                    <select id="kind" onchange={on_kind} aria-label="read the migration as" disabled={p.readonly}>
                        <option value="auto" selected={kind_value == "auto"}>{ format!("auto ({detected})") }</option>
                        <option value="alembic" selected={kind_value == "alembic"}>{ "Alembic" }</option>
                        <option value="sql" selected={kind_value == "sql"}>{ "SQL" }</option>
                    </select>
                </label>
                <label class="toggle" title="run downgrade() after the upgrade and compare with the start">
                    <input type="checkbox" id="check-downgrade" checked={p.check_downgrade} onchange={on_downgrade} disabled={p.readonly} />
                    { " check downgrade" }
                </label>
            </div>
            if let Some((_, lines)) = folded {
                <details class="folded-head" id="folded-head">
                    <summary>{ format!("Lines 1–{lines}: the revision's header (docstring, imports, identifiers)") }</summary>
                    <pre tabindex="0" aria-label="the revision's header">{ head }</pre>
                </details>
            }
            <Editor id="migration-editor" label="migration" value={body}
                {python} marker={p.marker.clone()} oninput={on_migration} readonly={p.readonly} {first_line} />
            <p class="muted hint">{ "Re-runs as you type · Ctrl/Cmd+Enter runs now · arrow keys move between steps" }</p>
        </>
    }
}
