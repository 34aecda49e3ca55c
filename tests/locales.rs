//! The Fluent files: every message exists in English and in Finnish, with the same
//! placeholders, and every file parses; and every `tr!` in the code, read as Rust with
//! `syn` however it is laid out over lines, names a message that exists in both languages
//! and passes exactly the placeholders the message uses.

use std::collections::{BTreeMap, BTreeSet};

use fluent_syntax::ast;
use polku::i18n::{Language, SOURCES};
use proc_macro2::{Delimiter, TokenStream, TokenTree};
use syn::parse::{Parse, ParseStream};
use syn::visit::Visit;

mod common;
use common::source;

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

/// `tr!` calls whose key is held in a variable, which the code cannot check by itself:
/// (file, the key's expression as written, the prefix of the keys it holds). The keys it
/// may hold are the string literals of that file that are keys starting with the prefix
/// (and going on after it); each must be a message in both languages that uses no
/// placeholder the call does not pass, and each placeholder passed must be used by one of
/// them. A call with a key in a variable that is not listed here fails the test, and so
/// does an entry no call matches.
const KEYS_IN_VARIABLES: &[(&str, &str, &str)] = &[
    ("src/io/error.rs", "key", "io-reason-"),
    ("src/io/inventory/read.rs", "key", "io-import-empty-"),
    ("src/model/edit_label.rs", "self.key", "model-undo-"),
];

/// A `tr!` call: where it is, its key, the placeholders it passes.
#[derive(Debug)]
struct Call {
    file: String,
    line: usize,
    key: Key,
    passed: BTreeSet<String>,
}

#[derive(Debug)]
enum Key {
    Literal(String),
    /// The expression holding the key, as written without spaces: `self.key`.
    Variable(String),
}

/// The arguments of `tr!`: a key, then `name = value` for each placeholder.
struct Arguments {
    key: Key,
    passed: Vec<syn::Ident>,
}

impl Parse for Arguments {
    fn parse(input: ParseStream<'_>) -> syn::Result<Self> {
        // The key's tokens, up to the first comma outside brackets.
        let mut tokens = TokenStream::new();
        while !input.is_empty() && !input.peek(syn::Token![,]) {
            tokens.extend([input.parse::<TokenTree>()?]);
        }
        let key = match syn::parse2::<syn::Expr>(tokens.clone())? {
            syn::Expr::Lit(syn::ExprLit {
                lit: syn::Lit::Str(key),
                ..
            }) => Key::Literal(key.value()),
            _ => Key::Variable(without_spaces(&tokens.to_string())),
        };
        let mut passed = Vec::new();
        while !input.is_empty() {
            input.parse::<syn::Token![,]>()?;
            if input.is_empty() {
                break;
            }
            passed.push(input.parse::<syn::Ident>()?);
            input.parse::<syn::Token![=]>()?;
            input.parse::<syn::Expr>()?;
        }
        Ok(Self { key, passed })
    }
}

/// Whether `literal` is a message key that starts with `prefix` and goes on after it (a
/// test's `starts_with("model-undo-")` names no message).
fn is_key_after(literal: &str, prefix: &str) -> bool {
    literal.len() > prefix.len()
        && literal.starts_with(prefix)
        && literal
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '.')
}

fn without_spaces(text: &str) -> String {
    text.chars().filter(|c| !c.is_whitespace()).collect()
}

/// Finds the `tr!` calls of one file, in the code and inside other macros' arguments.
struct Finder<'a> {
    file: &'a str,
    calls: Vec<Call>,
    /// Calls whose arguments are not a key and `name = value` pairs.
    malformed: Vec<String>,
    /// Every string literal in the file, for the keys held in variables.
    literals: BTreeSet<String>,
}

impl Finder<'_> {
    fn call(&mut self, tokens: TokenStream, line: usize) {
        match syn::parse2::<Arguments>(tokens) {
            Ok(arguments) => {
                let mut passed = BTreeSet::new();
                for name in arguments.passed {
                    if !passed.insert(name.to_string()) {
                        self.malformed
                            .push(format!("{}:{line}: {name} is passed twice", self.file));
                    }
                }
                self.calls.push(Call {
                    file: self.file.to_owned(),
                    line,
                    key: arguments.key,
                    passed,
                });
            }
            Err(error) => self.malformed.push(format!(
                "{}:{line}: tr! takes a key and then `name = value`s: {error}",
                self.file
            )),
        }
    }

    /// `tr!(…)` and `crate::tr!(…)` among tokens syn leaves unparsed; string literals.
    fn tokens(&mut self, tokens: &TokenStream) {
        let tokens: Vec<TokenTree> = tokens.clone().into_iter().collect();
        for (index, token) in tokens.iter().enumerate() {
            match token {
                TokenTree::Group(group) => self.tokens(&group.stream()),
                TokenTree::Literal(literal) => {
                    if let Ok(syn::Lit::Str(text)) =
                        syn::parse2::<syn::Lit>(TokenTree::Literal(literal.clone()).into())
                    {
                        self.literals.insert(text.value());
                    }
                }
                TokenTree::Ident(ident) if ident == "tr" => {
                    let bang = matches!(tokens.get(index + 1), Some(TokenTree::Punct(p)) if p.as_char() == '!');
                    if bang
                        && let Some(TokenTree::Group(group)) = tokens.get(index + 2)
                        && group.delimiter() != Delimiter::None
                    {
                        // Its own arguments are read by the next turn of the loop.
                        self.call(group.stream(), ident.span().start().line);
                    }
                }
                _ => {}
            }
        }
    }
}

