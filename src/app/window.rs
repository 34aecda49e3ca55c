//! The window: menu and toolbar, the side panels or the walkthrough, the canvas, and the status
//! bar; and what happens at the end of each frame.

use std::collections::HashSet;
use std::path::PathBuf;

use super::modal::{Leave, Question};
use super::shell::{PolkuApp, SideTab};
use crate::model::TouchpointId;
use crate::model::analysis::Insights;
use crate::ui::Requests;
use crate::ui::canvas::layout::Layout;
use crate::ui::canvas::{self, CanvasOptions};
use crate::ui::commands::Command;
use crate::ui::walkthrough;
use crate::ui::{insights, inspector, people, structure, toolbar, workshop};

impl PolkuApp {
    /// Lays the journey out again if it changed since the last frame, or the presentation
    /// view's window (`screen`) changed size.
    fn update_layout(&mut self, screen: egui::Rect) {
        // Whole points are close enough: a window resized by a point needs no new layout.
        let size = self.presenting.then(|| {
            [
                screen.width().round() as u32,
                screen.height().round() as u32,
            ]
        });
        // The emotion row follows the persona whose path is shown or filtered on.
        let persona = match self.highlight {
            Some(crate::ui::filter::Highlight::Persona(id)) => Some(id),
            _ => self.filter.persona,
        };
        let emotion = self.settings.emotion_row.then_some(persona);
        let key = (
            self.session.journey().revision(),
            self.walkthrough.as_ref().map(|walk| walk.glasses),
            size,
            emotion,
        );
        if self.layout_key != Some(key) {
            let walk = self.walkthrough.as_ref();
            let keep = |kind| walk.is_none_or(|walk| walk.shows_lane(kind));
            // When only the map changed, and its journal says how, a large map's layout
            // is brought up to date where the change was rather than made anew.
            let touched = match self.layout_key {
                Some((revision, glasses, size, row))
                    if !self.presenting && (glasses, size, row) == (key.1, key.2, key.3) =>
                {
                    self.session.journey().touched_since(revision)
                }
                _ => None,
            };
            if let Some(touched) = touched
                && self.layout.update(self.session.journey(), &touched, keep)
            {
                self.layout_key = Some(key);
                return;
            }
            let journey = self.session.journey();
            let finish = |layout: Layout| match emotion {
                Some(persona) => layout.with_emotion_row(journey, persona),
                None => layout,
            };
            self.layout = if self.presenting {
                canvas::presentation_layout(journey, keep, screen, finish)
            } else {
                finish(Layout::with_lanes(journey, keep))
            };
            // The presentation view shows the whole map, as it is laid out now.
            if self.presenting {
                self.canvas.fit_requested = true;
            }
            self.layout_key = Some(key);
        }
    }

