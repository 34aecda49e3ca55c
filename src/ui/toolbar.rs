//! The toolbar under the menu: the walkthrough toggle, search and the canvas filters.

use std::collections::BTreeSet;

use egui::Ui;

use super::Requests;
use super::commands::Command;
use super::filter::Filter;
use crate::model::{Channel, Journey, TermsArea};

/// The toolbar's own view state.
#[derive(Clone, Debug, Default)]
pub struct ToolbarState {
    /// Put the keyboard in the search field on the next frame (Ctrl+F).
    pub focus_search: bool,
}

/// Shows the toolbar. `walking` says whether the walkthrough is on.
pub fn toolbar_ui(
    ui: &mut Ui,
    journey: &Journey,
    filter: &mut Filter,
    walking: bool,
    state: &mut ToolbarState,
    requests: &mut Requests,
) {
    ui.horizontal_wrapped(|ui| {
        let glasses = if walking {
            "Take off the glasses"
        } else {
            "New customer glasses"
        };
        let button = egui::Button::selectable(walking, glasses).shortcut_text("G");
        if ui
            .add(button)
            .on_hover_text("Walk the journey as a new customer meets it (G)")
            .clicked()
        {
            requests.command(Command::ToggleWalkthrough);
        }
        ui.separator();

        let label = ui.label("Search");
        let search = ui.add(
            egui::TextEdit::singleline(&mut filter.search)
                .hint_text("titles, descriptions, notes")
                .desired_width(180.0),
        );
        let search = search.labelled_by(label.id);
        if std::mem::take(&mut state.focus_search) {
            search.request_focus();
        }

        let area_text = filter.area.map_or("Any TERMS area", TermsArea::name);
        let label = ui.label("TERMS");
        let combo = egui::ComboBox::from_id_salt("filter area")
            .selected_text(area_text)
            .show_ui(ui, |ui| {
                ui.selectable_value(&mut filter.area, None, "Any TERMS area");
                for area in TermsArea::ALL {
                    ui.selectable_value(&mut filter.area, Some(area), area.name());
                }
            });
        combo.response.labelled_by(label.id);

        let owners: BTreeSet<&str> = journey
            .touchpoints()
            .map(|t| t.owner.trim())
            .filter(|owner| !owner.is_empty())
            .collect();
        let owner_text = filter
            .owner
            .clone()
            .unwrap_or_else(|| "Any owner".to_owned());
        let label = ui.label("Owner");
        let combo = egui::ComboBox::from_id_salt("filter owner")
            .selected_text(owner_text)
            .show_ui(ui, |ui| {
                ui.selectable_value(&mut filter.owner, None, "Any owner");
                for owner in owners {
                    ui.selectable_value(&mut filter.owner, Some(owner.to_owned()), owner);
                }
            });
        combo.response.labelled_by(label.id);

        let channel_text = filter.channel.map_or("Any channel", Channel::name);
        let label = ui.label("Channel");
        let combo = egui::ComboBox::from_id_salt("filter channel")
            .selected_text(channel_text)
            .show_ui(ui, |ui| {
                ui.selectable_value(&mut filter.channel, None, "Any channel");
                for channel in Channel::ALL {
                    ui.selectable_value(&mut filter.channel, Some(channel), channel.name());
                }
            });
        combo.response.labelled_by(label.id);

        let persona_text = filter
            .persona
            .and_then(|id| journey.persona(id))
            .map_or("Any persona", |p| p.name.as_str());
        let label = ui.label("Persona");
        let combo = egui::ComboBox::from_id_salt("filter persona")
            .selected_text(persona_text)
            .show_ui(ui, |ui| {
                ui.selectable_value(&mut filter.persona, None, "Any persona");
                for persona in journey.personas() {
                    ui.selectable_value(&mut filter.persona, Some(persona.id), &persona.name);
                }
            });
        combo.response.labelled_by(label.id);

        if filter.is_active() {
            let shown = journey
                .touchpoints()
                .filter(|t| filter.matches(journey, t))
                .count();
            ui.label(format!("{shown} of {} shown", journey.touchpoint_count()));
            if ui.button("Clear filters").clicked() {
                *filter = Filter::default();
            }
        }
    });
}
