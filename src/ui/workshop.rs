//! Workshop mode, for a facilitator at a projector: the map full screen with large text
//! and high contrast, a session timer, quick-add of touchpoints to the current stage, and
//! a parking lot for ideas that do not fit yet (saved with the map).

use egui::{Key, RichText, Ui};

use super::Requests;
use crate::model::{Edit, Idea, Journey, LaneId, LaneKind, StageId, Touchpoint};

/// How much larger everything is drawn in workshop mode.
pub const WORKSHOP_ZOOM: f32 = 1.35;

/// Space between quick-added cards in a stage, in map units (a card and a gap).
const SLOT: f32 = 200.0;

/// Workshop mode's view state: kept while it is on, never saved.
#[derive(Clone, Debug, PartialEq)]
pub struct WorkshopState {
    /// When the session timer started, in egui's clock (seconds).
    pub started_secs: f64,
    /// When the timer was paused, if it is.
    pub paused_secs: Option<f64>,
    /// Where quick-added touchpoints go.
    pub stage: Option<StageId>,
    pub lane: Option<LaneId>,
    /// The title being typed for the next quick-added touchpoint.
    pub quick_title: String,
    /// The idea being typed for the parking lot.
    pub idea: String,
    pub show_parking_lot: bool,
}

impl WorkshopState {
    /// A workshop starting now (`now_secs`), adding to the first stage and the first
    /// customer lane.
    pub fn start(journey: &Journey, now_secs: f64) -> Self {
        let lane = journey
            .lanes()
            .iter()
            .find(|lane| lane.kind == LaneKind::Customer)
            .or_else(|| journey.lanes().first())
            .map(|lane| lane.id);
        Self {
            started_secs: now_secs,
            paused_secs: None,
            stage: journey.stages().first().map(|stage| stage.id),
            lane,
            quick_title: String::new(),
            idea: String::new(),
            show_parking_lot: true,
        }
    }

    /// How long the session has run, in whole seconds.
    pub fn elapsed_secs(&self, now_secs: f64) -> u64 {
        let until = self.paused_secs.unwrap_or(now_secs);
        (until - self.started_secs).max(0.0) as u64
    }

    /// In how many seconds the timer shows its next second, or `None` while it is paused
    /// and shows the same time until someone acts.
    pub fn next_tick_secs(&self, now_secs: f64) -> Option<f64> {
        if self.paused_secs.is_some() {
            return None;
        }
        let running = (now_secs - self.started_secs).max(0.0);
        Some(running.floor() + 1.0 - running)
    }

    pub fn toggle_pause(&mut self, now_secs: f64) {
        match self.paused_secs.take() {
            // Resuming: the paused time does not count.
            Some(paused) => self.started_secs += now_secs - paused,
            None => self.paused_secs = Some(now_secs),
        }
    }
}

/// `secs` as the timer shows it: 12:05, or 1:02:05 past an hour.
pub fn clock(secs: u64) -> String {
    let (hours, minutes, seconds) = (secs / 3600, secs / 60 % 60, secs % 60);
    if hours > 0 {
        format!("{hours}:{minutes:02}:{seconds:02}")
    } else {
        format!("{minutes}:{seconds:02}")
    }
}

/// The x of the next free slot after the cards already in `lane` and `stage`.
pub fn next_free_x(journey: &Journey, lane: LaneId, stage: StageId) -> f32 {
    journey
        .touchpoints()
        .filter(|t| t.lane == lane && t.stage == stage)
        .map(|t| t.x + SLOT)
        .fold(0.0, f32::max)
}

