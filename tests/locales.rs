//! The Fluent files: every message exists in English and in Finnish, with the same
//! placeholders, and every file parses.

use std::collections::{BTreeMap, BTreeSet};

use fluent_syntax::ast;
use polku::i18n::{Language, SOURCES};

/// Message (or `message.attribute`) → the variables it uses.
type Messages = BTreeMap<String, BTreeSet<String>>;

fn variables_of_pattern(pattern: &ast::Pattern<&str>, found: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            variables_of_expression(expression, found);
        }
    }
}

fn variables_of_expression(expression: &ast::Expression<&str>, found: &mut BTreeSet<String>) {
    match expression {
        ast::Expression::Inline(inline) => variables_of_inline(inline, found),
        ast::Expression::Select { selector, variants } => {
            variables_of_inline(selector, found);
            for variant in variants {
                variables_of_pattern(&variant.value, found);
            }
        }
    }
}

fn variables_of_inline(inline: &ast::InlineExpression<&str>, found: &mut BTreeSet<String>) {
    match inline {
        ast::InlineExpression::VariableReference { id } => {
            found.insert(id.name.to_owned());
        }
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for argument in &arguments.positional {
                variables_of_inline(argument, found);
            }
        }
        ast::InlineExpression::Placeable { expression } => {
            variables_of_expression(expression, found);
        }
        _ => {}
    }
}

fn messages(file: &str, text: &str) -> Messages {
    let resource = match fluent_syntax::parser::parse(text) {
        Ok(resource) => resource,
        Err((_, errors)) => panic!("{file} does not parse: {errors:?}"),
    };
    let mut messages = Messages::new();
    for entry in resource.body {
        let ast::Entry::Message(message) = entry else {
            continue;
        };
        let name = message.id.name.to_owned();
        if let Some(value) = &message.value {
            let mut found = BTreeSet::new();
            variables_of_pattern(value, &mut found);
            assert!(
                messages.insert(name.clone(), found).is_none(),
                "{file}: {name} is there twice"
            );
        }
        for attribute in &message.attributes {
            let mut found = BTreeSet::new();
            variables_of_pattern(&attribute.value, &mut found);
            messages.insert(format!("{name}.{}", attribute.id.name), found);
        }
    }
    messages
}

#[test]
fn every_message_is_in_both_languages_with_the_same_placeholders() {
    let mut all: BTreeMap<Language, Messages> = BTreeMap::new();
    let mut total = 0;
    for (language, file, text) in SOURCES {
        let found = messages(file, text);
        total += found.len();
        let messages = all.entry(*language).or_default();
        for (name, variables) in found {
            assert!(
                messages.insert(name.clone(), variables).is_none(),
                "{file}: {name} is also in another file"
            );
        }
    }
    let english = &all[&Language::English];
    let finnish = &all[&Language::Finnish];
    let only_english: Vec<_> = english
        .keys()
        .filter(|k| !finnish.contains_key(*k))
        .collect();
    let only_finnish: Vec<_> = finnish
        .keys()
        .filter(|k| !english.contains_key(*k))
        .collect();
    assert!(only_english.is_empty(), "not in Finnish: {only_english:?}");
    assert!(only_finnish.is_empty(), "not in English: {only_finnish:?}");
    for (name, variables) in english {
        assert_eq!(
            Some(variables),
            finnish.get(name),
            "{name} has other placeholders in Finnish"
        );
    }
    assert!(total > 0);
}

/// Every `tr!("key"…)` in the source names a message that exists.
#[test]
fn every_key_used_in_the_code_exists() {
    let english: Messages = SOURCES
        .iter()
        .filter(|(language, ..)| *language == Language::English)
        .flat_map(|(_, file, text)| messages(file, text))
        .collect();
    let mut missing = Vec::new();
    let mut stack = vec![std::path::PathBuf::from(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/src"
    ))];
    while let Some(path) = stack.pop() {
        if path.is_dir() {
            for entry in std::fs::read_dir(&path).into_iter().flatten().flatten() {
                stack.push(entry.path());
            }
            continue;
        }
        // The text layer's own documentation shows made-up keys.
        if path.extension().is_none_or(|e| e != "rs") || path.ends_with("i18n/mod.rs") {
            continue;
        }
        let text = std::fs::read_to_string(&path).unwrap_or_default();
        for (index, _) in text.match_indices("tr!(\"") {
            let before = text[..index].chars().next_back();
            if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
                continue;
            }
            let rest = &text[index + 5..];
            let key: String = rest.chars().take_while(|c| *c != '"').collect();
            if !english.contains_key(&key) {
                missing.push(format!("{}: {key}", path.display()));
            }
        }
    }
    assert!(missing.is_empty(), "no such messages: {missing:#?}");
}
