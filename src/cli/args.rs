//! The command line as clap reads it: the arguments, the subcommands and their options,
//! and the values some of them take. (Their help texts are given in polku's language by
//! `help`; what each subcommand does is in a file of its own.)

use std::path::PathBuf;

use clap::{Parser, Subcommand, ValueEnum};

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
        /// Count feedback responses from this day on (YYYY-MM-DD).
        #[arg(long, value_name = "DATE", value_parser = day)]
        since: Option<crate::model::Date>,
        /// Count feedback responses up to this day (YYYY-MM-DD).
        #[arg(long, value_name = "DATE", value_parser = day)]
        until: Option<crate::model::Date>,
        /// What the changes in feedback compare: the latest day, week or month with the one before.
        #[arg(long, value_enum, default_value_t = PeriodArg::Week)]
        period: PeriodArg,
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
    /// Show what changed between two versions of a map, by meaning.
    Diff {
        /// Print one JSON object instead of lines.
        #[arg(long)]
        json: bool,
        /// The older version.
        old: PathBuf,
        /// The newer version.
        new: PathBuf,
    },
    /// Merge two people's changes to a map, given the version both started from.
    Merge {
        /// The version both started from.
        base: PathBuf,
        /// Our version: kept where both changed the same thing.
        ours: PathBuf,
        /// Their version.
        theirs: PathBuf,
        /// Write the merged map here (it may be OURS) instead of to standard output.
        #[arg(long, short, value_name = "OUT")]
        output: Option<PathBuf>,
        /// Replace OUT if it exists.
        #[arg(long)]
        force: bool,
        /// The map's name in messages.
        #[arg(long, value_name = "NAME")]
        shown_as: Option<String>,
    },
    /// Make the git repository here merge and show its maps with polku.
    GitSetup,
    /// The diff command git runs for maps, once `polku git-setup` has set it up.
    #[command(hide = true)]
    GitDiff {
        /// What git gives a diff command.
        #[arg(num_args = 1..=9, required = true)]
        args: Vec<PathBuf>,
    },
    /// A map as lines to compare, for git's textconv, once `polku git-setup` has set it up.
    #[command(hide = true)]
    GitText {
        /// The map.
        file: PathBuf,
    },
    /// Name the files of customer feedback and employee pulse a map reads, and check them.
    Feedback {
        #[command(subcommand)]
        action: FeedbackAction,
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

/// What `polku feedback` does.
#[derive(Debug, Subcommand)]
pub enum FeedbackAction {
    /// Add a file of responses to a map; the columns not named are guessed from their headers.
    Add {
        /// The map.
        map: PathBuf,
        /// The file of responses: CSV (comma, semicolon or tab), as a survey tool exports it.
        file: PathBuf,
        /// Whose responses the file holds.
        #[arg(long, value_enum)]
        audience: AudienceArg,
        /// The column naming the touchpoint (its key, id or title).
        #[arg(long, value_name = "COL")]
        touchpoint: Option<String>,
        /// The column holding the score.
        #[arg(long, value_name = "COL")]
        score: Option<String>,
        /// The scale of the score.
        #[arg(long, value_enum)]
        scale: Option<ScaleArg>,
        /// The column holding the date of each response.
        #[arg(long, value_name = "COL")]
        date: Option<String>,
        /// The column holding the respondent's comment.
        #[arg(long, value_name = "COL")]
        comment: Option<String>,
    },
    /// Read each file of responses a map names, and list every row that could not be used.
    Check {
        /// The map.
        map: PathBuf,
    },
}

/// A day as the command line writes it: `2026-12-01`.
fn day(text: &str) -> Result<crate::model::Date, String> {
    text.parse::<crate::model::Date>()
        .map_err(|error| error.to_string())
}

/// Feedback periods, as the command line names them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum PeriodArg {
    Day,
    Week,
    Month,
}

impl From<PeriodArg> for crate::model::feedback::Period {
    fn from(arg: PeriodArg) -> Self {
        match arg {
            PeriodArg::Day => Self::Day,
            PeriodArg::Week => Self::Week,
            PeriodArg::Month => Self::Month,
        }
    }
}

/// Whose responses, as the command line names them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum AudienceArg {
    Customer,
    Employee,
}

/// Score scales, as the command line names them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ScaleArg {
    Nps,
    Csat,
    Ces,
    #[value(name = "1-5")]
    Rating5,
    #[value(name = "1-7")]
    Rating7,
}

impl From<AudienceArg> for crate::model::feedback::Audience {
    fn from(arg: AudienceArg) -> Self {
        match arg {
            AudienceArg::Customer => Self::Customer,
            AudienceArg::Employee => Self::Employee,
        }
    }
}

impl From<ScaleArg> for crate::model::feedback::Scale {
    fn from(arg: ScaleArg) -> Self {
        match arg {
            ScaleArg::Nps => Self::Nps,
            ScaleArg::Csat => Self::Csat,
            ScaleArg::Ces => Self::Ces,
            ScaleArg::Rating5 => Self::Rating5,
            ScaleArg::Rating7 => Self::Rating7,
        }
    }
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