impl<'ast> Visit<'ast> for Finder<'_> {
    fn visit_macro(&mut self, mac: &'ast syn::Macro) {
        let is_tr = mac
            .path
            .segments
            .last()
            .is_some_and(|segment| segment.ident == "tr");
        if is_tr {
            let line = mac
                .path
                .segments
                .last()
                .map_or(0, |segment| segment.ident.span().start().line);
            self.call(mac.tokens.clone(), line);
        }
        // Calls inside the arguments: `format!("{}", tr!("key"))`.
        self.tokens(&mac.tokens);
    }

    fn visit_lit_str(&mut self, literal: &'ast syn::LitStr) {
        self.literals.insert(literal.value());
    }
}

/// The `tr!` calls in every file under `src/`, the malformed ones, and each file's string
/// literals. A file that cannot be read or parsed fails the test.
fn calls_in_source() -> (Vec<Call>, Vec<String>, BTreeMap<String, BTreeSet<String>>) {
    let mut calls = Vec::new();
    let mut malformed = Vec::new();
    let mut literals = BTreeMap::new();
    for (name, text) in source::rust_files("src") {
        let syntax = source::parse(&name, &text);
        let mut finder = Finder {
            file: &name,
            calls: Vec::new(),
            malformed: Vec::new(),
            literals: BTreeSet::new(),
        };
        finder.visit_file(&syntax);
        calls.extend(finder.calls);
        malformed.extend(finder.malformed);
        literals.insert(name.clone(), finder.literals);
    }
    calls.sort_by(|a, b| (&a.file, a.line).cmp(&(&b.file, b.line)));
    (calls, malformed, literals)
}

/// Every message of `language`, from all its files.
fn messages_in(language: Language) -> Messages {
    SOURCES
        .iter()
        .filter(|(of, ..)| *of == language)
        .flat_map(|(_, file, text)| messages(file, text))
        .collect()
}

/// What is wrong with `call` using `key`: missing in a language, or other placeholders.
/// With `shared`, the call serves several keys (held in a variable): a message may leave
/// out a placeholder the others use, but never use one the call does not pass. Returns
/// the placeholders the message uses, in any language.
fn check_key(
    call: &Call,
    key: &str,
    shared: bool,
    languages: &[(Language, Messages)],
    problems: &mut Vec<String>,
) -> BTreeSet<String> {
    let mut all_used = BTreeSet::new();
    for (language, messages) in languages {
        let code = language.code();
        let Some(used) = messages.get(key) else {
            problems.push(format!(
                "{}:{}: {key}: no such message in locales/{code}",
                call.file, call.line
            ));
            continue;
        };
        all_used.extend(used.iter().cloned());
        let fits = if shared {
            used.is_subset(&call.passed)
        } else {
            *used == call.passed
        };
        if !fits {
            problems.push(format!(
                "{}:{}: {key}: passes {:?}, but locales/{code} uses {:?}",
                call.file, call.line, call.passed, used
            ));
        }
    }
    all_used
}

/// Every `tr!` in the source names a message that exists in both languages and passes
/// exactly the placeholders it uses, in both; a key held in a variable is listed in
/// [`KEYS_IN_VARIABLES`], and every key it may hold is checked the same way (except that
/// one of them may leave out a placeholder that another uses).
#[test]
fn every_tr_in_the_code_names_a_message_with_the_placeholders_it_passes() {
    let languages: Vec<(Language, Messages)> = Language::ALL
        .iter()
        .map(|&language| (language, messages_in(language)))
        .collect();
    let (calls, malformed, literals) = calls_in_source();
    assert!(malformed.is_empty(), "{}", malformed.join("\n"));
    assert!(calls.len() > 500, "only {} tr! calls found", calls.len());
    let mut problems = Vec::new();
    let mut listed_and_used = BTreeSet::new();
    for call in &calls {
        match &call.key {
            Key::Literal(key) => {
                check_key(call, key, false, &languages, &mut problems);
            }
            Key::Variable(expression) => {
                let listed = KEYS_IN_VARIABLES
                    .iter()
                    .find(|(file, written, _)| *file == call.file && written == expression);
                let Some(&(file, written, prefix)) = listed else {
                    problems.push(format!(
                        "{}:{}: the key is in `{expression}`: list it in KEYS_IN_VARIABLES \
                         with the prefix of the keys it holds",
                        call.file, call.line
                    ));
                    continue;
                };
                listed_and_used.insert((file, written));
                let keys: Vec<&String> = literals[file]
                    .iter()
                    .filter(|literal| is_key_after(literal, prefix))
                    .collect();
                if keys.is_empty() {
                    problems.push(format!(
                        "{}:{}: no string in {file} starts with {prefix}",
                        call.file, call.line
                    ));
                }
                let mut used = BTreeSet::new();
                for key in keys {
                    used.extend(check_key(call, key, true, &languages, &mut problems));
                }
                for unused in call.passed.difference(&used) {
                    problems.push(format!(
                        "{}:{}: passes {unused}, which no message starting with {prefix} uses",
                        call.file, call.line
                    ));
                }
            }
        }
    }
    for (file, written, _) in KEYS_IN_VARIABLES {
        if !listed_and_used.contains(&(*file, *written)) {
            problems.push(format!(
                "KEYS_IN_VARIABLES: no tr!({written}, …) in {file}: remove the entry"
            ));
        }
    }
    assert!(
        problems.is_empty(),
        "tr! calls that do not match the Fluent files:\n{}",
        problems.join("\n")
    );
}
