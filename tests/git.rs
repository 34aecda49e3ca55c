//! polku in git, end to end: real repositories in a temporary folder, set up with
//! `polku git-setup`, two branches merged by `git merge` through polku's merge driver, and
//! `git diff` showing what changed in a map by meaning. Each repository starts from an
//! example map; the branches edit its text as a person with an editor would.

use std::path::Path;
use std::process::{Command, Output};

mod common;

use common::cli::{ENGLISH, output_of, polku_command, speaking, stderr, stdout};
use common::ron_text::{
    appended, edited_entry, entry_with, ids, path_of, replaced_once, title_line, touchpoint_entry,
    touchpoint_id, with_lane_order, with_path,
};

/// The example map each repository starts from.
const EXAMPLE: &str = "online-order.ron";

/// The map's name in each repository.
const MAP: &str = "map.ron";

/// The line `polku git-setup` puts in `.gitattributes`.
const ATTRIBUTES: &str = "*.ron merge=polku diff=polku";

/// A git repository in a temporary folder, on branch `main`, that knows no configuration
/// but its own: not the user's, not the system's.
struct Repo {
    folder: tempfile::TempDir,
}

impl Repo {
    /// An empty repository.
    fn new() -> Self {
        let folder = match tempfile::tempdir() {
            Ok(folder) => folder,
            Err(error) => panic!("could not make a temporary folder: {error}"),
        };
        let repo = Self { folder };
        repo.git_ok(&["init", "-q", "-b", "main"]);
        for (key, value) in [
            ("user.name", "Polku Test"),
            ("user.email", "test@polku.invalid"),
            ("commit.gpgsign", "false"),
        ] {
            repo.git_ok(&["config", key, value]);
        }
        repo
    }

    /// A repository set up for polku (`.gitattributes` committed), whose next commit
    /// holds `text` as the map.
    fn with_map(text: &str) -> Self {
        let repo = Self::new();
        let output = repo.polku(&["git-setup"]);
        assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
        repo.git_ok(&["add", ".gitattributes"]);
        let attributes = repo.git_ok(&["check-attr", "merge", "diff", "--", MAP]);
        assert_eq!(
            attributes,
            format!("{MAP}: merge: polku\n{MAP}: diff: polku\n")
        );
        repo.commit_map(text, "Start the map");
        repo
    }

    fn path(&self) -> &Path {
        self.folder.path()
    }

    /// Runs `git ARGS` here, in English, as polku's merge driver and diff command will
    /// then run too.
    fn git(&self, args: &[&str]) -> Output {
        let mut command = Command::new("git");
        speaking(&mut command, ENGLISH)
            .current_dir(self.path())
            .env("GIT_CONFIG_GLOBAL", "/dev/null")
            .env("GIT_CONFIG_NOSYSTEM", "1")
            .env("GIT_PAGER", "cat")
            .env_remove("GIT_DIR")
            .env_remove("GIT_WORK_TREE")
            .env_remove("GIT_INDEX_FILE")
            .args(args);
        match command.output() {
            Ok(output) => output,
            Err(error) => panic!("could not run git (is it installed?): {error}"),
        }
    }

    /// Runs `git ARGS` here, which must succeed, and returns what it printed.
    fn git_ok(&self, args: &[&str]) -> String {
        let output = self.git(args);
        assert!(
            output.status.success(),
            "git {args:?} failed:\n{}{}",
            stdout(&output),
            stderr(&output)
        );
        stdout(&output)
    }

    /// Runs `polku ARGS` here, in English.
    fn polku(&self, args: &[&str]) -> Output {
        output_of(polku_command().current_dir(self.path()).args(args))
    }

    fn read(&self, name: &str) -> String {
        let path = self.path().join(name);
        std::fs::read_to_string(&path)
            .unwrap_or_else(|error| panic!("could not read {}: {error}", path.display()))
    }

    fn map(&self) -> String {
        self.read(MAP)
    }

    /// Writes `text` as the map and commits it, checking first that polku loads it.
    fn commit_map(&self, text: &str, message: &str) {
        let path = self.path().join(MAP);
        if let Err(error) = std::fs::write(&path, text) {
            panic!("could not write {}: {error}", path.display());
        }
        let check = self.polku(&["check", MAP]);
        assert_eq!(
            check.status.code(),
            Some(0),
            "the edited map does not load:\n{}{}",
            stdout(&check),
            stderr(&check)
        );
        self.git_ok(&["add", MAP]);
        self.git_ok(&["commit", "-q", "-m", message]);
    }
}

