//! Reports of a map (`polku report`, `polku::io::report`): what a workshop hands on must
//! be complete, safe to open, and the same every time.

use std::path::Path;
use std::process::Output;

mod common;
use common::cli::{polku, stderr, stdout};
use common::rendered;

use polku::io::report::{to_html, to_markdown};
use polku::model::{
    Document, Idea, Lane, LaneId, LaneKind, Link, LinkId, LinkKind, Observation, Persona,
    PersonaId, Promise, PromiseId, Severity, Stage, StageId, TermsArea, TermsTag, Touchpoint,
    TouchpointId,
};
use polku::model::{Journey, analysis::hidden_impact};

fn load(path: &Path) -> Journey {
    match polku::io::load(path) {
        Ok(journey) => journey,
        Err(error) => panic!("{error}"),
    }
}

/// The same escaping the HTML report promises, written out again so the test does not
/// trust the code it checks.
fn html_escaped(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
        .replace('\'', "&#39;")
}

/// The part of `report` from `heading` to the next heading of the same kind.
fn section<'r>(report: &'r str, heading: &str, next: &str) -> &'r str {
    let Some(start) = report.find(heading) else {
        panic!("no {heading:?} in the report");
    };
    let rest = &report[start + heading.len()..];
    let end = rest.find(next).unwrap_or(rest.len());
    &rest[..end]
}

/// Checks that every element of `html` is closed, in order; `<style>` is skipped whole.
fn check_nesting(html: &str) -> Result<(), String> {
    const VOID: [&str; 6] = ["meta", "br", "hr", "img", "link", "wbr"];
    let mut open: Vec<String> = Vec::new();
    let mut rest = html;
    while let Some(start) = rest.find('<') {
        rest = &rest[start + 1..];
        let Some(end) = rest.find('>') else {
            return Err("a tag is not closed with >".into());
        };
        let tag = &rest[..end];
        rest = &rest[end + 1..];
        if tag.starts_with('!') {
            continue;
        }
        if let Some(name) = tag.strip_prefix('/') {
            match open.pop() {
                Some(last) if last == name => {}
                last => return Err(format!("</{name}> closes {last:?}")),
            }
            continue;
        }
        let name: String = tag
            .chars()
            .take_while(char::is_ascii_alphanumeric)
            .collect();
        if name.is_empty() {
            return Err(format!("a stray < before {tag:?}"));
        }
        if name == "style" {
            let Some(close) = rest.find("</style>") else {
                return Err("<style> is not closed".into());
            };
            rest = &rest[close + "</style>".len()..];
        } else if !VOID.contains(&name.as_str()) {
            open.push(name);
        }
    }
    if open.is_empty() {
        Ok(())
    } else {
        Err(format!("left open: {open:?}"))
    }
}

#[test]
fn markdown_names_every_stage_and_touchpoint_of_every_example() {
    common::english();
    for path in common::examples() {
        let journey = load(&path);
        let report = to_markdown(&journey, None);
        assert!(report.starts_with(&format!("# {}\n", journey.title())));
        assert!(report.contains("## TERMS heatmap"), "{}", path.display());
        assert!(report.contains("| Stage | T | E | R | M | S | Total |"));
        for heading in [
            "## Summary",
            "## Hidden impact",
            "## Handoffs",
            "## Promises",
        ] {
            assert!(report.contains(heading), "{heading} in {}", path.display());
        }
        let headings = rendered(&report).headings;
        for stage in journey.stages() {
            assert!(
                headings.contains(&(3, stage.name.clone())),
                "{}",
                stage.name
            );
        }
        for touchpoint in journey.touchpoints() {
            assert!(
                headings.contains(&(4, touchpoint.title.clone())),
                "{} has no card in the report of {}",
                touchpoint.title,
                path.display()
            );
        }
    }
}

