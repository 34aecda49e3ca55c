//! The TERMS tags of one touchpoint: each of Time, Emotion, Risk, Money and Situation on
//! or off, with a severity and a short note.

use egui::{Grid, RichText, Ui};

use super::fields::{TextField, chip_ui};
use crate::model::{Edit, Severity, TermsArea, TermsTag, Touchpoint, TouchpointChange};
use crate::tr;
use crate::ui::{Requests, style};

/// Shows a row for each TERMS area and asks for the tags the user sets or clears.
pub(super) fn terms_ui(ui: &mut Ui, touchpoint: &Touchpoint, requests: &mut Requests) {
    let id = touchpoint.id;
    let tag_edit = |area, tag| Edit::UpdateTouchpoint {
        id,
        change: TouchpointChange::Tag { area, tag },
    };
    // In a narrow panel the severity buttons say just 1, 2 and 3; their hover text and
    // accessible names still say what each means.
    let short = ui.available_width() < 290.0;
    Grid::new(("touchpoint terms", id))
        .num_columns(2)
        .spacing([8.0, 4.0])
        .show(ui, |ui| {
            for area in TermsArea::ALL {
                let tag = touchpoint.tag(area);
                let mut on = tag.is_some();
                let name = area.label();
                let response = ui
                    .checkbox(&mut on, name.as_str())
                    .on_hover_text(area_help(area));
                if response.changed() {
                    let tag = on.then(|| TermsTag {
                        area,
                        severity: Severity::Minor,
                        note: String::new(),
                    });
                    let label = if on {
                        tr!("inspector-terms-tag-undo", area = name.as_str())
                    } else {
                        tr!("inspector-terms-untag-undo", area = name.as_str())
                    };
                    requests.edit(tag_edit(area, tag), label);
                }
                let Some(tag) = tag else {
                    ui.end_row();
                    continue;
                };

                ui.horizontal(|ui| {
                    ui.spacing_mut().item_spacing.x = 3.0;
                    for severity in Severity::ALL {
                        let selected = tag.severity == severity;
                        let accessible = tr!(
                            "inspector-terms-severity-name",
                            area = name.as_str(),
                            severity = severity_name(severity),
                        );
                        let fill = Some(style::severity_fill(severity));
                        let text = if short {
                            severity.weight().to_string()
                        } else {
                            severity_name(severity)
                        };
                        let response = chip_ui(ui, &text, selected, fill, &accessible)
                            .on_hover_text(severity_name(severity));
                        if response.clicked() && !selected {
                            let tag = TermsTag {
                                severity,
                                ..tag.clone()
                            };
                            let label = tr!("inspector-terms-severity-undo", area = name.as_str());
                            requests.edit(tag_edit(area, Some(tag)), label);
                        }
                    }
                });
                ui.end_row();

                ui.label("");
                let field_id = ui.make_persistent_id(("terms note", id, area));
                let (response, typed) = TextField::singleline(field_id, &tag.note)
                    .hint(&tr!("inspector-terms-note-hint"))
                    .show(ui, requests);
                response.accessible_name(tr!("inspector-terms-note-name", area = name.as_str()));
                if let Some(note) = typed {
                    let tag = TermsTag {
                        note,
                        ..tag.clone()
                    };
                    let edit = tag_edit(area, Some(tag));
                    let label = tr!("inspector-terms-note-undo");
                    requests.typing(edit, label, (id, "note", area));
                }
                ui.end_row();
            }
        });
    if touchpoint.terms.is_empty() {
        ui.label(RichText::new(tr!("inspector-terms-none")).weak());
    }
}

/// "1 minor", "2 major", "3 critical": the number the chips on the map count by, and
/// the word for it in the thread's language.
pub(super) fn severity_name(severity: Severity) -> String {
    format!("{} {}", severity.weight(), severity.label())
}

/// What each TERMS area covers, for the hover text of its checkbox.
fn area_help(area: TermsArea) -> String {
    match area {
        TermsArea::Time => tr!("inspector-terms-help-time"),
        TermsArea::Emotion => tr!("inspector-terms-help-emotion"),
        TermsArea::Risk => tr!("inspector-terms-help-risk"),
        TermsArea::Money => tr!("inspector-terms-help-money"),
        TermsArea::Situation => tr!("inspector-terms-help-situation"),
    }
}

#[cfg(test)]
mod tests {
    use egui_kittest::kittest::Queryable as _;

    use crate::model::{Severity, TermsArea};
    use crate::ui::inspector::testing::{self, INVOICE};
    use crate::ui::selection::Selection;

    #[test]
    fn a_terms_area_is_tagged_with_a_severity_and_a_note() {
        let mut harness = testing::inspector(testing::journey(), Selection::touchpoint(INVOICE));
        harness.get_by_label("Money").click();
        harness.run();
        harness.get_by_label("Money severity 3 critical").click();
        harness.run();
        testing::retype(&mut harness, "Money note", "Invoice sent twice");

        let bench = harness.state();
        let tag = bench
            .journey()
            .touchpoint(INVOICE)
            .and_then(|t| t.tag(TermsArea::Money))
            .cloned();
        assert_eq!(tag.as_ref().map(|t| t.severity), Some(Severity::Critical));
        assert_eq!(tag.map(|t| t.note).as_deref(), Some("Invoice sent twice"));
        assert!(bench.refused.is_empty(), "{:?}", bench.refused);
        assert_eq!(bench.done[..2], ["Tag Money", "Set Money severity"]);
        // Every keystroke of the note is one typing step, undone together.
        assert!(
            bench.done[2..]
                .iter()
                .all(|label| label == "Edit TERMS note")
        );
    }

    #[test]
    fn unticking_an_area_clears_its_tag() {
        let mut harness = testing::inspector(testing::journey(), Selection::touchpoint(INVOICE));
        harness.get_by_label("Time").click();
        harness.run();
        harness.get_by_label("Time").click();
        harness.run();
        let bench = harness.state();
        let touchpoint = bench.journey().touchpoint(INVOICE);
        assert_eq!(touchpoint.map(|t| t.terms.len()), Some(0));
        assert_eq!(bench.done, ["Tag Time", "Untag Time"]);
    }
}
