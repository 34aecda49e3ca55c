//! The command line, run as the real binary.

use std::path::{Path, PathBuf};

mod common;

use common::cli::{polku, stderr, stdout};

/// The paths of the example maps, as the command line is given them.
fn example_names() -> Vec<String> {
    common::examples()
        .iter()
        .map(|path| path.display().to_string())
        .collect()
}

fn temp_copy(folder: &Path, name: &str, text: &str) -> PathBuf {
    let path = folder.join(name);
    if let Err(error) = std::fs::write(&path, text) {
        panic!("could not write {}: {error}", path.display());
    }
    path
}

#[test]
fn check_says_ok_for_every_example() {
    let examples = example_names();
    let args: Vec<&str> = std::iter::once("check")
        .chain(examples.iter().map(String::as_str))
        .collect();
    let output = polku(&args);
    assert!(
        output.status.success(),
        "{}{}",
        stdout(&output),
        stderr(&output)
    );
    let report = stdout(&output);
    for example in &examples {
        let Some(line) = report
            .lines()
            .find(|line| line.starts_with(example.as_str()))
        else {
            panic!("{example} is not reported:\n{report}");
        };
        assert!(line.starts_with(&format!("{example}: ok, ")), "{report}");
        assert!(
            line.contains(" touchpoints (")
                && line.contains(" visible, ")
                && line.contains(" hidden), "),
            "{line}"
        );
        assert!(
            line.contains(" links, ")
                && line.contains(" stages, ")
                && line.contains(" lanes, ")
                && line.ends_with(" TERMS tags"),
            "{line}"
        );
    }
    assert!(
        !report.contains("warning:"),
        "the examples should be clean:\n{report}"
    );
}

#[test]
fn fmt_check_passes_on_the_examples() {
    let examples = example_names();
    let args: Vec<&str> = ["fmt", "--check"]
        .into_iter()
        .chain(examples.iter().map(String::as_str))
        .collect();
    let output = polku(&args);
    assert!(
        output.status.success(),
        "{}{}",
        stdout(&output),
        stderr(&output)
    );
}

#[test]
fn a_truncated_file_fails_with_its_position_and_is_left_alone() -> std::io::Result<()> {
    let folder = tempfile::tempdir()?;
    let text = std::fs::read_to_string(&example_names()[0])?;
    let cut = &text[..text.len() * 2 / 3];
    let path = temp_copy(folder.path(), "cut.ron", cut);
    let name = path.display().to_string();

    for args in [
        vec!["check", name.as_str()],
        vec!["fmt", name.as_str()],
        vec!["fmt", "--check", name.as_str()],
    ] {
        let output = polku(&args);
        assert_eq!(
            output.status.code(),
            Some(1),
            "{args:?}: {}",
            stderr(&output)
        );
        let message = stderr(&output);
        let rest = message
            .strip_prefix(&format!("{name}:"))
            .unwrap_or_else(|| panic!("{args:?}: the message does not name the file: {message}"));
        let mut parts = rest.splitn(3, ':');
        let line = parts.next().and_then(|n| n.parse::<usize>().ok());
        let column = parts.next().and_then(|n| n.parse::<usize>().ok());
        assert!(line.is_some() && column.is_some(), "{args:?}: {message}");
        assert_eq!(
            std::fs::read_to_string(&path)?,
            cut,
            "{args:?} changed the file"
        );
    }
    Ok(())
}

#[test]
fn a_newer_version_is_refused_by_name() -> std::io::Result<()> {
    let folder = tempfile::tempdir()?;
    let text =
        std::fs::read_to_string(&example_names()[0])?.replacen("version: 1,", "version: 999,", 1);
    let path = temp_copy(folder.path(), "future.ron", &text);
    let output = polku(&["check", &path.display().to_string()]);
    assert_eq!(output.status.code(), Some(1));
    assert!(
        stderr(&output).contains("version 999"),
        "{}",
        stderr(&output)
    );
    Ok(())
}

#[test]
fn check_reports_each_file_and_fails_if_any_fails() -> std::io::Result<()> {
    let folder = tempfile::tempdir()?;
    let broken = temp_copy(
        folder.path(),
        "broken.ron",
        "(version: 1, lanes: [(id: 1, name: \"A\", kind: Nope)])",
    );
    let good = &example_names()[0];
    let output = polku(&["check", good, &broken.display().to_string()]);
    assert_eq!(output.status.code(), Some(1));
    assert!(stdout(&output).starts_with(&format!("{good}: ok, ")));
    assert!(
        stderr(&output).starts_with(&format!("{}:1:", broken.display())),
        "{}",
        stderr(&output)
    );
    Ok(())
}