#[test]
fn html_names_every_stage_and_touchpoint_of_every_example_escaped() {
    common::english();
    for path in common::examples() {
        let journey = load(&path);
        let report = to_html(&journey, None);
        assert!(report.starts_with("<!DOCTYPE html>\n<html lang=\"en\">"));
        assert!(report.contains("<h2>TERMS heatmap</h2>"));
        assert!(report.contains("<th scope=\"col\">Stage</th>"));
        for stage in journey.stages() {
            let name = html_escaped(&stage.name);
            assert!(report.contains(&format!("<th scope=\"row\">{name}</th>")));
            assert!(report.contains(&format!("<h3>{name} <span")));
        }
        for touchpoint in journey.touchpoints() {
            assert!(
                report.contains(&format!("<h4>{}</h4>", html_escaped(&touchpoint.title))),
                "{} has no card in the report of {}",
                touchpoint.title,
                path.display()
            );
        }
    }
}

#[test]
fn hidden_steps_are_listed_in_rank_order() {
    common::english();
    for path in common::examples() {
        let journey = load(&path);
        let ranked = hidden_impact(&journey);
        let titles: Vec<&str> = ranked
            .iter()
            .filter_map(|impact| journey.touchpoint(impact.touchpoint))
            .map(|t| t.title.as_str())
            .collect();
        assert!(
            titles.len() >= 2,
            "{} has too few hidden steps",
            path.display()
        );
        let (first, second) = (titles[0], titles[1]);

        let markdown = to_markdown(&journey, None);
        let list = section(&markdown, "## Hidden impact", "\n## ");
        let at = |title: &str| list.find(&format!("**{title}**"));
        assert!(
            at(first) < at(second) && at(first).is_some(),
            "{}",
            path.display()
        );
        let fixes = section(&markdown, "**Fix first:**", "\n## ");
        assert!(fixes.contains(&format!("1. **{first}**")), "{fixes}");

        let html = to_html(&journey, None);
        let list = section(&html, "<h2>Hidden impact</h2>", "</section>");
        let at = |title: &str| list.find(&format!(">{}</a></strong>", html_escaped(title)));
        assert!(
            at(first) < at(second) && at(first).is_some(),
            "{}",
            path.display()
        );
    }
}

#[test]
fn html_is_well_formed_and_self_contained() {
    for path in common::examples() {
        let html = to_html(&load(&path), None);
        if let Err(problem) = check_nesting(&html) {
            panic!("{}: {problem}", path.display());
        }
        for tag in [
            "table", "section", "article", "ul", "ol", "li", "p", "tr", "td", "dl",
        ] {
            let opened = html.matches(&format!("<{tag}>")).count()
                + html.matches(&format!("<{tag} ")).count();
            let closed = html.matches(&format!("</{tag}>")).count();
            assert_eq!(opened, closed, "<{tag}> in {}", path.display());
        }
        assert!(html.matches("<table").count() >= 3);
        for outside in [
            "http://", "https://", "<script", "src=", "url(", "@import", "//fonts",
        ] {
            assert!(!html.contains(outside), "{outside} in {}", path.display());
        }
        assert!(html.contains("<style>") && html.contains("@media print"));
        assert!(html.contains("<nav class=\"toc\""));
    }
}

#[test]
fn the_heatmap_is_coloured_by_summed_severity() {
    let html = to_html(&load(&common::examples()[0]), None);
    let table = section(&html, "<table class=\"heatmap\">", "</table>");
    assert!(table.contains("<td class=\"heat\" style=\"background-color:#"));
    assert!(table.contains("<td class=\"heat zero\">0</td>"));
}