/// The example map's text.
fn example_text() -> String {
    let path = common::example(EXAMPLE);
    std::fs::read_to_string(&path)
        .unwrap_or_else(|error| panic!("could not read {}: {error}", path.display()))
}

/// The repository after `git merge --no-edit other`, where both branches started from
/// `base`, branch `other` committed `theirs` and `main` then committed `ours`; and how the
/// merge ended.
fn merged(base: &str, ours: &str, theirs: &str) -> (Repo, Output) {
    let repo = Repo::with_map(base);
    repo.git_ok(&["checkout", "-q", "-b", "other"]);
    repo.commit_map(theirs, "Their change");
    repo.git_ok(&["checkout", "-q", "main"]);
    repo.commit_map(ours, "Our change");
    let output = repo.git(&["merge", "--no-edit", "other"]);
    (repo, output)
}

/// Asserts that the merge ended cleanly: committed, with no conflict markers and no
/// conflicts in the map, which polku checks as fine and wrote in its canonical form.
fn assert_clean(repo: &Repo, output: &Output) {
    let merged = repo.map();
    assert_eq!(
        output.status.code(),
        Some(0),
        "git merge failed:\n{}{}\n{merged}",
        stdout(output),
        stderr(output)
    );
    assert!(!merged.contains("<<<<<<<"), "{merged}");
    assert!(!merged.contains("conflicts:"), "{merged}");
    assert_eq!(repo.git_ok(&["status", "--porcelain"]), "", "not committed");
    for args in [&["check", MAP][..], &["fmt", "--check", MAP][..]] {
        let run = repo.polku(args);
        assert_eq!(
            run.status.code(),
            Some(0),
            "polku {args:?}:\n{}{}",
            stdout(&run),
            stderr(&run)
        );
    }
}

#[test]
fn git_setup_says_it_once_however_often_it_is_run() {
    let repo = Repo::new();
    let attributes = repo.path().join(".gitattributes");
    std::fs::write(&attributes, "*.png binary").unwrap();
    let first = repo.polku(&["git-setup"]);
    assert_eq!(first.status.code(), Some(0), "{}", stderr(&first));

    // Again, from a folder inside the repository: the same repository, the same files.
    let inside = repo.path().join("journeys");
    std::fs::create_dir(&inside).unwrap();
    let again = output_of(polku_command().current_dir(&inside).arg("git-setup"));
    assert_eq!(again.status.code(), Some(0), "{}", stderr(&again));
    assert!(!inside.join(".gitattributes").exists());

    let text = repo.read(".gitattributes");
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines, ["*.png binary", ATTRIBUTES], "{text}");

    let config = |key: &str| {
        repo.git_ok(&["config", "--local", "--get-all", key])
            .trim_end()
            .to_owned()
    };
    let driver = config("merge.polku.driver");
    assert_eq!(driver.lines().count(), 1, "set more than once: {driver}");
    assert!(driver.contains(" merge %O %A %B -o %A"), "{driver}");
    assert!(
        driver.starts_with('\''),
        "the program is not quoted: {driver}"
    );
    assert!(!config("merge.polku.name").is_empty());
    let diff = config("diff.polku.command");
    assert_eq!(diff.lines().count(), 1, "set more than once: {diff}");
    assert!(diff.ends_with("git-diff"), "{diff}");
    let textconv = config("diff.polku.textconv");
    assert_eq!(
        textconv.lines().count(),
        1,
        "set more than once: {textconv}"
    );
    assert!(textconv.ends_with("git-text"), "{textconv}");
}

#[test]
fn git_setup_outside_a_repository_fails() {
    let folder = tempfile::tempdir().unwrap();
    let output = output_of(
        polku_command()
            .current_dir(folder.path())
            .env("GIT_CEILING_DIRECTORIES", folder.path())
            .arg("git-setup"),
    );
    assert_eq!(output.status.code(), Some(2), "{}", stdout(&output));
    assert!(!folder.path().join(".gitattributes").exists());
}

