//! The window: menu and toolbar, the side panels or the walk, the canvas, and the status
//! bar; and what happens at the end of each frame.

use std::collections::HashSet;
use std::path::PathBuf;

use super::PolkuApp;
use super::files::{self, Leave, Question};
use crate::model::TouchpointId;
use crate::model::analysis::Glasses;
use crate::ui::Requests;
use crate::ui::canvas::layout::Layout;
use crate::ui::canvas::{self, CanvasOptions};
use crate::ui::commands::Command;
use crate::ui::walkthrough::{self, Walkthrough};
use crate::ui::{inspector, structure, toolbar};

impl PolkuApp {
    /// Lays the journey out again if it changed since the last frame.
    fn update_layout(&mut self) {
        let key = (
            self.journey.revision(),
            self.walk.as_ref().map(|walk| walk.glasses),
        );
        if self.layout_key != Some(key) {
            self.layout = match &self.walk {
                Some(walk) => Layout::with_lanes(&self.journey, |kind| walk.shows_lane(kind)),
                None => Layout::new(&self.journey),
            };
            self.layout_key = Some(key);
        }
    }

    /// Shows the whole window. (The [`eframe::App`] implementation calls this; tests and
    /// benchmarks call it directly, without eframe.)
    pub fn ui_root(&mut self, ui: &mut egui::Ui) {
        let ctx = ui.ctx().clone();
        ctx.set_theme(self.settings.theme_preference());
        self.handle_close_request(&ctx);
        self.update_layout();

        let mut requests = Requests::new(&self.journey);
        if self.question.is_none()
            && let Some(walk) = &mut self.walk
            && walkthrough::walk_keys(&ctx, &self.journey, walk, &mut requests)
        {
            requests.command(Command::ToggleWalkthrough);
        }
        self.shortcuts(&ctx, &mut requests);
        self.dropped_files(&ctx, &mut requests);

        egui::Panel::top("menu bar").show(ui, |ui| {
            let state = crate::ui::menu::MenuState {
                undo: self.history.undo_label(),
                redo: self.history.redo_label(),
                recent: &self.settings.recent,
                theme: self.settings.theme,
                has_selection: !self.selection.is_empty(),
            };
            crate::ui::menu::menu_bar_ui(ui, &state, &mut requests);
        });
        egui::Panel::top("toolbar").show(ui, |ui| {
            let walking = self.walk.is_some();
            toolbar::toolbar_ui(
                ui,
                &self.journey,
                &mut self.filter,
                walking,
                &mut self.toolbar,
                &mut requests,
            );
        });
        egui::Panel::bottom("status bar").show(ui, |ui| self.status_ui(ui));
        if let Some(walk) = &mut self.walk {
            egui::Panel::bottom("walkthrough")
                .resizable(true)
                .default_size(300.0)
                .size_range(180.0..=600.0)
                .show(ui, |ui| {
                    egui::ScrollArea::vertical()
                        .auto_shrink([false, false])
                        .show(ui, |ui| {
                            if walkthrough::walkthrough_ui(ui, &self.journey, walk, &mut requests) {
                                requests.command(Command::ToggleWalkthrough);
                            }
                        });
                });
        } else {
            self.side_panels_ui(ui, &mut requests);
        }
        self.canvas_ui(ui, &mut requests);

        if let Some(findings) = &self.walk_summary
            && walkthrough::summary_ui(&ctx, &self.journey, findings)
        {
            self.walk_summary = None;
        }
        if let Some(question) = &self.question
            && let Some(answer) = files::question_ui(&ctx, question, &self.map_name())
        {
            self.answer(&ctx, answer);
        }

        self.apply(&ctx, requests);
        self.follow_walk();
        let title = self.title();
        if title != self.shown_title {
            ctx.send_viewport_cmd(egui::ViewportCommand::Title(title.clone()));
            self.shown_title = title;
        }
    }