    /// Shows the whole window. (The [`eframe::App`] implementation calls this; tests and
    /// benchmarks call it directly, without eframe.)
    pub fn ui_root(&mut self, ui: &mut egui::Ui) {
        let ctx = ui.ctx().clone();
        crate::i18n::set_language(self.settings.language());
        // Where the system does not say light or dark, light: what design tools and
        // projectors expect.
        ctx.options_mut(|options| options.fallback_theme = egui::Theme::Light);
        if self.workshop.is_some() {
            ctx.set_theme(egui::Theme::Dark);
        } else {
            ctx.set_theme(self.settings.theme_preference());
        }
        self.handle_close_request(&ctx);
        self.tab_between_cards(&ctx);
        self.update_layout(ui.max_rect());
        // Before anything is drawn: feedback read now shows in this frame.
        self.follow_feedback(&ctx);

        let mut requests = Requests::new(self.session.journey());
        if !self.asking()
            && let Some(walk) = &mut self.walkthrough
            && walkthrough::walk_keys(&ctx, self.session.journey(), walk, &mut requests)
        {
            requests.command(Command::ToggleWalkthrough);
        }
        self.shortcuts(&ctx, &mut requests);
        self.dropped_files(&ctx, &mut requests);

        if self.presenting {
            // The map alone: Esc (or F5 again) goes back.
            if !self.asking()
                && ctx.input_mut(|i| i.consume_key(egui::Modifiers::NONE, egui::Key::Escape))
            {
                requests.command(Command::Present);
            }
        } else if let Some(workshop) = &mut self.workshop {
            egui::Panel::top("workshop bar").show(ui, |ui| {
                if workshop::workshop_bar_ui(ui, self.session.journey(), workshop, &mut requests) {
                    requests.command(Command::ToggleWorkshop);
                }
                // The status bar is hidden in a workshop; its message shows here instead.
                if let Some(status) = &self.status {
                    ui.weak(status);
                }
            });
            if workshop.show_parking_lot {
                egui::Panel::right("parking lot")
                    .resizable(true)
                    .default_size(340.0)
                    .size_range(240.0..=640.0)
                    .show(ui, |ui| {
                        egui::ScrollArea::vertical()
                            .auto_shrink([false, false])
                            .show(ui, |ui| {
                                workshop::parking_lot_ui(
                                    ui,
                                    self.session.journey(),
                                    workshop,
                                    &mut requests,
                                );
                            });
                    });
            }
        } else {
            self.chrome_ui(ui, &mut requests);
        }
        // The walkthrough's panel, in workshop mode too; the side panels only in plain editing;
        // neither in the presentation view.
        if !self.presenting {
            if let Some(walk) = &mut self.walkthrough {
                egui::Panel::bottom("walkthrough").show(ui, |ui| {
                    if walkthrough::walkthrough_ui(ui, self.session.journey(), walk) {
                        requests.command(Command::ToggleWalkthrough);
                    }
                });
            } else if self.workshop.is_none() {
                self.side_panels_ui(ui, &mut requests);
            }
        }
        self.canvas_ui(ui, &mut requests);

        if let Some(findings) = &self.walkthrough_summary
            && walkthrough::summary_ui(&ctx, self.session.journey(), findings)
        {
            self.walkthrough_summary = None;
        }
        self.modal_ui(&ctx, &mut requests);

        self.apply(&ctx, requests);
        // A question on screen is answered before the work's end asks another.
        if !self.modals.asking_question() {
            self.poll_job(&ctx);
        }
        self.modals.next();
        self.follow_walkthrough();
        self.autosave(&ctx);
        self.watch_disk(&ctx);
        self.control_focused_last_frame = ctx.memory(|m| m.focused()).is_some();
        let title = self.title();
        if title != self.shown_title {
            ctx.send_viewport_cmd(egui::ViewportCommand::Title(title.clone()));
            self.shown_title = title;
        }
    }

