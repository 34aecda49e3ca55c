//! The walk's panel: the current touchpoint shown large, as the customer meets it, the
//! hidden work behind it when revealed, and the summary at the end.

use egui::{Color32, RichText, Ui};

use super::keys::save_note;
use super::state::{Finding, FindingKind, Walkthrough};
use crate::model::analysis::{Glasses, hidden_support};
use crate::model::{Journey, TermsArea, Touchpoint};
use crate::ui::Requests;
use crate::ui::style;

/// The walk's controls: glasses, persona, back and next, reveal, leave, and its keys.
/// Returns `true` when the user asked to leave it.
pub fn walkthrough_ui(ui: &mut Ui, journey: &Journey, walk: &mut Walkthrough) -> bool {
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
    // The keys of the walk, shown under it so nobody has to remember them.
    ui.weak(crate::tr!("canvas-walk-keys"));
    leave
}

/// The middle of the window during the walk: the journey as a strip of its steps, with
/// the one we are at marked; the current moment large and centred, as the customer meets
/// it; and, revealed, the hidden work behind it, under the line of visibility.
pub fn moment_ui(ui: &mut Ui, journey: &Journey, walk: &mut Walkthrough, requests: &mut Requests) {
    strip_ui(ui, journey, walk);
    let Some(touchpoint) = walk
        .current()
        .and_then(|id| journey.touchpoint(id))
        .cloned()
    else {
        ui.add_space(40.0);
        ui.vertical_centered(|ui| ui.label(crate::tr!("canvas-walk-nothing")));
        return;
    };
    egui::ScrollArea::vertical()
        .auto_shrink([false, false])
        .show(ui, |ui| {
            ui.add_space(24.0);
            let width = (ui.available_width() * 0.7).clamp(320.0, 820.0);
            ui.vertical_centered(|ui| {
                ui.set_max_width(width);
                egui::Frame::new()
                    .fill(ui.visuals().extreme_bg_color)
                    .stroke(ui.visuals().widgets.noninteractive.bg_stroke)
                    .corner_radius(12.0)
                    .inner_margin(egui::Margin::same(24))
                    .shadow(egui::epaint::Shadow {
                        offset: [0, 4],
                        blur: 18,
                        spread: 0,
                        color: Color32::from_black_alpha(40),
                    })
                    .show(ui, |ui| {
                        ui.set_width(width - 48.0);
                        ui.with_layout(egui::Layout::top_down(egui::Align::Min), |ui| {
                            big_card_ui(ui, journey, &touchpoint);
                            note_ui(ui, journey, walk, requests);
                        });
                    });
            });
            ui.add_space(18.0);
            if walk.revealed {
                behind_ui(ui, journey, &touchpoint);
            } else {
                ui.vertical_centered(|ui| ui.weak(crate::tr!("canvas-walk-out-of-sight")));
            }
            ui.add_space(24.0);
        });
}

/// The journey as a strip of its steps: where the walk has been, where it is, what comes.
/// A step is clicked to go there.
fn strip_ui(ui: &mut Ui, journey: &Journey, walk: &mut Walkthrough) {
    let accent = ui.visuals().selection.bg_fill;
    let mut go_to = None;
    egui::ScrollArea::horizontal()
        .id_salt("walk strip")
        .show(ui, |ui| {
            ui.horizontal(|ui| {
                for (i, &id) in walk.steps.iter().enumerate() {
                    let Some(step) = journey.touchpoint(id) else {
                        continue;
                    };
                    let current = i == walk.current;
                    let (fill, text) = if current {
                        (accent, ui.visuals().strong_text_color())
                    } else if i < walk.current {
                        (ui.visuals().faint_bg_color, ui.visuals().text_color())
                    } else {
                        (Color32::TRANSPARENT, ui.visuals().weak_text_color())
                    };
                    let label = crate::tr!(
                        "canvas-walk-strip-step",
                        step = i + 1,
                        title = step.title.as_str()
                    );
                    let short = crate::model::look::text::one_line(&label, 12.0, 150.0);
                    let button = egui::Button::new(RichText::new(short).color(text).size(12.0))
                        .fill(fill)
                        .corner_radius(6.0)
                        .min_size(egui::vec2(0.0, 30.0));
                    let response = ui.add(button).on_hover_text(&step.title);
                    // The emotion under the step, in its colour.
                    if let Some(emotion) = step.emotion {
                        let r = response.rect;
                        ui.painter().line_segment(
                            [
                                r.left_bottom() + egui::vec2(4.0, 2.0),
                                r.right_bottom() + egui::vec2(-4.0, 2.0),
                            ],
                            egui::Stroke::new(3.0, style::rating_fill(emotion)),
                        );
                    }
                    if current && walk.scroll_strip {
                        response.scroll_to_me(Some(egui::Align::Center));
                    }
                    if response.clicked() {
                        go_to = Some(i);
                    }
                }
            });
        });
    walk.scroll_strip = false;
    if let Some(i) = go_to {
        walk.go_to(i);
        walk.scroll_strip = true;
    }
    ui.separator();
}