/// A small map whose every piece of text tries to break out of the report.
fn hostile_journey() -> Journey {
    let nasty = "<script>&\"'|x";
    let tag = |area, severity| TermsTag {
        area,
        severity,
        note: format!("note {nasty}\nsecond line"),
    };
    let mut visible = Touchpoint::new(TouchpointId(1), nasty, LaneId(1), StageId(1));
    visible.description = format!("first {nasty}\n\nsecond");
    visible.owner = "Sales | stores".into();
    visible.terms = vec![tag(TermsArea::Time, Severity::Critical)];
    visible.emotion = polku::model::Rating::new(-2);
    visible.observations = vec![Observation {
        date: polku::model::Date::new(2026, 3, 14).unwrap_or_else(|| panic!("a date")),
        text: format!("seen {nasty}"),
        evidence: polku::model::EvidenceLevel::Observed,
        source: format!("source {nasty}"),
    }];
    let mut hidden = Touchpoint::new(TouchpointId(2), "Back office <b>", LaneId(2), StageId(1));
    hidden.owner = "Billing".into();
    let document = Document {
        title: format!("Map {nasty}"),
        description: format!("About {nasty}"),
        lanes: vec![
            Lane {
                id: LaneId(1),
                name: format!("Customer {nasty}"),
                kind: LaneKind::Customer,
            },
            Lane {
                id: LaneId(2),
                name: "Back".into(),
                kind: LaneKind::Backstage,
            },
        ],
        stages: vec![Stage {
            id: StageId(1),
            name: "Stage | one\nand two".into(),
        }],
        touchpoints: vec![visible, hidden],
        links: vec![Link {
            id: LinkId(1),
            from: TouchpointId(2),
            to: TouchpointId(1),
            kind: LinkKind::Support,
            label: String::new(),
        }],
        personas: vec![Persona {
            id: PersonaId(1),
            name: format!("Persona {nasty}"),
            description: String::new(),
            kind: polku::model::PersonaKind::Customer,
            colour: polku::model::Colour::default(),
            path: vec![TouchpointId(1)],
        }],
        promises: vec![Promise {
            id: PromiseId(1),
            text: format!("Promise {nasty}"),
            description: String::new(),
            redeemed_by: vec![TouchpointId(1)],
            secured_by: Vec::new(),
        }],
        parking_lot: vec![Idea {
            text: format!("Idea {nasty}"),
            date: polku::model::Date::new(2026, 3, 15).unwrap_or_else(|| panic!("a date")),
        }],
        conflicts: Vec::new(),
        feedback: Vec::new(),
    };
    match Journey::from_document(document) {
        Ok(journey) => journey,
        Err(errors) => panic!("{errors:?}"),
    }
}

#[test]
fn html_escapes_every_text_from_the_map() {
    common::english();
    let html = to_html(&hostile_journey(), None);
    assert!(!html.contains("<script"), "{html}");
    assert!(!html.contains("Back office <b>"), "{html}");
    assert!(html.contains("Back office &lt;b&gt;"), "{html}");
    assert!(html.contains("<h4>&lt;script&gt;&amp;&quot;&#39;|x</h4>"));
    assert!(html.contains("<title>Map &lt;script&gt;&amp;&quot;&#39;|x: findings</title>"));
    assert!(html.contains("Idea &lt;script&gt;"));
    assert!(html.contains("<span class=\"status gap\">not secured</span>"));
    if let Err(problem) = check_nesting(&html) {
        panic!("{problem}\n{html}");
    }
}

#[test]
fn markdown_keeps_tables_whole_and_passes_no_raw_html() {
    common::english();
    let markdown = to_markdown(&hostile_journey(), None);
    let found = rendered(&markdown);
    // The only raw HTML is polku's own line breaks in table cells.
    assert!(found.html.iter().all(|html| html == "<br>"), "{markdown}");
    assert_eq!(
        (found.tables, found.links, found.images),
        (2, 0, 0),
        "{markdown}"
    );
    // Titles come out as they are written, on one line.
    assert!(
        found.headings.contains(&(4, "<script>&\"'|x".into())),
        "{markdown}"
    );
    assert!(
        found.headings.contains(&(3, "Stage | one and two".into())),
        "{markdown}"
    );
    // A `|` or a line break in a cell must not add a column or end the row.
    assert!(markdown.contains("| Stage \\| one<br>and two | 3 | 0 | 0 | 0 | 0 | 3 |"));
    for row in markdown.lines().filter(|line| line.starts_with('|')) {
        let columns = row.replace("\\|", "").matches('|').count();
        assert!(columns == 8 || columns == 5, "{row}");
    }
    assert!(markdown.contains("## Parking lot"));
    assert!(markdown.contains("- 2026-03-15: Idea \\<script\\>"));
    assert!(markdown.contains("- Customer emotion: \u{2212}2\n"));
    assert!(markdown.contains("  - Time, critical: note \\<script\\>\\&\"'\\|x second line\n"));
    assert!(markdown.contains("- 2026-03-14, observed, source \\<script\\>\\&\"'\\|x: seen"));
}

