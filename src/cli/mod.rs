//! The command line: `polku [FILE]` opens the window; subcommands work without one.
//!
//! Each subcommand writes its report to the writers it is given and returns the exit
//! code, so the same code serves the binary and the tests. Everything it says, its help
//! included, is in the system's language (see `crate::i18n`).

mod check;
mod export;
mod fmt;
mod help;
mod import;
mod insights;
mod new;
mod printable;
mod report;

use std::io::{IsTerminal as _, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{FromArgMatches as _, Parser, Subcommand, ValueEnum};

use crate::model::templates::Template;

/// Map customer journeys together with the employee and back-office work behind them.
#[derive(Debug, Parser)]
#[command(name = "polku", version, about, args_conflicts_with_subcommands = true)]
pub struct Cli {
    /// A map to open in the window. Without one, polku opens a new map.
    pub file: Option<PathBuf>,

    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Load and validate maps, and print what each holds.
    Check {
        /// The maps to check.
        #[arg(required = true)]
        files: Vec<PathBuf>,
    },
    /// Rewrite maps in canonical form.
    Fmt {
        /// Write nothing; exit 1 and name the maps that are not in canonical form.
        #[arg(long)]
        check: bool,
        /// Format maps that have comments, which the canonical form does not keep.
        #[arg(long)]
        drop_comments: bool,
        /// The maps to format.
        #[arg(required = true)]
        files: Vec<PathBuf>,
    },
    /// Print the analyses of a map: hidden impact, the TERMS heatmap, handoffs, promises.
    Insights {
        /// Print one JSON object instead of a report (its keys are in the README).
        #[arg(long)]
        json: bool,
        /// The map to analyse.
        file: PathBuf,
    },
    /// Export a picture of the map: SVG, PNG or PDF (on a poster page, or tiled over pages, if asked).
    Export {
        /// The map to draw.
        file: PathBuf,
        /// Write an SVG picture here.
        #[arg(long, value_name = "OUT", group = "picture", required_unless_present_any = ["png", "pdf"])]
        svg: Option<PathBuf>,
        /// Write a PNG picture here.
        #[arg(long, value_name = "OUT", group = "picture")]
        png: Option<PathBuf>,
        /// How many pixels per map point in the PNG (2, or less if a larger map needs it).
        #[arg(long, requires = "png")]
        scale: Option<f32>,
        /// Write a PDF here.
        #[arg(long, value_name = "OUT", group = "picture")]
        pdf: Option<PathBuf>,
        /// Fill a poster page of this size with the map, turned whichever way holds it largest.
        #[arg(long, value_enum, requires = "pdf")]
        page: Option<PageArg>,
        /// Tile the map over pages of this size, card titles at 9 pt or more, to tape together.
        #[arg(long, value_enum, requires = "pdf", conflicts_with = "page")]
        tiles: Option<TilesArg>,
        /// Leave out the emotion row under the lanes.
        #[arg(long)]
        no_emotion_row: bool,
        /// Replace OUT if it exists.
        #[arg(long)]
        force: bool,
    },
    /// Write a report of the map: Markdown, HTML, or CSV (one row per touchpoint).
    Report {
        /// The map to report on.
        file: PathBuf,
        #[arg(long, value_enum)]
        format: ReportFormat,
        /// Write the report here instead of to standard output (`-` is standard output).
        #[arg(long, short, value_name = "OUT")]
        output: Option<PathBuf>,
        /// Replace OUT if it exists.
        #[arg(long)]
        force: bool,
    },
    /// Make a map from a touchpoint inventory kept in a spreadsheet (CSV).
    Import {
        /// The inventory: CSV with a header row, comma-, semicolon- or tab-separated.
        inventory: PathBuf,
        /// Where to write the new map.
        out: PathBuf,
        /// Import the good rows and report the bad ones as warnings.
        #[arg(long)]
        skip_bad_rows: bool,
        /// Overwrite OUT if it exists.
        #[arg(long)]
        force: bool,
    },
    /// Create a new map from a template.
    New {
        /// What the map is for.
        #[arg(long, value_enum, default_value_t = TemplateArg::Blueprint)]
        template: TemplateArg,
        /// Overwrite the file if it exists.
        #[arg(long)]
        force: bool,
        /// Where to write the new map.
        file: PathBuf,
    },
    /// Write a large made-up map, to try polku on a big service.
    Generate {
        /// How many touchpoints the map gets: 1 to 100000.
        #[arg(
            long,
            value_name = "N",
            value_parser = clap::value_parser!(u64).range(1..=crate::model::generate::MAX_TOUCHPOINTS as u64),
        )]
        touchpoints: u64,
        /// The same seed always gives the same map.
        #[arg(long, default_value_t = crate::model::generate::DEFAULT_SEED)]
        seed: u64,
        /// Overwrite the file if it exists.
        #[arg(long)]
        force: bool,
        /// Where to write the map.
        file: PathBuf,
    },
}