/// The current touchpoint, large, as the customer meets it.
fn big_card_ui(ui: &mut Ui, journey: &Journey, touchpoint: &Touchpoint) {
    let lane = journey
        .lane(touchpoint.lane)
        .map_or("", |l| l.name.as_str());
    let stage = journey
        .stage(touchpoint.stage)
        .map_or("", |s| s.name.as_str());
    ui.label(
        RichText::new(format!("{stage} · {lane} · {}", touchpoint.channel.label()))
            .size(15.0)
            .weak(),
    );
    ui.add_space(4.0);
    ui.label(RichText::new(&touchpoint.title).size(32.0).strong());
    if !touchpoint.description.is_empty() {
        ui.add_space(6.0);
        ui.label(RichText::new(&touchpoint.description).size(18.0));
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
        ui.label(RichText::new(format!("{}: {}", tag.area.label(), tag.note)).size(15.0));
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

/// The hidden steps the current touchpoint depends on, under the line of visibility
/// beneath it.
fn behind_ui(ui: &mut Ui, journey: &Journey, touchpoint: &Touchpoint) {
    let support = hidden_support(journey, touchpoint.id);
    // The line of visibility, dashed as on the map, across the width.
    let (line, _) =
        ui.allocate_exact_size(egui::vec2(ui.available_width(), 10.0), egui::Sense::hover());
    let colour = style::colour(style::palette(ui.visuals().dark_mode).blueprint_line());
    ui.painter().extend(egui::Shape::dashed_line(
        &[line.left_center(), line.right_center()],
        egui::Stroke::new(1.5, colour),
        8.0,
        5.0,
    ));
    ui.vertical_centered(|ui| {
        ui.label(
            RichText::new(crate::tr!("canvas-walk-behind"))
                .strong()
                .size(16.0),
        );
        if support.is_empty() {
            ui.weak(crate::tr!("canvas-walk-behind-none"));
        }
    });
    if support.is_empty() {
        return;
    }
    ui.add_space(8.0);
    ui.horizontal_wrapped(|ui| {
        // Centred: what the row needs, taken off the left.
        let card = 220.0 + ui.spacing().item_spacing.x + 16.0;
        let row = (card * support.len() as f32).min(ui.available_width());
        ui.add_space(((ui.available_width() - row) / 2.0).max(0.0));
        for hidden in support.iter().filter_map(|&id| journey.touchpoint(id)) {
            egui::Frame::new()
                .fill(ui.visuals().faint_bg_color)
                .stroke(egui::Stroke::new(1.0, ui.visuals().weak_text_color()))
                .corner_radius(2.0)
                .inner_margin(egui::Margin::same(8))
                .show(ui, |ui| {
                    ui.set_width(220.0);
                    ui.vertical(|ui| hidden_card_ui(ui, journey, hidden));
                });
        }
    });
}

/// One hidden step behind the moment: its title, lane and owner, and its TERMS tags.
fn hidden_card_ui(ui: &mut Ui, journey: &Journey, hidden: &Touchpoint) {
    ui.label(RichText::new(&hidden.title).strong().size(15.0));
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
}

/// Where the walk left each touchpoint it changed, in the order it met them: the last
/// word on each TERMS area (in TERMS order) and on the emotion, and every note.
pub fn end_state(findings: &[Finding]) -> Vec<(crate::model::TouchpointId, Vec<String>)> {
    let mut touched = Vec::new();
    for finding in findings {
        if !touched.contains(&finding.touchpoint) {
            touched.push(finding.touchpoint);
        }
    }
    touched
        .into_iter()
        .map(|id| {
            let of = |kind: FindingKind| {
                findings
                    .iter()
                    .rev()
                    .find(|f| f.touchpoint == id && f.kind == kind)
                    .map(|f| f.what.clone())
            };
            let mut lines: Vec<String> = TermsArea::ALL
                .into_iter()
                .filter_map(|area| of(FindingKind::Tag(area)))
                .collect();
            lines.extend(of(FindingKind::Emotion));
            lines.extend(
                findings
                    .iter()
                    .filter(|f| f.touchpoint == id && f.kind == FindingKind::Note)
                    .map(|f| f.what.clone()),
            );
            (id, lines)
        })
        .collect()
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
                for (touchpoint, lines) in end_state(findings) {
                    let title = journey
                        .touchpoint(touchpoint)
                        .map_or_else(|| crate::tr!("canvas-summary-removed"), |t| t.title.clone());
                    ui.label(RichText::new(title).strong());
                    for line in lines {
                        ui.label(format!("   {line}"));
                    }
                }
            });
        ui.add_space(8.0);
        ui.button(crate::tr!("canvas-summary-done")).clicked()
    });
    modal.inner || modal.should_close()
}