/// The workshop's bar, in place of the menus: timer, quick-add, parking lot, leave.
/// Returns `true` when the facilitator leaves workshop mode.
pub fn workshop_bar_ui(
    ui: &mut Ui,
    journey: &Journey,
    state: &mut WorkshopState,
    requests: &mut Requests,
) -> bool {
    let now = ui.input(|i| i.time);
    let mut leave = false;
    ui.horizontal_wrapped(|ui| {
        ui.label(
            RichText::new(clock(state.elapsed_secs(now)))
                .monospace()
                .size(22.0)
                .strong(),
        );
        let pause = if state.paused_secs.is_some() {
            crate::tr!("app-workshop-resume")
        } else {
            crate::tr!("app-workshop-pause")
        };
        if ui.button(pause).clicked() {
            state.toggle_pause(now);
        }
        if ui.button(crate::tr!("app-workshop-reset")).clicked() {
            state.started_secs = now;
            state.paused_secs = state.paused_secs.map(|_| now);
        }
        ui.separator();

        let label = ui.label(crate::tr!("app-workshop-stage"));
        let stage_name = state
            .stage
            .and_then(|id| journey.stage(id))
            .map_or("", |s| s.name.as_str());
        let combo = egui::ComboBox::from_id_salt("workshop stage")
            .selected_text(stage_name)
            .show_ui(ui, |ui| {
                for stage in journey.stages() {
                    ui.selectable_value(&mut state.stage, Some(stage.id), &stage.name);
                }
            });
        combo.response.labelled_by(label.id);
        let label = ui.label(crate::tr!("app-workshop-lane"));
        let lane_name = state
            .lane
            .and_then(|id| journey.lane(id))
            .map_or("", |l| l.name.as_str());
        let combo = egui::ComboBox::from_id_salt("workshop lane")
            .selected_text(lane_name)
            .show_ui(ui, |ui| {
                for lane in journey.lanes() {
                    ui.selectable_value(&mut state.lane, Some(lane.id), &lane.name);
                }
            });
        combo.response.labelled_by(label.id);

        let label = ui.label(crate::tr!("app-workshop-quick-add"));
        let field = ui.add(
            egui::TextEdit::singleline(&mut state.quick_title)
                .hint_text(crate::tr!("app-workshop-quick-add-hint"))
                .desired_width(220.0),
        );
        let field = field.labelled_by(label.id);
        let entered = field.lost_focus() && ui.input(|i| i.key_pressed(Key::Enter));
        if (ui.button(crate::tr!("app-workshop-add")).clicked() || entered)
            && quick_add(journey, state, requests)
        {
            field.request_focus();
        }
        ui.separator();
        let parked = journey.parking_lot().len();
        ui.toggle_value(
            &mut state.show_parking_lot,
            crate::tr!("app-workshop-parking-lot-count", count = parked),
        );
        ui.separator();
        if ui.button(crate::tr!("app-workshop-leave")).clicked() {
            leave = true;
        }
    });
    // The timer must tick even when nobody moves: a frame when it shows the next second,
    // and none while it is paused.
    if let Some(secs) = state.next_tick_secs(ui.input(|i| i.time)) {
        ui.ctx().request_repaint_after_secs(secs as f32);
    }
    leave
}

/// Adds the quick-add title as a touchpoint in the chosen lane and stage, after the cards
/// already there. Returns whether one was added.
fn quick_add(journey: &Journey, state: &mut WorkshopState, requests: &mut Requests) -> bool {
    let title = state.quick_title.trim().to_owned();
    let (Some(lane), Some(stage)) = (state.lane, state.stage) else {
        return false;
    };
    if title.is_empty() || journey.lane(lane).is_none() || journey.stage(stage).is_none() {
        return false;
    }
    let mut touchpoint = Touchpoint::new(requests.ids.touchpoint(), title, lane, stage);
    touchpoint.x = next_free_x(journey, lane, stage);
    requests.edit(
        Edit::AddTouchpoint(Box::new(touchpoint)),
        crate::tr!("app-workshop-edit-add"),
    );
    state.quick_title.clear();
    true
}