/// Poster page sizes, as the command line names them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum PageArg {
    A3,
    A1,
    A0,
}

/// Paper sizes for tiles, as the command line names them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum TilesArg {
    A4,
    A3,
}

/// Report formats, as the command line names them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ReportFormat {
    /// Markdown.
    Md,
    /// A web page, readable without polku.
    Html,
    /// One row per touchpoint, in the inventory format `polku import` reads.
    Csv,
}

/// The templates, as the command line names them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum TemplateArg {
    /// A service blueprint: customer, frontstage, backstage and support lanes.
    Blueprint,
    /// A customer journey map.
    Journey,
    /// An employee journey: a new employee's first months.
    Employee,
}

impl From<TemplateArg> for Template {
    fn from(arg: TemplateArg) -> Self {
        match arg {
            TemplateArg::Blueprint => Self::Blueprint,
            TemplateArg::Journey => Self::Journey,
            TemplateArg::Employee => Self::Employee,
        }
    }
}

pub use help::command;
pub use printable::{Printable, escaped, is_unprintable};

/// Runs polku with the process's arguments.
pub fn main() -> ExitCode {
    let matches = command().get_matches();
    let cli = match Cli::from_arg_matches(&matches) {
        Ok(cli) => cli,
        Err(error) => error.format(&mut command()).exit(),
    };
    let terminal = std::io::stdout().is_terminal();
    let mut out = std::io::stdout().lock();
    let mut err = std::io::stderr().lock();
    match cli.command {
        Some(command) => run_on(command, &mut out, &mut err, terminal),
        None => {
            drop((out, err));
            crate::app::run_window(cli.file)
        }
    }
}

/// Runs one subcommand, writing its report to `out` and its errors to `err`, as to a
/// standard output that is not a terminal.
pub fn run(command: Command, out: &mut dyn Write, err: &mut dyn Write) -> ExitCode {
    run_on(command, out, err, false)
}

/// Runs one subcommand. What it says for people (and, when `out` is a terminal, whatever
/// it writes there) goes through [`Printable`], so no text of a map can act on the
/// terminal; a file meant for programs written to a pipe arrives exactly as it is.
pub fn run_on(
    command: Command,
    out: &mut dyn Write,
    err: &mut dyn Write,
    terminal: bool,
) -> ExitCode {
    let err = &mut Printable::new(err);
    // Only what polku writes as a file's content to standard output may skip escaping,
    // and only when it goes to a program rather than a terminal.
    let exact = |path: &Path| path.as_os_str() == "-" && !terminal;
    let result = match command {
        Command::Check { files } => check::run(&files, &mut Printable::new(out), err),
        Command::Insights { json, file } => {
            insights::run(&file, json, &mut Printable::new(out), err)
        }
        Command::Export {
            file,
            svg,
            png,
            scale,
            pdf,
            page,
            tiles,
            no_emotion_row,
            force,
        } => export::run(
            &file,
            export::Target::from_args(svg, png, scale, pdf, page, tiles),
            !no_emotion_row,
            force,
            terminal,
            out,
            err,
        ),
        Command::Report {
            file,
            format,
            output,
            force,
        } => report::run(&file, format, output.as_deref(), force, terminal, out, err),
        Command::Import {
            inventory,
            out: target,
            skip_bad_rows,
            force,
        } => {
            let out: &mut dyn Write = if exact(&target) {
                out
            } else {
                &mut Printable::new(out)
            };
            import::run(&inventory, &target, skip_bad_rows, force, out, err)
        }
        Command::Fmt {
            check,
            drop_comments,
            files,
        } => fmt::run(&files, check, drop_comments, &mut Printable::new(out), err),
        Command::New {
            template,
            force,
            file,
        } => {
            let out: &mut dyn Write = if exact(&file) {
                out
            } else {
                &mut Printable::new(out)
            };
            new::new(template.into(), &file, force, out, err)
        }
        Command::Generate {
            touchpoints,
            seed,
            force,
            file,
        } => {
            // The parser keeps the count within MAX_TOUCHPOINTS, which fits any usize.
            let touchpoints = usize::try_from(touchpoints).unwrap_or(usize::MAX);
            let out: &mut dyn Write = if exact(&file) {
                out
            } else {
                &mut Printable::new(out)
            };
            new::generated(touchpoints, seed, &file, force, out, err)
        }
    };
    match result {
        Ok(code) => code,
        // A closed pipe (`polku check … | head`) is not worth a message.
        Err(error) if error.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::FAILURE,
        // Anything else (a full disk behind `>`) is: nothing would say the output is short.
        Err(error) => {
            let _ = writeln!(
                err,
                "{}",
                crate::tr!("cli-could-not-print", reason = crate::io::reason(&error))
            );
            ExitCode::FAILURE
        }
    }
}
