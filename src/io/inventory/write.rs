//! Writing a journey as an inventory: one CSV row per touchpoint, in the format that
//! `import_csv` reads back.

use std::collections::HashMap;
use std::fmt::Write as _;

use crate::model::{
    Journey, Lane, LaneId, LinkKind, Rating, Stage, StageId, Touchpoint, TouchpointId,
};

use super::terms;
use super::words::{self, Column};

/// The journey as a comma-separated inventory with a header row: one row per touchpoint,
/// by stage, then lane, then position (then id), so each stage reads top to bottom and
/// left to right. Lines end in `\n`; there is no byte-order mark.
///
/// `id` is `T<touchpoint id>`; `after` lists the sources of the Flow links into the
/// touchpoint, `supports` the targets of the Support links out of it, each by link id.
pub fn to_csv(journey: &Journey) -> String {
    let mut after: HashMap<TouchpointId, Vec<TouchpointId>> = HashMap::new();
    let mut supports: HashMap<TouchpointId, Vec<TouchpointId>> = HashMap::new();
    // Links come by id, so each list is in link order.
    for link in journey.links() {
        match link.kind {
            LinkKind::Flow => after.entry(link.to).or_default().push(link.from),
            LinkKind::Support => supports.entry(link.from).or_default().push(link.to),
        }
    }

    // Where each lane and stage is, found once: looking them up in the journey per
    // comparison would make a large map's sort quadratic in its stages.
    let lanes: HashMap<LaneId, (usize, &Lane)> = journey
        .lanes()
        .iter()
        .enumerate()
        .map(|(i, lane)| (lane.id, (i, lane)))
        .collect();
    let stages: HashMap<StageId, (usize, &Stage)> = journey
        .stages()
        .iter()
        .enumerate()
        .map(|(i, stage)| (stage.id, (i, stage)))
        .collect();
    let place = |t: &Touchpoint| {
        (
            stages.get(&t.stage).map_or(usize::MAX, |&(i, _)| i),
            lanes.get(&t.lane).map_or(usize::MAX, |&(i, _)| i),
        )
    };
    let mut touchpoints: Vec<&Touchpoint> = journey.touchpoints().collect();
    touchpoints.sort_by(|a, b| {
        place(a)
            .cmp(&place(b))
            .then(a.x.total_cmp(&b.x))
            .then(a.id.cmp(&b.id))
    });

    let mut csv = String::new();
    push_row(&mut csv, Column::ALL.map(Column::name).map(String::from));
    for touchpoint in touchpoints {
        let lane = lanes.get(&touchpoint.lane).map(|&(_, lane)| lane);
        let ids = |list: Option<&Vec<TouchpointId>>| {
            list.map(|ids| {
                ids.iter()
                    .map(|&id| id_cell(id))
                    .collect::<Vec<_>>()
                    .join(" ")
            })
            .unwrap_or_default()
        };
        let cells = Column::ALL.map(|column| match column {
            Column::Id => id_cell(touchpoint.id),
            Column::Title => touchpoint.title.clone(),
            Column::Lane => lane.map(|lane| lane.name.clone()).unwrap_or_default(),
            Column::LaneKind => lane
                .map(|lane| words::lane_kind_word(lane.kind).to_owned())
                .unwrap_or_default(),
            Column::Stage => stages
                .get(&touchpoint.stage)
                .map(|(_, stage)| stage.name.clone())
                .unwrap_or_default(),
            Column::Actor => touchpoint.actor.clone(),
            Column::Owner => touchpoint.owner.clone(),
            Column::Channel => touchpoint.channel.name().to_owned(),
            Column::Terms => touchpoint
                .terms
                .iter()
                .map(|tag| format!("{}:{}", terms::area_name(tag.area), tag.severity.weight()))
                .collect::<Vec<_>>()
                .join(" "),
            Column::TermsNotes => touchpoint
                .terms
                .iter()
                .filter(|tag| !tag.note.is_empty())
                .map(|tag| format!("{}: {}", terms::area_name(tag.area), tag.note))
                .collect::<Vec<_>>()
                .join("; "),
            Column::Emotion => rating_cell(touchpoint.emotion),
            Column::EmployeeExperience => rating_cell(touchpoint.employee_experience),
            Column::Evidence => touchpoint.evidence.name().to_owned(),
            Column::After => ids(after.get(&touchpoint.id)),
            Column::Supports => ids(supports.get(&touchpoint.id)),
            Column::Notes => touchpoint.description.clone(),
        });
        push_row(&mut csv, cells);
    }
    csv
}