#[test]
fn the_renderer_the_tests_use_finds_what_it_should() {
    let found =
        rendered("# H\n\n[x](http://a) www.b.example <i>x</i> ![](c.png)\n\n| a |\n| - |\n");
    assert_eq!(found.headings, [(1, "H".into())]);
    assert_eq!((found.links, found.images, found.tables), (2, 1, 1));
    assert_eq!(found.html, ["<i>", "</i>"]);
}

#[test]
fn markdown_makes_no_link_image_heading_or_table_of_text_from_the_map() {
    common::english();
    // Text that a renderer would take for markup, in every place a map has text.
    let attacks = [
        "[x](javascript:alert(1))",
        "![](http://evil.example/track.png)",
        "<http://evil.example>",
        "http://evil.example/?a=1",
        "www.evil.example",
        "mail me@evil.example",
        "# Heading",
        "1. list",
        "> quote",
        "| a | b |\n| --- | --- |\n| c | d |",
        "line\n===",
        "line\n---",
        "    indented code",
        "[ref]: http://evil.example",
        "[^1]\n\n[^1]: note",
        "&lt;b&gt; &#x3c;",
        "`code` *em* __strong__ ~~gone~~",
        "trailing backslash\\",
        "<!-- comment -->",
    ];
    for attack in attacks {
        let mut document = hostile_journey().to_document();
        document.touchpoints[0].title = attack.replace('\n', " ");
        document.title = attack.replace('\n', " ");
        document.description = attack.into();
        document.touchpoints[0].description = attack.into();
        document.touchpoints[0].owner = attack.into();
        document.touchpoints[0].terms[0].note = attack.into();
        document.touchpoints[0].observations[0].text = attack.into();
        document.stages[0].name = attack.into();
        document.personas[0].description = attack.into();
        document.promises[0].description = attack.into();
        document.parking_lot[0].text = attack.into();
        let journey = match Journey::from_document(document) {
            Ok(journey) => journey,
            Err(errors) => panic!("{errors:?}"),
        };
        let markdown = to_markdown(&journey, None);
        let found = rendered(&markdown);
        let plain = rendered(&to_markdown(&hostile_journey(), None));
        assert_eq!((found.links, found.images), (0, 0), "{attack}\n{markdown}");
        assert_eq!(found.tables, plain.tables, "{attack}\n{markdown}");
        assert_eq!(
            found.headings.len(),
            plain.headings.len(),
            "{attack}\n{markdown}"
        );
        assert!(
            found.html.iter().all(|html| html == "<br>"),
            "{attack}\n{markdown}"
        );
    }
}

#[test]
fn ratings_are_written_with_a_real_minus_sign() {
    common::english();
    for path in common::examples() {
        let journey = load(&path);
        let markdown = to_markdown(&journey, None);
        let html = to_html(&journey, None);
        assert!(!markdown.contains("emotion: -"), "{}", path.display());
        assert!(!html.contains("<dd>-"), "{}", path.display());
        let negative = journey
            .touchpoints()
            .any(|t| t.emotion.is_some_and(|r| r.get() < 0));
        if negative {
            assert!(markdown.contains("Customer emotion: \u{2212}"));
            assert!(html.contains("<dd>\u{2212}"));
        }
    }
}

