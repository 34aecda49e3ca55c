//! Resolving a conflict a merge left: taking ours, taking theirs, or keeping the map as
//! it is (after editing it by hand). Works on the document; the window applies the result
//! as one undoable edit.

use serde::de::DeserializeOwned;

use super::fields::{self, Table};
use super::value::{SetError, read};
use crate::model::conflict::{Conflict, Thing};
use crate::model::journey::Document;

/// Which value a conflict is resolved with.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Resolution {
    Ours,
    Theirs,
    /// The map as it stands: the conflict is only taken off the list.
    AsItIs,
}

/// Resolves the conflict at `index` of `document`'s list and takes it off the list.
pub fn resolve(
    document: &mut Document,
    index: usize,
    resolution: Resolution,
) -> Result<(), SetError> {
    let conflict = document
        .conflicts
        .get(index)
        .cloned()
        .ok_or_else(|| SetError::NoSuchField(index.to_string()))?;
    let value = match resolution {
        Resolution::Ours => Some(conflict.ours.as_deref()),
        Resolution::Theirs => Some(conflict.theirs.as_deref()),
        Resolution::AsItIs => None,
    };
    if let Some(value) = value {
        set(document, &conflict, value)?;
    }
    document.conflicts.remove(index);
    Ok(())
}

/// Puts `value` (as the file writes it; `None`: the thing removed) where the conflict
/// points.
fn set(document: &mut Document, conflict: &Conflict, value: Option<&str>) -> Result<(), SetError> {
    let field = conflict.field.as_str();
    match conflict.thing {
        Thing::Map => {
            let (found, part) = fields::find(fields::MAP, field)?;
            found.set(document, part.as_deref(), value.unwrap_or_default())
        }
        Thing::Lane(id) => {
            if value.is_none()
                && field.is_empty()
                && document.touchpoints.iter().any(|t| t.lane == id)
            {
                return Err(SetError::StillUsed(id.to_string()));
            }
            let lanes = &mut document.lanes;
            one(lanes, |lane| lane.id == id, fields::LANE, field, value)
        }
        Thing::Stage(id) => {
            if value.is_none()
                && field.is_empty()
                && document.touchpoints.iter().any(|t| t.stage == id)
            {
                return Err(SetError::StillUsed(id.to_string()));
            }
            let stages = &mut document.stages;
            one(stages, |stage| stage.id == id, fields::STAGE, field, value)
        }
        Thing::Touchpoint(id) => {
            if value.is_none() {
                document
                    .links
                    .retain(|link| link.from != id && link.to != id);
                for persona in &mut document.personas {
                    persona.path.retain(|step| *step != id);
                }
                for promise in &mut document.promises {
                    promise.redeemed_by.retain(|step| *step != id);
                    promise.secured_by.retain(|step| *step != id);
                }
            }
            let touchpoints = &mut document.touchpoints;
            one(
                touchpoints,
                |t| t.id == id,
                fields::TOUCHPOINT,
                field,
                value,
            )?;
            touchpoints.sort_by_key(|t| t.id);
            Ok(())
        }
        Thing::Link(id) => {
            let links = &mut document.links;
            one(links, |link| link.id == id, fields::LINK, field, value)?;
            links.sort_by_key(|link| link.id);
            Ok(())
        }
        Thing::Persona(id) => {
            let personas = &mut document.personas;
            one(personas, |p| p.id == id, fields::PERSONA, field, value)?;
            personas.sort_by_key(|p| p.id);
            Ok(())
        }
        Thing::Promise(id) => {
            let promises = &mut document.promises;
            one(promises, |p| p.id == id, fields::PROMISE, field, value)?;
            promises.sort_by_key(|p| p.id);
            Ok(())
        }
    }
}

/// Sets a field of the thing `is` picks out of `list`, or (with no field) puts the whole
/// thing in its place, adds it at the end, or removes it.
fn one<T: DeserializeOwned>(
    list: &mut Vec<T>,
    is: impl Fn(&T) -> bool,
    table: Table<T>,
    field: &str,
    value: Option<&str>,
) -> Result<(), SetError> {
    let at = list.iter().position(is);
    if field.is_empty() {
        match (value, at) {
            (Some(text), Some(at)) => list[at] = read(text)?,
            (Some(text), None) => list.push(read(text)?),
            (None, Some(at)) => {
                list.remove(at);
            }
            (None, None) => {}
        }
        return Ok(());
    }
    let (found, part) = fields::find(table, field)?;
    match (at, value) {
        (Some(at), Some(text)) => found.set(&mut list[at], part.as_deref(), text),
        // The thing is gone (removed since): there is nothing left to set.
        _ => Ok(()),
    }
}