#[test]
fn check_prints_warnings_below_the_file() -> std::io::Result<()> {
    let folder = tempfile::tempdir()?;
    let path = temp_copy(
        folder.path(),
        "lonely.ron",
        r#"(version: 1, lanes: [(id: 1, name: "Customer", kind: Customer)], stages: [(id: 1, name: "Use")],
            touchpoints: [(id: 1, title: "", lane: 1, stage: 1), (id: 2, title: "Waits", lane: 1, stage: 1, x: 200.0)])"#,
    );
    let output = polku(&["check", &path.display().to_string()]);
    assert!(output.status.success());
    let report = stdout(&output);
    let lines: Vec<&str> = report.lines().collect();
    assert!(
        lines[0].ends_with(
            "ok, 2 touchpoints (2 visible, 0 hidden), 0 links, 1 stage, 1 lane, 0 TERMS tags"
        ),
        "{report}"
    );
    assert!(
        lines[1..]
            .iter()
            .all(|line| line.starts_with("    warning: ")),
        "{report}"
    );
    assert!(report.contains("touchpoint 1 has no title"), "{report}");
    Ok(())
}

#[test]
fn fmt_rewrites_into_canonical_form_once() -> std::io::Result<()> {
    let folder = tempfile::tempdir()?;
    let path = temp_copy(
        folder.path(),
        "hand.ron",
        r#"(version: 1, title: "Hand written", lanes: [(id: 1, name: "Customer", kind: Customer)], stages: [(id: 1, name: "Use")], touchpoints: [(id: 1, title: "Opens the app", lane: 1, stage: 1)], links: [])"#,
    );
    let name = path.display().to_string();
    assert_eq!(polku(&["fmt", "--check", &name]).status.code(), Some(1));
    let output = polku(&["fmt", &name]);
    assert!(output.status.success(), "{}", stderr(&output));
    let first = std::fs::read(&path)?;
    assert!(polku(&["fmt", "--check", &name]).status.success());
    assert!(polku(&["fmt", &name]).status.success());
    assert_eq!(std::fs::read(&path)?, first, "fmt is not idempotent");
    assert!(String::from_utf8_lossy(&first).contains("\n        (\n            id: 1,\n"));
    Ok(())
}

#[test]
fn fmt_check_names_the_files_that_are_not_canonical() -> std::io::Result<()> {
    let folder = tempfile::tempdir()?;
    let messy = temp_copy(folder.path(), "messy.ron", "(version: 1)");
    let before = std::fs::read(&messy)?;
    let output = polku(&[
        "fmt",
        "--check",
        &example_names()[0],
        &messy.display().to_string(),
    ]);
    assert_eq!(output.status.code(), Some(1));
    assert!(stdout(&output).contains("messy.ron"));
    assert!(!stdout(&output).contains(&example_names()[0]));
    assert_eq!(std::fs::read(&messy)?, before);
    Ok(())
}

#[test]
fn every_template_makes_a_map_that_checks() -> std::io::Result<()> {
    let folder = tempfile::tempdir()?;
    for template in ["blueprint", "journey", "employee"] {
        let path = folder.path().join(format!("{template}.ron"));
        let name = path.display().to_string();
        let output = polku(&["new", "--template", template, &name]);
        assert!(output.status.success(), "{}", stderr(&output));
        let check = polku(&["check", &name]);
        assert!(check.status.success(), "{}", stderr(&check));
        assert!(stdout(&check).starts_with(&format!("{name}: ok, 0 touchpoints")));
        assert!(!stdout(&check).contains("warning"), "{}", stdout(&check));
        assert!(polku(&["fmt", "--check", &name]).status.success());
    }
    Ok(())
}

#[test]
fn new_refuses_to_overwrite_without_force() -> std::io::Result<()> {
    let folder = tempfile::tempdir()?;
    let path = temp_copy(folder.path(), "mine.ron", "precious");
    let name = path.display().to_string();
    let output = polku(&["new", "--template", "journey", &name]);
    assert_eq!(output.status.code(), Some(1));
    assert!(stderr(&output).contains("--force"));
    assert_eq!(std::fs::read_to_string(&path)?, "precious");
    let forced = polku(&["new", "--template", "journey", "--force", &name]);
    assert!(forced.status.success());
    assert!(polku(&["check", &name]).status.success());
    Ok(())
}

