//! Version 1 of the journey file as serde reads and writes it, the largest file polku
//! opens, and the lists' limits applied while reading (so a hostile file stops at the first
//! entry too many). Data shapes only: no file is opened and no reference is checked here.

use serde::{Deserialize, Serialize};

use crate::model::feedback::FeedbackSource;
use crate::model::limits::{MAX_ENTRIES, MAX_LANES, MAX_LINKS, MAX_TOUCHPOINTS};
use crate::model::{Conflict, Idea, Lane, Link, Persona, Promise, Stage, Touchpoint};
use crate::tr;

/// The file format version this polku writes, and the newest it reads.
pub const FORMAT_VERSION: u32 = 1;

/// Files larger than this are refused before they are read.
pub const MAX_FILE_BYTES: u64 = 64 * 1024 * 1024;

/// Version 1 of the file, as it is read: the document, behind its version number.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct FileV1 {
    /// Checked before the rest is read (see `version.rs`), and required here.
    #[serde(rename = "version")]
    pub(super) _version: u32,
    #[serde(default)]
    pub(super) title: String,
    #[serde(default)]
    pub(super) description: String,
    #[serde(default, deserialize_with = "at_most::<_, _, MAX_LANES>")]
    pub(super) lanes: Vec<Lane>,
    #[serde(default, deserialize_with = "at_most::<_, _, MAX_LANES>")]
    pub(super) stages: Vec<Stage>,
    #[serde(default, deserialize_with = "at_most::<_, _, MAX_TOUCHPOINTS>")]
    pub(super) touchpoints: Vec<Touchpoint>,
    #[serde(default, deserialize_with = "at_most::<_, _, MAX_LINKS>")]
    pub(super) links: Vec<Link>,
    #[serde(default, deserialize_with = "at_most::<_, _, MAX_ENTRIES>")]
    pub(super) personas: Vec<Persona>,
    #[serde(default, deserialize_with = "at_most::<_, _, MAX_ENTRIES>")]
    pub(super) promises: Vec<Promise>,
    #[serde(default, deserialize_with = "at_most::<_, _, MAX_ENTRIES>")]
    pub(super) parking_lot: Vec<Idea>,
    /// What a merge left to resolve (see `polku merge`).
    #[serde(default, deserialize_with = "at_most::<_, _, MAX_ENTRIES>")]
    pub(super) conflicts: Vec<Conflict>,
    /// The files of responses the map reads (see `polku feedback`).
    #[serde(default, deserialize_with = "at_most::<_, _, MAX_ENTRIES>")]
    pub(super) feedback: Vec<FeedbackSource>,
}

/// Version 1 of the file, as it is written: the fields of [`FileV1`] in the same order,
/// borrowed from the journey rather than copied out of it (a large map is written without
/// a second copy of its text in memory).
#[derive(Serialize)]
pub(super) struct FileV1Written<'a> {
    pub(super) version: u32,
    pub(super) title: &'a str,
    #[serde(skip_serializing_if = "str::is_empty")]
    pub(super) description: &'a str,
    pub(super) lanes: &'a [Lane],
    pub(super) stages: &'a [Stage],
    pub(super) touchpoints: Vec<&'a Touchpoint>,
    pub(super) links: Vec<&'a Link>,
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    pub(super) personas: &'a [Persona],
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    pub(super) promises: &'a [Promise],
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    pub(super) parking_lot: &'a [Idea],
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    pub(super) conflicts: &'a [Conflict],
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    pub(super) feedback: &'a [FeedbackSource],
}

/// What a list of the file holds, for the message that refuses too long a list: the
/// list's name in the file, which the messages turn into words.
trait Listed {
    const PLURAL: &'static str;
}

impl Listed for Lane {
    const PLURAL: &'static str = "lanes";
}
impl Listed for Stage {
    const PLURAL: &'static str = "stages";
}
impl Listed for Touchpoint {
    const PLURAL: &'static str = "touchpoints";
}
impl Listed for Link {
    const PLURAL: &'static str = "links";
}
impl Listed for Persona {
    const PLURAL: &'static str = "personas";
}
impl Listed for Promise {
    const PLURAL: &'static str = "promises";
}
impl Listed for Idea {
    const PLURAL: &'static str = "ideas";
}
impl Listed for Conflict {
    const PLURAL: &'static str = "conflicts";
}
impl Listed for FeedbackSource {
    const PLURAL: &'static str = "feedback sources";
}

/// Reads a list of at most `LIMIT` entries, stopping at the first one too many (so a
/// hostile file cannot make polku build millions of them first).
fn at_most<'de, D, T, const LIMIT: usize>(deserializer: D) -> Result<Vec<T>, D::Error>
where
    D: serde::Deserializer<'de>,
    T: Deserialize<'de> + Listed,
{
    struct Bounded<T, const LIMIT: usize>(std::marker::PhantomData<T>);

    impl<'de, T: Deserialize<'de> + Listed, const LIMIT: usize> serde::de::Visitor<'de>
        for Bounded<T, LIMIT>
    {
        type Value = Vec<T>;

        fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            formatter.write_str(&tr!("io-list-of", what = T::PLURAL))
        }

        fn visit_seq<A: serde::de::SeqAccess<'de>>(self, mut seq: A) -> Result<Vec<T>, A::Error> {
            let mut list = Vec::new();
            while let Some(entry) = seq.next_element()? {
                if list.len() == LIMIT {
                    return Err(serde::de::Error::custom(tr!(
                        "io-list-too-long",
                        limit = LIMIT.to_string(),
                        what = T::PLURAL
                    )));
                }
                list.push(entry);
            }
            Ok(list)
        }
    }

    deserializer.deserialize_seq(Bounded::<T, LIMIT>(std::marker::PhantomData))
}