#[test]
fn a_map_without_ideas_has_no_parking_lot() {
    common::english();
    let journey = load(&common::examples()[0]);
    assert!(journey.parking_lot().is_empty());
    assert!(!to_markdown(&journey, None).contains("Parking lot"));
    assert!(!to_html(&journey, None).contains("Parking lot"));
    assert!(to_html(&hostile_journey(), None).contains("<h2>Parking lot</h2>"));
}

#[test]
fn the_same_map_gives_the_same_bytes() {
    for path in common::examples() {
        let (first, second) = (load(&path), load(&path));
        assert_eq!(to_markdown(&first, None), to_markdown(&second, None));
        assert_eq!(to_html(&first, None), to_html(&second, None));
    }
    let path = common::examples()[0].display().to_string();
    let runs: Vec<Output> = (0..2)
        .map(|_| polku(&["report", &path, "--format", "html"]))
        .collect();
    assert_eq!(runs[0].stdout, runs[1].stdout);
}

#[test]
fn report_writes_each_format_to_standard_output() {
    common::english();
    let path = common::examples()[0].clone();
    let journey = load(&path);
    let arg = path.display().to_string();
    for (format, expected) in [
        ("md", to_markdown(&journey, None)),
        ("html", to_html(&journey, None)),
    ] {
        let output = polku(&["report", &arg, "--format", format]);
        assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
        assert_eq!(stdout(&output), expected);
        assert!(output.stderr.is_empty());
    }
}

#[test]
fn report_output_writes_the_file() -> std::io::Result<()> {
    common::english();
    let folder = tempfile::tempdir()?;
    let path = common::examples()[0].clone();
    let target = folder.path().join("findings.html");
    std::fs::write(&target, "an old report")?;
    let args = [
        "report",
        &path.display().to_string(),
        "--format",
        "html",
        "--output",
        &target.display().to_string(),
    ];
    // An existing file is replaced only when asked.
    let output = polku(&args);
    assert_eq!(output.status.code(), Some(1));
    assert!(
        stderr(&output).contains("already exists"),
        "{}",
        stderr(&output)
    );
    assert_eq!(std::fs::read_to_string(&target)?, "an old report");
    let output = polku(&[&args[..], &["--force"]].concat());
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert_eq!(
        std::fs::read_to_string(&target)?,
        to_html(&load(&path), None)
    );
    assert!(stdout(&output).starts_with(&format!("{}: ", target.display())));
    let names: Vec<_> = std::fs::read_dir(folder.path())?.flatten().collect();
    assert_eq!(names.len(), 1, "a temporary file was left behind");
    Ok(())
}

#[test]
fn report_refuses_a_broken_map_with_its_position() -> std::io::Result<()> {
    let folder = tempfile::tempdir()?;
    let broken = folder.path().join("broken.ron");
    std::fs::write(&broken, "(\n    version: 1,\n    title: oops,\n)\n")?;
    let target = folder.path().join("report.md");
    for format in ["md", "html", "csv"] {
        let output = polku(&[
            "report",
            &broken.display().to_string(),
            "--format",
            format,
            "--output",
            &target.display().to_string(),
        ]);
        assert_eq!(output.status.code(), Some(1));
        let message = stderr(&output);
        let Some(rest) = message.strip_prefix(&format!("{}:3:", broken.display())) else {
            panic!("no FILE:LINE: in {message}");
        };
        let column = rest.split(':').next().unwrap();
        assert!(column.parse::<usize>().is_ok(), "no column in {message}");
        assert!(output.stdout.is_empty());
        assert!(!target.exists());
    }
    Ok(())
}

#[test]
fn csv_report_is_the_touchpoint_inventory() {
    for path in common::examples() {
        let output = polku(&["report", &path.display().to_string(), "--format", "csv"]);
        assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
        assert_eq!(stdout(&output), polku::io::inventory::to_csv(&load(&path)));
    }
}
