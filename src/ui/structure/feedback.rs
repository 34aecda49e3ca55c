//! The map's feedback files in the map panel: each with whose responses it holds and its
//! scale, both changeable, and a button to stop reading it; and a button to add one.
//! Every change is one step that Undo takes back.

use egui::{RichText, Ui};

use crate::model::Edit;
use crate::model::Journey;
use crate::model::feedback::{Audience, FeedbackSource, Scale};
use crate::tr;
use crate::ui::Requests;
use crate::ui::commands::Command;

/// The sources, and the button that adds one.
pub(super) fn feedback_ui(ui: &mut Ui, journey: &Journey, requests: &mut Requests) {
    let sources = journey.feedback();
    if sources.is_empty() {
        ui.label(RichText::new(tr!("structure-feedback-none")).weak());
    }
    for (index, source) in sources.iter().enumerate() {
        ui.push_id(("feedback source", index), |ui| {
            source_ui(ui, sources, index, source, requests);
        });
    }
    ui.add_space(4.0);
    if ui
        .button(tr!("app-command-add-feedback"))
        .on_hover_text(tr!("structure-feedback-add-hover"))
        .clicked()
    {
        requests.command(Command::AddFeedback);
    }
}

/// One source: its file, whose, its scale, and removing it.
fn source_ui(
    ui: &mut Ui,
    sources: &[FeedbackSource],
    index: usize,
    source: &FeedbackSource,
    requests: &mut Requests,
) {
    let with = |change: &dyn Fn(&mut Vec<FeedbackSource>)| {
        let mut changed = sources.to_vec();
        change(&mut changed);
        Edit::SetFeedback(changed)
    };
    ui.horizontal(|ui| {
        ui.add(egui::Label::new(RichText::new(&source.file).strong()).truncate())
            .on_hover_text(&source.file);
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            let remove = ui.small_button("✕").on_hover_text(tr!(
                "structure-feedback-remove",
                file = source.file.as_str()
            ));
            if remove.clicked() {
                let edit = with(&|list| {
                    list.remove(index);
                });
                requests.edit(edit, tr!("structure-feedback-remove-undo"));
            }
        });
    });
    ui.horizontal_wrapped(|ui| {
        for audience in Audience::ALL {
            let chosen = source.audience == audience;
            if ui.selectable_label(chosen, audience.label()).clicked() && !chosen {
                let edit = with(&|list| list[index].audience = audience);
                requests.edit(edit, tr!("structure-feedback-audience-undo"));
            }
        }
        let mut scale = source.scale;
        let label = ui.label(tr!("structure-feedback-scale"));
        egui::ComboBox::from_id_salt("scale")
            .selected_text(scale_name(scale))
            .show_ui(ui, |ui| {
                for choice in Scale::ALL {
                    ui.selectable_value(&mut scale, choice, scale_name(choice));
                }
            })
            .response
            .labelled_by(label.id);
        if scale != source.scale {
            let edit = with(&|list| list[index].scale = scale);
            requests.edit(edit, tr!("structure-feedback-scale-undo"));
        }
    });
    ui.label(
        RichText::new(tr!(
            "structure-feedback-columns",
            touchpoint = source.touchpoint.as_str(),
            score = source.score.as_str()
        ))
        .weak()
        .small(),
    );
    ui.add_space(4.0);
}

/// A scale as the panel names it.
fn scale_name(scale: Scale) -> String {
    match scale {
        Scale::Nps => tr!("structure-feedback-nps"),
        Scale::Csat => tr!("structure-feedback-csat"),
        Scale::Ces => tr!("structure-feedback-ces"),
        Scale::Rating5 => tr!("structure-feedback-rating", high = 5),
        Scale::Rating7 => tr!("structure-feedback-rating", high = 7),
    }
}
