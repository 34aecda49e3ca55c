//! The inspector for one link: where it goes, what kind it is, and its label.

use egui::{Grid, RichText, Ui};

use super::fields::{LABEL_WIDTH, ROW_SPACING, TextField, quoted};
use crate::model::{Edit, Journey, Link, LinkKind};
use crate::ui::Requests;

/// Shows the fields of `link` and asks for the changes the user makes.
pub(super) fn link_ui(ui: &mut Ui, journey: &Journey, link: &Link, requests: &mut Requests) {
    let title = |id| journey.touchpoint(id).map_or("", |t| t.title.as_str());
    ui.heading(crate::tr!("inspector-link-title"));
    ui.label(RichText::new(kind_help(link.kind)).weak());
    ui.add_space(4.0);

    Grid::new(("link fields", link.id))
        .num_columns(2)
        .min_col_width(LABEL_WIDTH)
        .spacing(ROW_SPACING)
        .show(ui, |ui| {
            ui.label(crate::tr!("inspector-link-from-label"));
            ui.add(egui::Label::new(quoted(title(link.from))).wrap());
            ui.end_row();

            ui.label(crate::tr!("inspector-link-to-label"));
            ui.add(egui::Label::new(quoted(title(link.to))).wrap());
            ui.end_row();

            ui.label(crate::tr!("inspector-link-kind"));
            ui.horizontal_wrapped(|ui| {
                for kind in [LinkKind::Flow, LinkKind::Support] {
                    let response = ui
                        .radio(link.kind == kind, kind.label())
                        .on_hover_text(kind_help(kind));
                    if response.clicked() && link.kind != kind {
                        let edit = Edit::SetLink {
                            id: link.id,
                            kind,
                            label: link.label.clone(),
                        };
                        requests.edit(edit, crate::tr!("inspector-link-kind-undo"));
                    }
                }
            });
            ui.end_row();

            let label = ui.label(crate::tr!("inspector-link-label"));
            let field_id = ui.make_persistent_id(("link label", link.id));
            let (response, typed) = TextField::singleline(field_id, &link.label)
                .hint(&crate::tr!("inspector-link-label-hint"))
                .show(ui, requests);
            response.labelled_by(label.id);
            if let Some(text) = typed {
                let edit = Edit::SetLink {
                    id: link.id,
                    kind: link.kind,
                    label: text,
                };
                let label = crate::tr!("inspector-link-label-undo");
                requests.typing(edit, label, (link.id, "label"));
            }
            ui.end_row();
        });

    ui.add_space(16.0);
    ui.separator();
    if ui.button(crate::tr!("inspector-delete-link")).clicked() {
        requests.edit(
            Edit::RemoveLink(link.id),
            crate::tr!("inspector-delete-link"),
        );
    }
}

/// What a link of `kind` means, in the words of the design.
fn kind_help(kind: LinkKind) -> String {
    match kind {
        LinkKind::Flow => crate::tr!("inspector-link-flow-help"),
        LinkKind::Support => crate::tr!("inspector-link-support-help"),
    }
}

#[cfg(test)]
mod tests {
    use egui_kittest::kittest::Queryable as _;

    use crate::model::LinkKind;
    use crate::ui::inspector::testing::{self, CONFIRMS};
    use crate::ui::selection::Selection;

    #[test]
    fn a_link_becomes_support_and_gets_a_label() {
        let mut harness = testing::inspector(testing::journey(), Selection::link(CONFIRMS));
        harness.get_by_label_contains("“Order online”");
        harness.get_by_label("Support").click();
        harness.run();
        testing::retype(&mut harness, "Label", "when paid");

        let bench = harness.state();
        let link = bench.journey().link(CONFIRMS).cloned();
        assert_eq!(link.as_ref().map(|l| l.kind), Some(LinkKind::Support));
        assert_eq!(link.map(|l| l.label).as_deref(), Some("when paid"));
        assert_eq!(bench.done[0], "Set link kind");
    }

    #[test]
    fn a_link_is_deleted() {
        let mut harness = testing::inspector(testing::journey(), Selection::link(CONFIRMS));
        harness.get_by_label("Delete link").click();
        harness.run();
        assert!(harness.state().journey().link(CONFIRMS).is_none());
    }
}