#[test]
fn edits_to_different_fields_of_one_touchpoint_both_land() {
    let base = example_text();
    let old = "Compares models and reads reviews";
    let new = "Compares models, reads reviews and watches videos";
    let theirs = replaced_once(&base, &title_line(old), &title_line(new));
    let ours = edited_entry(
        &base,
        "touchpoints",
        &title_line(old),
        "emotion: Some(1),",
        "emotion: Some(-2),",
    );

    let (repo, output) = merged(&base, &ours, &theirs);
    assert_clean(&repo, &output);
    let merged = repo.map();
    let touchpoint = entry_with(&merged, "touchpoints", &title_line(new));
    assert!(touchpoint.contains("emotion: Some(-2),"), "{touchpoint}");
    assert_eq!(touchpoint_id(&merged, new), 2);
}

#[test]
fn touchpoints_added_on_both_sides_with_the_same_id_both_stay() {
    let base = example_text();
    let next = ids(&base, "touchpoints").into_iter().max().unwrap() + 1;
    let ours_title = "Leaves a review of the frother";
    let theirs_title = "Returns the coffee machine";
    let ours = appended(
        &base,
        "touchpoints",
        &touchpoint_entry(next, ours_title, 320.0),
    );
    let theirs = appended(
        &base,
        "touchpoints",
        &touchpoint_entry(next, theirs_title, 480.0),
    );

    let (repo, output) = merged(&base, &ours, &theirs);
    assert_clean(&repo, &output);
    let merged = repo.map();
    let ours_id = touchpoint_id(&merged, ours_title);
    let theirs_id = touchpoint_id(&merged, theirs_title);
    assert_ne!(ours_id, theirs_id, "{merged}");
    let all = ids(&merged, "touchpoints");
    let mut distinct = all.clone();
    distinct.sort_unstable();
    distinct.dedup();
    assert_eq!(distinct.len(), all.len(), "ids repeat: {all:?}");
    assert_eq!(all.len(), ids(&base, "touchpoints").len() + 2);
}

#[test]
fn different_terms_tags_on_one_touchpoint_both_stay() {
    let base = example_text();
    let title = title_line("Compares models and reads reviews");
    let tag = |area: &str, severity: u8| {
        format!(
            "            terms: [\n                (\n                    area: {area},\n                    \
             severity: {severity},\n                ),\n"
        )
    };
    let opening = "            terms: [\n";
    let ours = edited_entry(&base, "touchpoints", &title, opening, &tag("Time", 2));
    let theirs = edited_entry(&base, "touchpoints", &title, opening, &tag("Money", 3));

    let (repo, output) = merged(&base, &ours, &theirs);
    assert_clean(&repo, &output);
    let touchpoint = entry_with(&repo.map(), "touchpoints", &title);
    for area in ["Time", "Money", "Situation"] {
        assert!(
            touchpoint.contains(&format!("area: {area},")),
            "{area} is lost:\n{touchpoint}"
        );
    }
}

#[test]
fn a_touchpoint_removed_on_one_side_and_retitled_on_the_other_is_a_conflict() {
    // A touchpoint nothing links to or mentions, so removing it is one edit.
    let original = example_text();
    let next = ids(&original, "touchpoints").into_iter().max().unwrap() + 1;
    let old = "Reads the returns policy";
    let new = "Reads the returns policy twice";
    let base = appended(
        &original,
        "touchpoints",
        &touchpoint_entry(next, old, 320.0),
    );
    let theirs = replaced_once(&base, &title_line(old), &title_line(new));
    let ours = original;

    let (repo, output) = merged(&base, &ours, &theirs);
    let merged = repo.map();
    assert_ne!(
        output.status.code(),
        Some(0),
        "git merge should stop at the conflict:\n{}{}\n{merged}",
        stdout(&output),
        stderr(&output)
    );
    assert!(!merged.contains("<<<<<<<"), "{merged}");
    assert!(merged.contains("conflicts:"), "{merged}");
    let unmerged = repo.git_ok(&["diff", "--name-only", "--diff-filter=U"]);
    assert_eq!(unmerged, format!("{MAP}\n"));
    let check = repo.polku(&["check", MAP]);
    assert_eq!(
        check.status.code(),
        Some(1),
        "{}{}",
        stdout(&check),
        stderr(&check)
    );
}

