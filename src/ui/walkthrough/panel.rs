//! The walk's panel: the current touchpoint shown large, as the customer meets it, the
//! hidden work behind it when revealed, and the summary at the end.

use egui::{Color32, RichText, Ui};

use super::keys::save_note;
use super::{Finding, Walkthrough};
use crate::model::analysis::{Glasses, hidden_support};
use crate::model::{Journey, TermsArea, Touchpoint};
use crate::ui::Requests;
use crate::ui::style;

/// Shows the walk. Returns `true` when the user asked to leave it.
pub fn walkthrough_ui(
    ui: &mut Ui,
    journey: &Journey,
    walk: &mut Walkthrough,
    requests: &mut Requests,
) -> bool {
    let mut leave = false;
    ui.add_space(6.0);
    ui.horizontal_wrapped(|ui| {
        let (mut glasses, mut persona) = (walk.glasses, walk.persona);
        ui.selectable_value(
            &mut glasses,
            Glasses::Customer,
            crate::tr!("canvas-walk-customer-glasses"),
        );
        ui.selectable_value(
            &mut glasses,
            Glasses::Employee,
            crate::tr!("canvas-walk-employee-glasses"),
        );
        ui.separator();
        let everyone = crate::tr!("canvas-walk-everyone");
        let persona_name = persona
            .and_then(|id| journey.persona(id))
            .map_or_else(|| everyone.clone(), |p| p.name.clone());
        let label = ui.label(crate::tr!("canvas-walk-persona"));
        let combo = egui::ComboBox::from_id_salt("walk persona")
            .selected_text(persona_name)
            .show_ui(ui, |ui| {
                ui.selectable_value(&mut persona, None, everyone);
                for p in journey.personas() {
                    ui.selectable_value(&mut persona, Some(p.id), &p.name);
                }
            });
        combo.response.labelled_by(label.id);
        if (glasses, persona) != (walk.glasses, walk.persona) {
            walk.restart(journey, glasses, persona);
        }
        ui.separator();
        if ui
            .add_enabled(
                walk.current > 0,
                egui::Button::new(crate::tr!("canvas-walk-back")),
            )
            .clicked()
        {
            walk.previous();
        }
        let step = if walk.steps.is_empty() {
            0
        } else {
            walk.current + 1
        };
        ui.label(crate::tr!(
            "canvas-walk-step",
            step = step,
            total = walk.steps.len()
        ));
        if ui
            .add_enabled(
                walk.current + 1 < walk.steps.len(),
                egui::Button::new(crate::tr!("canvas-walk-next")),
            )
            .clicked()
        {
            walk.next();
        }
        ui.separator();
        ui.toggle_value(&mut walk.revealed, crate::tr!("canvas-walk-reveal"));
        if ui.button(crate::tr!("canvas-walk-leave")).clicked() {
            leave = true;
        }
    });
    ui.separator();

    let Some(touchpoint) = walk.current().and_then(|id| journey.touchpoint(id)) else {
        ui.label(crate::tr!("canvas-walk-nothing"));
        return leave;
    };
    ui.horizontal_top(|ui| {
        ui.vertical(|ui| {
            ui.set_width((ui.available_width() * 0.45).max(280.0));
            big_card_ui(ui, journey, touchpoint);
            note_ui(ui, journey, walk, requests);
        });
        ui.separator();
        ui.vertical(|ui| {
            if walk.revealed {
                behind_ui(ui, journey, touchpoint);
            } else {
                ui.weak(crate::tr!("canvas-walk-out-of-sight"));
            }
        });
    });
    ui.add_space(4.0);
    // The keys of the walk, shown under it so nobody has to remember them.
    ui.weak(crate::tr!("canvas-walk-keys"));
    leave
}

