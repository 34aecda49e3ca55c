//! Editing a map's RON text the way a person does in an editor: replacing one line, the
//! entries of a list (`lanes`, `touchpoints`), a persona's path. For tests that make
//! versions of a map as files (in git repositories), without going through polku.

/// `text` with `from`, which occurs in it exactly once, replaced by `to`.
pub fn replaced_once(text: &str, from: &str, to: &str) -> String {
    assert_eq!(
        text.matches(from).count(),
        1,
        "{from:?} is not in the map once"
    );
    text.replacen(from, to, 1)
}

/// The lines of the top-level list `list` (`lanes`, `touchpoints`): where its entries
/// start in `text` and end, as byte offsets.
pub fn list_span(text: &str, list: &str) -> std::ops::Range<usize> {
    let opening = format!("\n    {list}: [\n");
    let Some(start) = text.find(&opening).map(|at| at + opening.len()) else {
        panic!("the map has no list {list}");
    };
    let Some(length) = text[start..].find("\n    ],\n") else {
        panic!("the list {list} does not end");
    };
    start..start + length + 1
}

/// The entries of the top-level list `list`, each with its lines, in order.
pub fn entries(text: &str, list: &str) -> Vec<String> {
    let mut found = Vec::new();
    let mut entry = String::new();
    for line in text[list_span(text, list)].lines() {
        entry.push_str(line);
        entry.push('\n');
        if line == "        )," {
            found.push(std::mem::take(&mut entry));
        }
    }
    assert!(entry.is_empty(), "{list} ends inside an entry: {entry}");
    found
}

/// `text` with the entries of `list` replaced by `new`.
pub fn with_entries(text: &str, list: &str, new: &[String]) -> String {
    let span = list_span(text, list);
    format!(
        "{}{}{}",
        &text[..span.start],
        new.concat(),
        &text[span.end..]
    )
}

/// `text` with `entry` added at the end of `list`.
pub fn appended(text: &str, list: &str, entry: &str) -> String {
    let mut all = entries(text, list);
    all.push(entry.to_owned());
    with_entries(text, list, &all)
}

/// The id an entry gives itself (the one on its first level, not its observations').
pub fn id_of(entry: &str) -> u32 {
    let Some(id) = entry.lines().find_map(|line| {
        line.strip_prefix("            id: ")
            .and_then(|id| id.strip_suffix(','))
    }) else {
        panic!("the entry has no id: {entry}");
    };
    id.parse()
        .unwrap_or_else(|error| panic!("{id:?} is no id: {error}"))
}

/// The ids of the entries of `list`, in order.
pub fn ids(text: &str, list: &str) -> Vec<u32> {
    entries(text, list)
        .iter()
        .map(|entry| id_of(entry))
        .collect()
}

/// The one entry of `list` that holds `needle`.
pub fn entry_with(text: &str, list: &str, needle: &str) -> String {
    let mut matching = entries(text, list)
        .into_iter()
        .filter(|entry| entry.contains(needle));
    let (Some(entry), None) = (matching.next(), matching.next()) else {
        panic!("not one entry of {list} holds {needle:?}:\n{text}");
    };
    entry
}

/// `text` with `from` replaced by `to` in the entry of `list` that holds `needle`.
pub fn edited_entry(text: &str, list: &str, needle: &str, from: &str, to: &str) -> String {
    let entry = entry_with(text, list, needle);
    let edited = replaced_once(&entry, from, to);
    replaced_once(text, &entry, &edited)
}

/// The `title: "…",` line a touchpoint entry holds.
pub fn title_line(title: &str) -> String {
    format!("title: \"{title}\",")
}

/// The id of the touchpoint titled `title`.
pub fn touchpoint_id(text: &str, title: &str) -> u32 {
    id_of(&entry_with(text, "touchpoints", &title_line(title)))
}

/// A new touchpoint entry, in the last stage on the customer's lane.
pub fn touchpoint_entry(id: u32, title: &str, x: f32) -> String {
    format!(
        "        (\n            id: {id},\n            title: \"{title}\",\n            \
         lane: 2,\n            stage: 5,\n            x: {x:.1},\n        ),\n"
    )
}

/// The path of the persona named `name`.
pub fn path_of(text: &str, name: &str) -> Vec<u32> {
    let persona = entry_with(text, "personas", &format!("name: \"{name}\","));
    persona
        .lines()
        .skip_while(|line| *line != "            path: [")
        .skip(1)
        .take_while(|line| *line != "            ],")
        .map(|line| {
            let step = line.trim().trim_end_matches(',');
            step.parse()
                .unwrap_or_else(|error| panic!("{step:?} is no step: {error}"))
        })
        .collect()
}

/// `text` with the path of the persona named `name` made `path`.
pub fn with_path(text: &str, name: &str, path: &[u32]) -> String {
    let persona = entry_with(text, "personas", &format!("name: \"{name}\","));
    let Some(start) = persona.find("            path: [\n") else {
        panic!("{name} has no path");
    };
    let Some(end) = persona.find("            ],\n") else {
        panic!("the path of {name} does not end");
    };
    let steps: String = path
        .iter()
        .map(|step| format!("                {step},\n"))
        .collect();
    let edited = format!(
        "{}            path: [\n{steps}{}",
        &persona[..start],
        &persona[end..]
    );
    replaced_once(text, &persona, &edited)
}

/// `text` with its lanes in the order of `order` (their ids).
pub fn with_lane_order(text: &str, order: &[u32]) -> String {
    let lanes = entries(text, "lanes");
    let ordered: Vec<String> = order
        .iter()
        .map(|id| {
            lanes
                .iter()
                .find(|lane| id_of(lane) == *id)
                .unwrap_or_else(|| panic!("no lane {id}"))
                .clone()
        })
        .collect();
    assert_eq!(ordered.len(), lanes.len(), "every lane must be placed");
    with_entries(text, "lanes", &ordered)
}
