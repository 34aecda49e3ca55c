//! The fields of each thing of a map, as one table per kind: what a merge merges one by
//! one, what a conflict names, and what resolving a conflict sets. Ids are not fields:
//! they say which thing it is.

use super::shown::{Names, Shown};
use super::value::{Clash, SetError, Value, read};
use crate::model::concepts::{Lane, Link, Persona, Promise, Stage, Touchpoint};
use crate::model::journey::Document;

/// One field of a thing of kind `T`, whatever its value's type.
pub(crate) trait AnyField<T>: Sync {
    /// Its name as the file writes it.
    fn name(&self) -> &'static str;
    /// Its name in the thread's language.
    fn label(&self) -> String {
        crate::model::compare::words::field_label(self.name())
    }
    /// Its value in `thing` as people read it, with names from `names`.
    fn shown(&self, thing: &T, names: &dyn Names) -> String;
    /// Whether the field holds nothing: an empty text or list, no rating.
    fn is_empty(&self, thing: &T) -> bool;
    /// A value of the field, as the file writes it, as people read it.
    fn shown_text(&self, text: &str, names: &dyn Names) -> Result<String, SetError>;
    /// Sets the field of `out` to the merge of the three versions' fields.
    fn merge(&self, base: &T, ours: &T, theirs: &T, out: &mut T, clashes: &mut Vec<Clash>);
    fn differs(&self, a: &T, b: &T) -> bool;
    /// Sets the field (or the named part of it) from its value as the file writes it.
    fn set(&self, thing: &mut T, part: Option<&str>, text: &str) -> Result<(), SetError>;
}

/// A field of `T` holding a `V`.
pub(crate) struct Field<T: 'static, V: 'static> {
    name: &'static str,
    get: fn(&T) -> &V,
    get_mut: fn(&mut T) -> &mut V,
}

impl<T: 'static, V: Value + Shown + 'static> AnyField<T> for Field<T, V> {
    fn name(&self) -> &'static str {
        self.name
    }

    fn shown(&self, thing: &T, names: &dyn Names) -> String {
        (self.get)(thing).shown(names)
    }

    fn is_empty(&self, thing: &T) -> bool {
        matches!(
            super::value::text((self.get)(thing)).as_str(),
            "\"\"" | "None" | "[]"
        )
    }

    fn shown_text(&self, text: &str, names: &dyn Names) -> Result<String, SetError> {
        read::<V>(text).map(|value| value.shown(names))
    }

    fn merge(&self, base: &T, ours: &T, theirs: &T, out: &mut T, clashes: &mut Vec<Clash>) {
        let merged = V::merge(
            (self.get)(base),
            (self.get)(ours),
            (self.get)(theirs),
            clashes,
        );
        *(self.get_mut)(out) = merged;
    }

    fn differs(&self, a: &T, b: &T) -> bool {
        (self.get)(a) != (self.get)(b)
    }

    fn set(&self, thing: &mut T, part: Option<&str>, value: &str) -> Result<(), SetError> {
        match part {
            None => {
                *(self.get_mut)(thing) = read(value)?;
                Ok(())
            }
            Some(part) => (self.get_mut)(thing).set_part(part, value),
        }
    }
}

/// The table of a kind: each named field of `$kind`, in the order the file writes them.
macro_rules! fields {
    ($kind:ty: $($field:ident),+ $(,)?) => {
        &[$(&Field::<$kind, _> {
            name: stringify!($field),
            get: |thing| &thing.$field,
            get_mut: |thing| &mut thing.$field,
        }),+]
    };
}

pub(crate) type Table<T> = &'static [&'static dyn AnyField<T>];

pub(crate) static MAP: Table<Document> =
    fields!(Document: title, description, parking_lot, feedback);
pub(crate) static LANE: Table<Lane> = fields!(Lane: name, kind);
pub(crate) static STAGE: Table<Stage> = fields!(Stage: name);
pub(crate) static TOUCHPOINT: Table<Touchpoint> = fields!(Touchpoint:
    title, description, lane, stage, x, actor, channel, owner, terms, emotion,
    employee_experience, evidence, observations);
pub(crate) static LINK: Table<Link> = fields!(Link: from, to, kind, label);
pub(crate) static PERSONA: Table<Persona> = fields!(Persona: name, description, kind, colour, path);
pub(crate) static PROMISE: Table<Promise> =
    fields!(Promise: text, description, redeemed_by, secured_by);

/// The field of `table` named `name`, and the part after a dot (`terms.Risk`).
pub(crate) fn find<T>(
    table: Table<T>,
    name: &str,
) -> Result<(&'static dyn AnyField<T>, Option<String>), SetError> {
    let (field, part) = match name.split_once('.') {
        Some((field, part)) => (field, Some(part.to_owned())),
        None => (name, None),
    };
    table
        .iter()
        .copied()
        .find(|candidate| candidate.name() == field)
        .map(|found| (found, part))
        .ok_or_else(|| SetError::NoSuchField(name.to_owned()))
}
