//! The window's modes: workshop mode, the presentation view and the walkthrough, switched on
//! and off.

use super::shell::PolkuApp;
use crate::model::analysis::Glasses;
use crate::ui::walkthrough::Walkthrough;
use crate::ui::workshop;

impl PolkuApp {
    /// Turns the presentation view on or off.
    pub(super) fn toggle_presenting(&mut self, ctx: &egui::Context) {
        self.presenting = !self.presenting;
        // The workshop is full screen already, and stays so.
        if self.workshop.is_none() {
            ctx.send_viewport_cmd(egui::ViewportCommand::Fullscreen(self.presenting));
        }
        if !self.presenting {
            self.canvas.fit_requested = true;
        }
    }

    /// Switches workshop mode on (full screen, large text, high contrast, the menus out of
    /// the way) or off.
    pub(super) fn toggle_workshop(&mut self, ctx: &egui::Context) {
        let on = self.workshop.is_none();
        self.workshop = on
            .then(|| workshop::WorkshopState::start(self.session.journey(), ctx.input(|i| i.time)));
        let dark = egui::Visuals::dark();
        ctx.set_visuals_of(
            egui::Theme::Dark,
            if on {
                workshop::high_contrast(dark)
            } else {
                dark
            },
        );
        ctx.set_zoom_factor(if on { workshop::WORKSHOP_ZOOM } else { 1.0 });
        ctx.send_viewport_cmd(egui::ViewportCommand::Fullscreen(on));
        // Open at a zoom the back of the room can read, not squeezed to fit.
        self.canvas.reset_requested = true;
    }

    /// Puts the glasses on, or takes them off and shows what the walkthrough found.
    pub(super) fn toggle_walkthrough(&mut self) {
        match self.walkthrough.take() {
            Some(walk) => {
                self.walkthrough_summary = Some(walk.changes(self.session.journey()));
                self.walkthrough_centred = None;
            }
            None => {
                self.walkthrough = Some(Walkthrough::start(
                    self.session.journey(),
                    Glasses::Customer,
                    None,
                ));
                self.selection.clear();
            }
        }
    }

    /// Keeps the walkthrough in step with the map (after an undo, say), and the canvas on the
    /// walk's current touchpoint.
    pub(super) fn follow_walkthrough(&mut self) {
        let Some(walk) = &mut self.walkthrough else {
            return;
        };
        walk.retain_existing(self.session.journey());
        let current = walk.current();
        // The map, out of sight during the walkthrough, is kept on the walkthrough's moment, so leaving
        // the walkthrough comes back to where it was.
        if current != self.walkthrough_centred {
            if let Some(card) = current.and_then(|id| self.layout.cards.get(&id)) {
                self.canvas.center_on(*card);
            }
            self.walkthrough_centred = current;
        }
    }
}
