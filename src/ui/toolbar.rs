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
            crate::tr!("app-toolbar-glasses-off")
        } else {
            crate::tr!("app-toolbar-glasses-on")
        };
        let mut button = egui::Button::selectable(walking, glasses);
        if let Some(keys) = Command::ToggleWalkthrough.shortcut_text(ui.ctx()) {
            button = button.shortcut_text(keys);
        }
        if ui
            .add(button)
            .on_hover_text(crate::tr!("app-toolbar-glasses-hover"))
            .clicked()
        {
            requests.command(Command::ToggleWalkthrough);
        }
        ui.separator();

        let label = ui.label(crate::tr!("app-toolbar-search"));
        let search = ui.add(
            egui::TextEdit::singleline(&mut filter.search)
                .hint_text(crate::tr!("app-toolbar-search-hint"))
                .desired_width(180.0),
        );
        let search = search.labelled_by(label.id);
        if std::mem::take(&mut state.focus_search) {
            search.request_focus();
        }

        let any_area = crate::tr!("app-toolbar-any-area");
        let area_text = filter
            .area
            .map_or_else(|| any_area.clone(), TermsArea::label);
        let label = ui.label(crate::tr!("app-toolbar-terms"));
        let combo = egui::ComboBox::from_id_salt("filter area")
            .selected_text(area_text)
            .show_ui(ui, |ui| {
                ui.selectable_value(&mut filter.area, None, any_area);
                for area in TermsArea::ALL {
                    ui.selectable_value(&mut filter.area, Some(area), area.label());
                }
            });
        combo.response.labelled_by(label.id);

        let any_owner = crate::tr!("app-toolbar-any-owner");
        let owner_text = filter.owner.clone().unwrap_or_else(|| any_owner.clone());
        let label = ui.label(crate::tr!("app-toolbar-owner"));
        let combo = egui::ComboBox::from_id_salt("filter owner")
            .selected_text(owner_text)
            .show_ui(ui, |ui| {
                ui.selectable_value(&mut filter.owner, None, any_owner);
                // Gathered only while the list is open: a large map has many cards.
                let owners: BTreeSet<&str> = journey
                    .touchpoints()
                    .map(|t| t.owner.trim())
                    .filter(|owner| !owner.is_empty())
                    .collect();
                for owner in owners {
                    ui.selectable_value(&mut filter.owner, Some(owner.to_owned()), owner);
                }
            });
        combo.response.labelled_by(label.id);

        let any_channel = crate::tr!("app-toolbar-any-channel");
        let channel_text = filter
            .channel
            .map_or_else(|| any_channel.clone(), Channel::label);
        let label = ui.label(crate::tr!("app-toolbar-channel"));
        let combo = egui::ComboBox::from_id_salt("filter channel")
            .selected_text(channel_text)
            .show_ui(ui, |ui| {
                ui.selectable_value(&mut filter.channel, None, any_channel);
                for channel in Channel::ALL {
                    ui.selectable_value(&mut filter.channel, Some(channel), channel.label());
                }
            });
        combo.response.labelled_by(label.id);

        let any_persona = crate::tr!("app-toolbar-any-persona");
        let persona_text = filter
            .persona
            .and_then(|id| journey.persona(id))
            .map_or_else(|| any_persona.clone(), |p| p.name.clone());
        let label = ui.label(crate::tr!("app-toolbar-persona"));
        let combo = egui::ComboBox::from_id_salt("filter persona")
            .selected_text(persona_text)
            .show_ui(ui, |ui| {
                ui.selectable_value(&mut filter.persona, None, any_persona);
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
            ui.label(crate::tr!(
                "app-toolbar-shown",
                shown = shown,
                total = journey.touchpoint_count(),
            ));
            if ui.button(crate::tr!("app-toolbar-clear")).clicked() {
                *filter = Filter::default();
            }
        }
    });
}