/// The parking lot: ideas that do not fit the map yet.
pub fn parking_lot_ui(
    ui: &mut Ui,
    journey: &Journey,
    state: &mut WorkshopState,
    requests: &mut Requests,
) {
    ui.heading(crate::tr!("app-parking-lot"));
    ui.weak(crate::tr!("app-parking-lot-intro"));
    ui.add_space(6.0);
    let label = ui.label(crate::tr!("app-parking-lot-new"));
    let field = ui.add(
        egui::TextEdit::multiline(&mut state.idea)
            .hint_text(crate::tr!("app-parking-lot-hint"))
            .desired_rows(2)
            .desired_width(f32::INFINITY)
            .return_key(Some(egui::KeyboardShortcut::new(
                egui::Modifiers::SHIFT,
                Key::Enter,
            ))),
    );
    let field = field.labelled_by(label.id);
    let entered =
        field.has_focus() && ui.input(|i| i.key_pressed(Key::Enter) && !i.modifiers.shift);
    if (ui.button(crate::tr!("app-parking-lot-park")).clicked() || entered)
        && !state.idea.trim().is_empty()
    {
        let idea = Idea {
            text: state.idea.trim().to_owned(),
            date: crate::ui::today(),
        };
        requests.edit(
            Edit::AddIdea {
                index: journey.parking_lot().len(),
                idea,
            },
            crate::tr!("app-parking-lot-edit-park"),
        );
        state.idea.clear();
    }
    ui.add_space(8.0);
    if journey.parking_lot().is_empty() {
        ui.weak(crate::tr!("app-parking-lot-empty"));
    }
    for (index, idea) in journey.parking_lot().iter().enumerate() {
        ui.horizontal_wrapped(|ui| {
            ui.label(RichText::new(&idea.text).size(16.0));
            ui.weak(crate::i18n::date(idea.date));
            let remove = ui
                .small_button("✕")
                .on_hover_text(crate::tr!("app-parking-lot-remove-hover"));
            let remove = remove.labelled_by(
                ui.label(crate::tr!("app-parking-lot-remove", number = index + 1))
                    .id,
            );
            if remove.clicked() {
                requests.edit(
                    Edit::RemoveIdea(index),
                    crate::tr!("app-parking-lot-edit-remove"),
                );
            }
        });
        ui.separator();
    }
}

/// A theme for projectors: black and white, strong edges, no faint greys.
pub fn high_contrast(mut visuals: egui::Visuals) -> egui::Visuals {
    use egui::{Color32, Stroke};
    visuals.override_text_color = Some(Color32::WHITE);
    visuals.panel_fill = Color32::BLACK;
    visuals.window_fill = Color32::from_gray(10);
    visuals.extreme_bg_color = Color32::BLACK;
    visuals.faint_bg_color = Color32::from_gray(24);
    visuals.widgets.noninteractive.bg_stroke = Stroke::new(1.5, Color32::from_gray(200));
    visuals.widgets.inactive.bg_stroke = Stroke::new(1.5, Color32::WHITE);
    visuals.widgets.inactive.weak_bg_fill = Color32::from_gray(30);
    visuals.widgets.hovered.bg_stroke = Stroke::new(2.0, Color32::YELLOW);
    visuals.selection.stroke = Stroke::new(2.0, Color32::YELLOW);
    visuals
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_clock_reads_minutes_and_hours() {
        assert_eq!(clock(0), "0:00");
        assert_eq!(clock(725), "12:05");
        assert_eq!(clock(3725), "1:02:05");
    }

    #[test]
    fn a_paused_timer_stands_still_and_resumes_where_it_was() {
        let journey = crate::model::templates::Template::Blueprint.journey();
        let mut state = WorkshopState::start(&journey, 100.0);
        assert_eq!(state.elapsed_secs(160.0), 60);
        state.toggle_pause(160.0);
        assert_eq!(state.elapsed_secs(500.0), 60);
        state.toggle_pause(500.0);
        assert_eq!(state.elapsed_secs(510.0), 70);
    }

    #[test]
    fn the_window_wakes_when_the_timer_shows_a_new_second_and_never_while_paused() {
        let journey = crate::model::templates::Template::Blueprint.journey();
        let mut state = WorkshopState::start(&journey, 100.0);
        let next = state.next_tick_secs(160.25).unwrap_or_default();
        assert!((next - 0.75).abs() < 1e-9, "{next}");
        assert_eq!(state.elapsed_secs(160.25 + next), 61);
        state.toggle_pause(170.0);
        assert_eq!(state.next_tick_secs(175.0), None);
    }
}