#[test]
fn no_input_makes_check_panic() -> std::io::Result<()> {
    let folder = tempfile::tempdir()?;
    let example = std::fs::read(&example_names()[0])?;
    let mut inputs: Vec<Vec<u8>> = vec![
        Vec::new(),
        vec![0xff; 64],
        b"(".to_vec(),
        b"(version: 1, touchpoints: [(id: 1".to_vec(),
        "[".repeat(100_000).into_bytes(),
        b"(version: 18446744073709551616)".to_vec(),
        b"(version: -1)".to_vec(),
        b"(version: 1, lanes: [(id: 1, name: \"\\u{d800}\", kind: Customer)])".to_vec(),
    ];
    // Every prefix of an example, at a spread of lengths.
    for i in (0..example.len()).step_by(example.len() / 40 + 1) {
        inputs.push(example[..i].to_vec());
    }
    let paths: Vec<String> = inputs
        .iter()
        .enumerate()
        .map(|(i, bytes)| {
            let path = folder.path().join(format!("input-{i}.ron"));
            std::fs::write(&path, bytes).unwrap();
            path.display().to_string()
        })
        .collect();
    let args: Vec<&str> = std::iter::once("check")
        .chain(paths.iter().map(String::as_str))
        .collect();
    let output = polku(&args);
    assert_eq!(output.status.code(), Some(1), "{}", stderr(&output));
    assert!(!stderr(&output).contains("panicked"), "{}", stderr(&output));
    // One line or more per failing file, each starting with its name.
    for path in &paths[..8] {
        assert!(
            stderr(&output).contains(&format!("{path}:")),
            "{path} not reported"
        );
    }
    Ok(())
}

#[test]
fn insights_json_has_the_documented_keys_and_the_figures_of_the_analyses()
-> Result<(), Box<dyn std::error::Error>> {
    let mut hidden_ranked = 0;
    for example in example_names() {
        let output = polku(&["insights", &example, "--json"]);
        assert!(output.status.success(), "{}", stderr(&output));
        let json: serde_json::Value = serde_json::from_slice(&output.stdout)?;
        for key in [
            "touchpoints",
            "visible",
            "hidden",
            "links",
            "handoffs",
            "terms",
            "hidden_impact",
            "heatmap",
            "promises",
            "warnings",
        ] {
            assert!(json.get(key).is_some(), "{example}: no {key}");
        }
        let journey = polku::io::load(std::path::Path::new(&example))?;
        let insights = polku::model::analysis::Insights::of(&journey);
        assert_eq!(json["touchpoints"], journey.touchpoint_count());
        assert_eq!(
            json["visible"].as_u64().unwrap() + json["hidden"].as_u64().unwrap(),
            journey.touchpoint_count() as u64
        );
        assert_eq!(json["handoffs"], insights.handoffs.len());
        assert_eq!(
            json["terms"]["money"],
            insights.terms_count(polku::model::TermsArea::Money)
        );
        let ranked = json["hidden_impact"]
            .as_array()
            .expect("hidden_impact is a list");
        assert_eq!(ranked.len(), insights.hidden);
        hidden_ranked += ranked.len();
        let counts: Vec<u64> = ranked
            .iter()
            .map(|e| e["visible_supported"].as_u64().expect("a count"))
            .collect();
        assert!(
            counts.windows(2).all(|w| w[0] >= w[1]),
            "not ranked: {counts:?}"
        );
        for entry in ranked {
            assert!(
                entry["title"].is_string()
                    && entry["lane"].is_string()
                    && entry["terms_weight"].is_u64()
            );
        }
        assert_eq!(
            json["heatmap"].as_array().map(Vec::len),
            Some(journey.stages().len())
        );
    }
    assert!(hidden_ranked > 0, "no example has hidden steps to rank");
    Ok(())
}

#[test]
fn insights_prints_a_readable_report_and_refuses_a_broken_file() -> std::io::Result<()> {
    let output = polku(&["insights", &example_names()[0]]);
    assert!(output.status.success());
    let report = stdout(&output);
    assert!(
        report.contains("Hidden steps that hold up the most customer moments:"),
        "{report}"
    );
    assert!(report.contains("TERMS heatmap"), "{report}");
    let folder = tempfile::tempdir()?;
    let broken = temp_copy(folder.path(), "broken.ron", "(version: 1, lanes: [");
    let output = polku(&["insights", "--json", &broken.display().to_string()]);
    assert_eq!(output.status.code(), Some(1));
    assert!(stderr(&output).starts_with(&format!("{}:", broken.display())));
    assert!(output.stdout.is_empty());
    Ok(())
}