    /// The map panel at the left and the inspector at the right.
    fn side_panels_ui(&mut self, ui: &mut egui::Ui, requests: &mut Requests) {
        egui::Panel::left("map panel")
            .resizable(true)
            .default_size(250.0)
            .size_range(180.0..=480.0)
            .show(ui, |ui| {
                egui::ScrollArea::vertical()
                    .auto_shrink([false, false])
                    .show(ui, |ui| {
                        structure::structure_ui(ui, &self.journey, &mut self.structure, requests);
                    });
            });
        egui::Panel::right("inspector")
            .resizable(true)
            .default_size(310.0)
            .size_range(220.0..=560.0)
            .show(ui, |ui| {
                egui::ScrollArea::vertical()
                    .auto_shrink([false, false])
                    .show(ui, |ui| {
                        inspector::inspector_ui(
                            ui,
                            &self.journey,
                            &self.selection,
                            &mut self.inspector,
                            requests,
                        );
                    });
            });
    }

    /// The canvas, with what the filter or the walk emphasises.
    fn canvas_ui(&mut self, ui: &mut egui::Ui, requests: &mut Requests) {
        let emphasis: Option<HashSet<TouchpointId>> = match &self.walk {
            Some(walk) => Some(walk.current().into_iter().collect()),
            None if self.filter.is_active() => Some(
                self.journey
                    .touchpoints()
                    .filter(|t| self.filter.matches(&self.journey, t))
                    .map(|t| t.id)
                    .collect(),
            ),
            None => None,
        };
        let options = CanvasOptions {
            emphasis: emphasis.as_ref(),
            highlight: self.highlight,
            keyboard: self.walk.is_none(),
        };
        egui::CentralPanel::default()
            .frame(egui::Frame::NONE)
            .show(ui, |ui| {
                let response = canvas::canvas_ui(
                    ui,
                    &self.journey,
                    &self.layout,
                    &mut self.canvas,
                    &mut self.selection,
                    requests,
                    &options,
                );
                if let Some(id) = response.edit_title {
                    self.inspector.focus_title = Some(id);
                }
            });
    }

    /// Puts the glasses on, or takes them off and shows what the walk found.
    pub(super) fn toggle_walkthrough(&mut self) {
        match self.walk.take() {
            Some(walk) => {
                self.walk_summary = Some(walk.findings);
                self.walk_centred = None;
            }
            None => {
                self.walk = Some(Walkthrough::start(&self.journey, Glasses::Customer, None));
                self.selection.clear();
            }
        }
    }

    /// Keeps the walk in step with the map (after an undo, say), and the canvas on the
    /// walk's current touchpoint.
    fn follow_walk(&mut self) {
        let Some(walk) = &mut self.walk else {
            return;
        };
        walk.retain_existing(&self.journey);
        let current = walk.current();
        if current != self.walk_centred {
            self.update_layout();
            if let Some(card) = current.and_then(|id| self.layout.cards.get(&id)) {
                self.canvas.center_on(*card);
            }
            self.walk_centred = current;
        }
    }

    fn status_ui(&self, ui: &mut egui::Ui) {
        ui.horizontal(|ui| {
            ui.label(format!(
                "{} touchpoints · {} links · {:.0}%",
                self.journey.touchpoint_count(),
                self.journey.link_count(),
                self.canvas.zoom() * 100.0
            ));
            if let Some(path) = &self.path {
                ui.separator();
                ui.weak(path.display().to_string());
            }
            if let Some(status) = &self.status {
                ui.separator();
                ui.label(status);
            }
        });
    }

    /// Closing the window with unsaved changes asks first.
    fn handle_close_request(&mut self, ctx: &egui::Context) {
        if ctx.input(|i| i.viewport().close_requested()) && self.is_modified() && !self.allow_close
        {
            ctx.send_viewport_cmd(egui::ViewportCommand::CancelClose);
            self.question = Some(Question::Unsaved(Leave::Quit));
        }
    }

    /// A `.ron` file dropped onto the window opens (asking first about unsaved changes).
    fn dropped_files(&mut self, ctx: &egui::Context, requests: &mut Requests) {
        let dropped: Vec<PathBuf> = ctx.input(|i| {
            i.raw
                .dropped_files
                .iter()
                .map(|f| f.path().to_owned())
                .collect()
        });
        for path in dropped {
            if path
                .extension()
                .is_some_and(|e| e.eq_ignore_ascii_case("ron"))
            {
                requests.command(Command::OpenRecent(path));
                break;
            }
            self.status = Some(format!("{} is not a polku map (.ron)", path.display()));
        }
    }
}