fn id_cell(id: TouchpointId) -> String {
    format!("T{}", id.0)
}

fn rating_cell(rating: Option<Rating>) -> String {
    rating.map(|r| r.get().to_string()).unwrap_or_default()
}

/// Appends one row, quoting the cells that need it, with the mark that keeps a
/// spreadsheet from running a cell as a formula where one is needed.
fn push_row(csv: &mut String, cells: [String; Column::ALL.len()]) {
    for (i, cell) in cells.iter().enumerate() {
        if i > 0 {
            csv.push(',');
        }
        let cell = super::formula::neutralised(cell);
        // Quote what would otherwise split the cell or lose its edges; semicolons and tabs
        // too, so the file still reads if a spreadsheet is told the wrong delimiter.
        let needs_quotes = cell.contains([',', ';', '\t', '"', '\n', '\r'])
            || cell.starts_with(char::is_whitespace)
            || cell.ends_with(char::is_whitespace);
        if needs_quotes {
            let _ = write!(csv, "\"{}\"", cell.replace('"', "\"\""));
        } else {
            csv.push_str(&cell);
        }
    }
    csv.push('\n');
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::templates::Template;
    use crate::model::{Edit, Severity, TermsArea, TermsTag};

    #[test]
    fn cells_are_quoted_only_when_they_need_it() {
        let mut csv = String::new();
        let mut cells = Column::ALL.map(|_| String::new());
        cells[0] = "plain".into();
        cells[1] = "a, \"b\"".into();
        cells[2] = "two\nlines".into();
        push_row(&mut csv, cells);
        assert!(
            csv.starts_with("plain,\"a, \"\"b\"\"\",\"two\nlines\","),
            "{csv}"
        );
        assert!(csv.ends_with(",\n"));
    }

    #[test]
    fn a_touchpoint_becomes_one_row_with_every_field() {
        let mut journey = Template::Blueprint.journey();
        let lane = journey.lanes()[1].id;
        let stage = journey.stages()[0].id;
        let id = journey.new_touchpoint_id();
        let mut touchpoint = Touchpoint::new(id, "Pays, late", lane, stage);
        touchpoint.emotion = Rating::new(-2);
        touchpoint.terms = vec![
            TermsTag {
                area: TermsArea::Time,
                severity: Severity::Major,
                note: "slow".into(),
            },
            TermsTag {
                area: TermsArea::Money,
                severity: Severity::Critical,
                note: String::new(),
            },
        ];
        assert!(
            journey
                .apply(Edit::AddTouchpoint(Box::new(touchpoint)))
                .is_ok()
        );
        let csv = to_csv(&journey);
        let mut lines = csv.lines();
        assert_eq!(
            lines.next(),
            Some(
                "id,title,lane,lane_kind,stage,actor,owner,channel,terms,terms_notes,emotion,\
                 employee_experience,evidence,after,supports,notes"
            )
        );
        let row = lines.next().unwrap_or_default();
        assert!(
            row.starts_with(&format!("T{},\"Pays, late\",", id.0)),
            "{row}"
        );
        assert!(
            row.contains(",time:2 money:3,time: slow,-2,,assumed,,,"),
            "{row}"
        );
        assert_eq!(lines.next(), None);
    }
}
