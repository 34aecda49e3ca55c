//! Customer feedback and employee pulse on the map: the files a map names as its sources
//! of responses (`source.rs`; the responses stay in the team's own files, which polku only
//! reads), a response matched to a touchpoint (`response.rs`), and the figures made of
//! them (`figures.rs`), where employee and customer experience fall together
//! (`mirror.rs`), all of it summed up once (`summary.rs`), and which columns of an export hold what (`guess.rs`). Pure: reading the files is `io::feedback`'s work.

mod figures;
mod groups;
mod guess;
mod mirror;
mod response;
pub(crate) mod source;
mod summary;

pub use figures::{
    Change, Figure, Period, Window, by_touchpoint, change, figure, figures_by_touchpoint,
    is_negative, latest_date,
};
pub use groups::{Both, Group, Groups, groups};
pub use guess::{Guessed, guess_columns, scale_from_scores};
pub use mirror::{Mirrored, Readings, Scored, badness, is_low, mirror, on_ratings_scale, scored};
pub use response::Response;
pub use source::{Audience, FeedbackSource, Scale};
pub use summary::{InPeriod, Measured, Summary, Trend, Worsened, periods, summary};