#[test]
fn lanes_moved_on_both_sides_both_move() {
    let base = example_text();
    assert_eq!(ids(&base, "lanes"), [1, 2, 3, 4, 5, 6]);
    let ours = with_lane_order(&base, &[2, 1, 3, 4, 5, 6]);
    let theirs = with_lane_order(&base, &[1, 2, 3, 4, 6, 5]);

    let (repo, output) = merged(&base, &ours, &theirs);
    assert_clean(&repo, &output);
    assert_eq!(ids(&repo.map(), "lanes"), [2, 1, 3, 4, 6, 5]);
}

#[test]
fn a_persona_path_extended_on_both_sides_keeps_both_steps() {
    let base = example_text();
    let agent = "Customer service agent";
    assert_eq!(path_of(&base, agent), [3, 14, 20, 23, 28]);
    let ours = with_path(&base, agent, &[3, 5, 14, 20, 23, 28]);
    let theirs = with_path(&base, agent, &[3, 14, 19, 20, 23, 28]);

    let (repo, output) = merged(&base, &ours, &theirs);
    assert_clean(&repo, &output);
    assert_eq!(path_of(&repo.map(), agent), [3, 5, 14, 19, 20, 23, 28]);
}

#[test]
fn git_diff_and_log_show_a_retitled_touchpoint_by_meaning() {
    let base = example_text();
    let repo = Repo::with_map(&base);
    let new = "Compares models and watches videos";
    let retitled = replaced_once(
        &base,
        &title_line("Compares models and reads reviews"),
        &title_line(new),
    );
    repo.commit_map(&retitled, "Retitle");

    for args in [
        &["diff", "HEAD~1", "HEAD"][..],
        &["log", "-p", "--ext-diff", "-1"][..],
    ] {
        let shown = repo.git_ok(args);
        assert!(
            shown.contains(&format!("polku diff a/{MAP} b/{MAP}")),
            "git {args:?}:\n{shown}"
        );
        let Some(line) = shown.lines().find(|line| line.starts_with("~ ")) else {
            panic!("git {args:?} shows no change:\n{shown}");
        };
        assert!(
            line.contains('→') && line.contains(new),
            "git {args:?}:\n{shown}"
        );
        assert!(!shown.contains("@@"), "a text diff:\n{shown}");
    }

    // Without --ext-diff git compares polku's listing of the map line by line: the
    // title's line, before and after, and not the file's text.
    for args in [&["log", "-p", "-1"][..], &["show", "HEAD"][..]] {
        let shown = repo.git_ok(args);
        assert!(
            shown
                .lines()
                .any(|line| line.starts_with("+touchpoint 2 · title: ") && line.contains(new)),
            "git {args:?}:\n{shown}"
        );
        assert!(
            shown
                .lines()
                .any(|line| line.starts_with("-touchpoint 2 · title: ")),
            "git {args:?}:\n{shown}"
        );
        assert!(
            !shown.contains("+            title:"),
            "the file's text:\n{shown}"
        );
    }
}

#[test]
fn diff_exits_0_for_equal_maps_1_for_different_and_2_for_a_missing_one() {
    let folder = tempfile::tempdir().unwrap();
    let old = folder.path().join("old.ron");
    let new = folder.path().join("new.ron");
    let base = example_text();
    std::fs::write(&old, &base).unwrap();
    std::fs::write(&new, &base).unwrap();
    let [old, new] = [&old, &new].map(|path| path.display().to_string());

    let equal = output_of(polku_command().args(["diff", &old, &new]));
    assert_eq!(equal.status.code(), Some(0), "{}", stderr(&equal));
    assert_eq!(stdout(&equal), "");

    let title = "Compares models and watches videos";
    let retitled = replaced_once(
        &base,
        &title_line("Compares models and reads reviews"),
        &title_line(title),
    );
    std::fs::write(&new, retitled).unwrap();
    let different = output_of(polku_command().args(["diff", &old, &new]));
    assert_eq!(different.status.code(), Some(1), "{}", stderr(&different));
    let shown = stdout(&different);
    let lines: Vec<&str> = shown.lines().collect();
    assert_eq!(lines.len(), 1, "{shown}");
    assert!(
        lines[0].starts_with("~ ") && lines[0].contains('→') && lines[0].contains(title),
        "{shown}"
    );

    let missing = folder.path().join("missing.ron").display().to_string();
    let failed = output_of(polku_command().args(["diff", &old, &missing]));
    assert_eq!(failed.status.code(), Some(2), "{}", stdout(&failed));
    assert_eq!(stdout(&failed), "");
}