/// The current touchpoint, large, as the customer meets it.
fn big_card_ui(ui: &mut Ui, journey: &Journey, touchpoint: &Touchpoint) {
    ui.label(RichText::new(&touchpoint.title).size(26.0).strong());
    let lane = journey
        .lane(touchpoint.lane)
        .map_or("", |l| l.name.as_str());
    let stage = journey
        .stage(touchpoint.stage)
        .map_or("", |s| s.name.as_str());
    ui.label(format!("{} · {lane} · {stage}", touchpoint.channel.label()));
    if !touchpoint.description.is_empty() {
        ui.add_space(4.0);
        ui.label(RichText::new(&touchpoint.description).size(16.0));
    }
    ui.add_space(6.0);
    ui.horizontal_wrapped(|ui| {
        for area in TermsArea::ALL {
            let (fill, text) = match touchpoint.tag(area) {
                Some(tag) => (
                    style::severity_fill(tag.severity),
                    crate::tr!(
                        "canvas-walk-area-severity",
                        area = area.label(),
                        severity = tag.severity.label(),
                    ),
                ),
                None => (Color32::TRANSPARENT, area.label()),
            };
            let colour = if fill == Color32::TRANSPARENT {
                ui.visuals().weak_text_color()
            } else {
                Color32::BLACK
            };
            egui::Frame::new()
                .fill(fill)
                .corner_radius(4.0)
                .inner_margin(egui::Margin::symmetric(6, 2))
                .show(ui, |ui| {
                    ui.label(RichText::new(text).color(colour).size(15.0));
                });
        }
    });
    for tag in touchpoint.terms.iter().filter(|tag| !tag.note.is_empty()) {
        ui.label(format!("{}: {}", tag.area.label(), tag.note));
    }
    let feels = touchpoint
        .emotion
        .map_or_else(|| crate::tr!("canvas-walk-not-rated"), |r| r.to_string());
    ui.label(RichText::new(crate::tr!("canvas-walk-emotion", rating = feels)).size(15.0));
    if let Some(latest) = touchpoint.observations.last() {
        ui.weak(crate::tr!(
            "canvas-walk-observations",
            count = touchpoint.observations.len(),
            date = crate::i18n::date(latest.date),
            text = latest.text.as_str(),
        ));
    }
}

/// The note being written (after N), saved with Enter.
fn note_ui(ui: &mut Ui, journey: &Journey, walk: &mut Walkthrough, requests: &mut Requests) {
    let Some(note) = &mut walk.note else {
        return;
    };
    ui.add_space(6.0);
    let label = ui.label(crate::tr!("canvas-walk-note"));
    let response = ui.add(
        egui::TextEdit::singleline(note)
            .hint_text(crate::tr!("canvas-walk-note-hint"))
            .desired_width(f32::INFINITY),
    );
    let response = response.labelled_by(label.id);
    if !response.has_focus() && !response.lost_focus() {
        response.request_focus();
    }
    if response.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter)) {
        save_note(journey, walk, requests);
    }
}

/// The hidden steps the current touchpoint depends on, drawn beneath it.
fn behind_ui(ui: &mut Ui, journey: &Journey, touchpoint: &Touchpoint) {
    let support = hidden_support(journey, touchpoint.id);
    ui.label(RichText::new(crate::tr!("canvas-walk-behind")).strong());
    if support.is_empty() {
        ui.weak(crate::tr!("canvas-walk-behind-none"));
        return;
    }
    ui.horizontal_wrapped(|ui| {
        for hidden in support.iter().filter_map(|&id| journey.touchpoint(id)) {
            egui::Frame::group(ui.style()).show(ui, |ui| {
                ui.set_width(190.0);
                ui.label(RichText::new(&hidden.title).strong());
                let lane = journey.lane(hidden.lane).map_or("", |l| l.name.as_str());
                ui.weak(if hidden.owner.is_empty() {
                    lane.to_owned()
                } else {
                    format!("{lane} · {}", hidden.owner)
                });
                for tag in &hidden.terms {
                    ui.label(crate::tr!(
                        "canvas-walk-area-severity",
                        area = tag.area.letter().to_string(),
                        severity = tag.severity.label(),
                    ));
                }
            });
        }
    });
}

/// What the walk recorded, grouped by touchpoint, shown when it ends. Returns `true` when
/// the user closes it.
pub fn summary_ui(ctx: &egui::Context, journey: &Journey, findings: &[Finding]) -> bool {
    let modal = egui::Modal::new(egui::Id::unique("walk summary")).show(ctx, |ui| {
        ui.set_max_width(520.0);
        ui.heading(crate::tr!("canvas-summary-title"));
        ui.add_space(6.0);
        if findings.is_empty() {
            ui.label(crate::tr!("canvas-summary-empty"));
        }
        egui::ScrollArea::vertical()
            .max_height(360.0)
            .show(ui, |ui| {
                let mut shown = Vec::new();
                for finding in findings {
                    if shown.contains(&finding.touchpoint) {
                        continue;
                    }
                    shown.push(finding.touchpoint);
                    let title = journey
                        .touchpoint(finding.touchpoint)
                        .map_or_else(|| crate::tr!("canvas-summary-removed"), |t| t.title.clone());
                    ui.label(RichText::new(title).strong());
                    for same in findings
                        .iter()
                        .filter(|f| f.touchpoint == finding.touchpoint)
                    {
                        ui.label(format!("   {}", same.what));
                    }
                }
            });
        ui.add_space(8.0);
        ui.button(crate::tr!("canvas-summary-done")).clicked()
    });
    modal.inner || modal.should_close()
}