    /// The menu bar, the toolbar and the status bar.
    fn chrome_ui(&mut self, ui: &mut egui::Ui, requests: &mut Requests) {
        egui::Panel::top("menu bar").show(ui, |ui| {
            let state = crate::ui::menu::MenuState {
                undo: self.session.undo_label(),
                redo: self.session.redo_label(),
                recent: &self.settings.recent,
                theme: self.settings.theme,
                language: self.settings.language,
                has_selection: !self.selection.is_empty(),
                keep_backup: self.settings.keep_backup,
                own_file_dialog: self.settings.own_file_dialog,
                emotion_row: self.settings.emotion_row,
            };
            crate::ui::menu::menu_bar_ui(ui, &state, requests);
        });
        egui::Panel::top("toolbar").show(ui, |ui| {
            let walking = self.walkthrough.is_some();
            toolbar::toolbar_ui(
                ui,
                self.session.journey(),
                &mut self.filter,
                walking,
                &mut self.toolbar,
                requests,
            );
        });
        egui::Panel::bottom("status bar").show(ui, |ui| self.status_ui(ui));
        // What a merge left to resolve, under the map, while there is any.
        if !self.session.journey().conflicts().is_empty() {
            egui::Panel::bottom("conflicts")
                .resizable(true)
                .default_size(220.0)
                .size_range(120.0..=560.0)
                .show(ui, |ui| {
                    crate::ui::conflicts::conflicts_ui(ui, self.session.journey(), requests);
                });
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
                        structure::structure_ui(
                            ui,
                            self.session.journey(),
                            &mut self.structure,
                            requests,
                        );
                    });
            });
        egui::Panel::right("inspector")
            .resizable(true)
            .default_size(320.0)
            .size_range(220.0..=560.0)
            .show(ui, |ui| {
                ui.horizontal(|ui| {
                    for tab in SideTab::ALL {
                        ui.selectable_value(&mut self.side_tab, tab, tab.name());
                    }
                });
                ui.separator();
                if self.side_tab == SideTab::Insights {
                    self.update_insights();
                }
                egui::ScrollArea::vertical()
                    .auto_shrink([false, false])
                    .show(ui, |ui| match self.side_tab {
                        SideTab::Insights => {
                            if let Some((_, found)) = &self.insights {
                                insights::insights_ui(
                                    ui,
                                    self.session.journey(),
                                    found,
                                    self.feedback.shown.as_deref().map(|shown| {
                                        (
                                            shown,
                                            &mut self.feedback.period,
                                            &mut self.feedback.window,
                                        )
                                    }),
                                    &mut self.filter,
                                    &mut self.insights_state,
                                    requests,
                                );
                            }
                        }
                        SideTab::Inspector => inspector::inspector_ui(
                            ui,
                            self.session.journey(),
                            self.feedback.shown.as_deref(),
                            &self.selection,
                            &mut self.inspector,
                            requests,
                        ),
                        SideTab::People => people::people_ui(
                            ui,
                            self.session.journey(),
                            &self.selection,
                            &mut self.highlight,
                            &mut self.people,
                            requests,
                        ),
                    });
            });
    }

    /// The canvas, with what the filter emphasises; or, during the walkthrough, its moment.
    fn canvas_ui(&mut self, ui: &mut egui::Ui, requests: &mut Requests) {
        // The walkthrough takes the middle of the window: the moment, large, as it is met.
        if let Some(walk) = &mut self.walkthrough {
            egui::CentralPanel::default().show(ui, |ui| {
                walkthrough::moment_ui(ui, self.session.journey(), walk, requests);
            });
            return;
        }
        // A new search or filter brings its matches into view, when none is on the canvas.
        if self.filter != self.filter_revealed {
            self.filter_revealed = self.filter.clone();
            if self.filter.is_active() {
                self.canvas.reveal_cards = self
                    .session
                    .journey()
                    .touchpoints()
                    .filter(|t| self.filter.matches(self.session.journey(), t))
                    .map(|t| t.id)
                    .collect();
            }
        }
        // What the filter shows, worked out again only when the map or the filter changed:
        // a large map has many cards to test.
        let revision = self.session.journey().revision();
        let fresh = matches!(&self.emphasis, Some((at, filter, _)) if *at == revision && *filter == self.filter);
        if !fresh {
            let shown: Option<HashSet<TouchpointId>> = self.filter.is_active().then(|| {
                self.session
                    .journey()
                    .touchpoints()
                    .filter(|t| self.filter.matches(self.session.journey(), t))
                    .map(|t| t.id)
                    .collect()
            });
            self.emphasis = Some((revision, self.filter.clone(), shown));
        }
        let emphasis = self
            .emphasis
            .as_ref()
            .and_then(|(_, _, shown)| shown.as_ref());
        let options = CanvasOptions {
            emphasis,
            highlight: self.highlight,
            // Not while a control held the keyboard at the end of the last frame: the Enter
            // or Esc that ends typing a title must not also act on the map.
            keyboard: self.walkthrough.is_none()
                && !self.control_focused_last_frame
                && !self.asking(),
            feedback: self.feedback.shown.as_deref().map(|shown| &shown.summary),
        };
        egui::CentralPanel::default()
            .frame(egui::Frame::NONE)
            .show(ui, |ui| {
                let response = canvas::canvas_ui(
                    ui,
                    self.session.journey(),
                    &self.layout,
                    &mut self.canvas,
                    &mut self.selection,
                    requests,
                    &options,
                );
                if self.presenting {
                    // Quietly, in a corner: how to go back.
                    ui.painter().text(
                        ui.max_rect().right_bottom() - egui::vec2(12.0, 8.0),
                        egui::Align2::RIGHT_BOTTOM,
                        crate::tr!("app-presenting-hint"),
                        egui::FontId::proportional(12.0),
                        ui.visuals().weak_text_color(),
                    );
                }
                // In a workshop the inspector is hidden: there is no title field to go to.
                if let Some(id) = response.edit_title
                    && self.workshop.is_none()
                {
                    self.inspector.focus_title = Some(id);
                    self.side_tab = SideTab::Inspector;
                }
                if let Some(id) = response.clicked_card {
                    people::record_click(self.session.journey(), &self.people, id, requests);
                }
            });
    }

    /// Runs the analyses again if the journey changed since they last ran. (Only while the
    /// insights are shown: on a large map they cost more than a frame should.)
    fn update_insights(&mut self) {
        let revision = self.session.journey().revision();
        if self.insights.as_ref().is_none_or(|(at, _)| *at != revision) {
            self.insights = Some((revision, Insights::of(self.session.journey())));
        }
    }

    fn status_ui(&self, ui: &mut egui::Ui) {
        ui.horizontal(|ui| {
            ui.label(format!(
                "{} · {} · {}",
                crate::tr!(
                    "touchpoint-count",
                    count = self.session.journey().touchpoint_count()
                ),
                crate::tr!("link-count", count = self.session.journey().link_count()),
                crate::tr!(
                    "app-status-zoom",
                    percent = format!("{:.0}", self.canvas.zoom() * 100.0)
                ),
            ));
            if let Some(path) = self.session.path() {
                ui.separator();
                ui.weak(path.display().to_string());
            }
            if let Some(job) = &self.job {
                ui.separator();
                ui.spinner();
                ui.label(&job.doing);
            }
            // No spinner: most feedback is read in a blink, and a window where nothing
            // happens draws nothing. A long reading says how far it got after each file.
            if let Some(reading) = self.feedback.progress() {
                ui.separator();
                ui.label(reading);
            }
            if let Some(status) = &self.status {
                ui.separator();
                ui.label(status);
            }
        });
    }

    /// Tab and Shift+Tab go to the next and previous card in journey order, while a card
    /// is selected and no control has the keyboard. (Otherwise Tab moves through the
    /// controls, as egui does.)
    fn tab_between_cards(&mut self, ctx: &egui::Context) {
        use crate::ui::navigate::{self, Step};
        use egui::{Key, Modifiers};
        let busy = self.asking() || self.walkthrough.is_some();
        if busy || self.selection.touchpoints.is_empty() || ctx.memory(|m| m.focused()).is_some() {
            return;
        }
        let pressed = |i: &egui::InputState, modifiers| {
            i.events.iter().any(|event| {
                matches!(event, egui::Event::Key { key: Key::Tab, pressed: true, modifiers: m, .. }
                    if *m == modifiers)
            })
        };
        let step = ctx.input(|i| {
            if pressed(i, Modifiers::SHIFT) {
                Some(Step::Previous)
            } else if pressed(i, Modifiers::NONE) {
                Some(Step::Next)
            } else {
                None
            }
        });
        let Some(step) = step else {
            return;
        };
        self.update_layout(self.canvas.rect);
        let from = self.canvas.keyboard_card(&self.selection);
        // Past either end of the journey, Tab goes on to the panels, as egui does.
        let Some(to) = navigate::step(self.session.journey(), &self.layout, from, step) else {
            return;
        };
        ctx.input_mut(|i| {
            i.consume_key(Modifiers::SHIFT, Key::Tab) || i.consume_key(Modifiers::NONE, Key::Tab)
        });
        // egui has already read the Tab as a move to the next control: take that back.
        ctx.memory_mut(|m| m.move_focus(egui::FocusDirection::None));
        self.selection = crate::ui::selection::Selection::touchpoint(to);
        self.canvas.keyboard_at = Some(to);
        if let Some(&card) = self.layout.cards.get(&to) {
            self.canvas.reveal(card);
        }
    }

    /// Closing the window with unsaved changes asks first.
    fn handle_close_request(&mut self, ctx: &egui::Context) {
        let asked = ctx.input(|i| i.viewport().close_requested());
        // While the map is being saved, the window closes once it has been.
        if asked
            && !self.allow_close
            && let Some(job) = self.job.as_mut().filter(|job| job.saving)
        {
            ctx.send_viewport_cmd(egui::ViewportCommand::CancelClose);
            job.then_close = true;
            self.status = Some(crate::tr!("app-closing-when-saved"));
            return;
        }
        if asked && self.is_modified() && !self.allow_close {
            ctx.send_viewport_cmd(egui::ViewportCommand::CancelClose);
            self.modals.ask(Question::Unsaved(Leave::Quit));
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
            self.status = Some(crate::tr!(
                "app-not-a-map",
                path = path.display().to_string()
            ));
        }
    }
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use egui_kittest::Harness;
    use egui_kittest::kittest::Queryable as _;

    use crate::app::PolkuApp;
    use crate::app::files::NoDialogs;
    use crate::app::settings::Settings;
    use crate::i18n::Language;

    #[test]
    fn the_window_speaks_finnish() {
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("journeys/online-order.ron");
        let journey = crate::io::load(&path).expect("the example map");
        let counts = format!(
            "{} kosketuspistettä · {} yhteyttä · ",
            journey.touchpoint_count(),
            journey.link_count()
        );
        let settings = Settings {
            language: Some(Language::Finnish),
            ..Settings::default()
        };
        let app = PolkuApp::with_journey(journey, None, settings, Box::new(NoDialogs));
        let mut harness = Harness::builder()
            .with_size(egui::vec2(1400.0, 900.0))
            .with_context_setup(crate::ui::fonts::install_fonts)
            .build_ui_state(|ui, app: &mut PolkuApp| app.ui_root(ui), app);
        harness.run();
        for label in [
            "Tiedosto",
            "Muokkaa",
            "Näytä",
            "Oivallukset",
            "Haku",
            "Vastuutaho",
        ] {
            harness.get_by_label(label);
        }
        harness.get_by_label_contains(&counts);
        assert_eq!(harness.state().title(), "Nimetön — polku");

        // A walk: tag Money on the first step, leave, and read what it found.
        for key in [egui::Key::G, egui::Key::M, egui::Key::Escape] {
            harness.key_press(key);
            harness.run();
        }
        harness.get_by_label("Mitä läpikäynti löysi");
        harness.get_by_label_contains("Raha: ");
        harness.get_by_label("Valmis").click();
        harness.run();
        assert_eq!(harness.state().undo_label(), Some("Raha-merkintä"));
    }

    #[test]
    fn status_messages_count_in_both_languages() {
        let imported = || crate::tr!("app-imported-with-warnings", count = 1, warnings = 3);
        crate::i18n::set_language(Language::English);
        assert_eq!(imported(), "Imported 1 touchpoint with 3 warnings");
        crate::i18n::set_language(Language::Finnish);
        assert_eq!(imported(), "Tuotiin 1 kosketuspiste, 3 varoitusta");
        assert_eq!(
            crate::tr!("app-copied", count = 2),
            "Kopioitiin 2 kosketuspistettä"
        );
    }
}
