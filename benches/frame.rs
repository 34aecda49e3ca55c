//! One whole frame of the window, headless (egui without a GPU): the panels, the canvas
//! and tessellation, for generated maps of 500 to 100,000 touchpoints, fitted to the
//! window and at 100% zoom; and one edit on a 100,000 map with the frame that shows it
//! (the undo entry, the layout brought up to date, the repaint). Figures are in
//! docs/benchmarks.md.

use criterion::{Criterion, criterion_group, criterion_main};
use egui::{Pos2, RawInput, Rect, vec2};
use polku::app::PolkuApp;
use polku::app::files::NoDialogs;
use polku::app::settings::Settings;
use polku::model::{Edit, Journey, TouchpointChange};

#[derive(Clone, Copy)]
enum View {
    Fit,
    ActualSize,
}

fn input(time: f64) -> RawInput {
    RawInput {
        screen_rect: Some(Rect::from_min_size(Pos2::ZERO, vec2(1600.0, 1000.0))),
        time: Some(time),
        ..RawInput::default()
    }
}

/// A window on `journey` at `view`, its layout, fonts and view settled.
struct Window {
    ctx: egui::Context,
    app: PolkuApp,
    time: f64,
}

impl Window {
    fn new(journey: Journey, view: View) -> Self {
        let ctx = egui::Context::default();
        polku::ui::fonts::install_fonts(&ctx);
        let app = PolkuApp::with_journey(journey, None, Settings::default(), Box::new(NoDialogs));
        let mut window = Self {
            ctx,
            app,
            time: 0.0,
        };
        for i in 0..5 {
            if i == 2 {
                match view {
                    View::Fit => window.app.canvas_mut().fit_requested = true,
                    View::ActualSize => window.app.canvas_mut().actual_size(),
                }
            }
            window.frame();
        }
        window
    }

    fn frame(&mut self) -> Vec<egui::ClippedPrimitive> {
        self.time += 1.0 / 60.0;
        let output = self.ctx.run_ui(input(self.time), |ui| self.app.ui_root(ui));
        self.ctx.tessellate(output.shapes, output.pixels_per_point)
    }
}

fn generated(touchpoints: usize) -> Journey {
    polku::model::generate::generate(touchpoints, 1).unwrap_or_else(|errors| panic!("{errors:?}"))
}

fn frame(c: &mut Criterion) {
    let mut group = c.benchmark_group("frame");
    for touchpoints in [500, 5_000, 50_000, 100_000] {
        if touchpoints >= 50_000 {
            group.sample_size(20);
        }
        let journey = generated(touchpoints);
        for (view, name) in [(View::Fit, "fit"), (View::ActualSize, "100%")] {
            let mut window = Window::new(journey.clone(), view);
            group.bench_function(format!("{touchpoints} touchpoints, {name}"), |b| {
                b.iter(|| window.frame());
            });
        }
    }
    group.finish();
}

/// Renaming the first card of a 100,000 map, then the frame that shows it: what a user
/// waits for after typing a letter.
fn edit(c: &mut Criterion) {
    let mut group = c.benchmark_group("edit");
    group.sample_size(20);
    let touchpoints = 100_000;
    let journey = generated(touchpoints);
    let Some(first) = journey.touchpoints().map(|t| t.id).min() else {
        panic!("a generated map has touchpoints");
    };
    let mut window = Window::new(journey, View::ActualSize);
    let mut count = 0_u64;
    group.bench_function(
        format!("{touchpoints} touchpoints, rename and frame"),
        |b| {
            b.iter(|| {
                count += 1;
                let change = polku::model::Change {
                    edit: Edit::UpdateTouchpoint {
                        id: first,
                        change: TouchpointChange::Title(format!("Renamed {count}")),
                    },
                    label: "Rename".to_owned(),
                    merge: None,
                };
                let now = window.time;
                if let Err(error) = window.app.change(change, now) {
                    panic!("{error}");
                }
                window.frame()
            });
        },
    );
    group.finish();
}

criterion_group!(benches, frame, edit);
criterion_main!(benches);
