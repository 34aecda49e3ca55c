//! Architecture invariants, checked on the parsed source tree (in the spirit of
//! rust-analyzer's tidy tests). See ARCHITECTURE.md.
//!
//! Every file under `src/` is parsed with `syn`. From the `mod` declarations comes the
//! module tree; from every `use` and every path written in the code (`crate::…`,
//! `super::…`, `self::…`, a child module's name, a name brought in by `use`) comes the
//! graph of which file refers to which. A path to an item (`crate::model::Journey`) stands
//! for the deepest module file it passes through (`src/model/mod.rs`). Paths inside a
//! macro's arguments are read from its tokens.

use std::collections::{BTreeMap, BTreeSet, VecDeque};
use std::path::PathBuf;
use std::sync::OnceLock;

use proc_macro2::{Delimiter, Span, TokenStream, TokenTree};
use syn::visit::Visit;

mod common;
use common::source::{name_of, parse, root, rust_files};

/// The most lines a file under `src/` may have.
const MAX_LINES: usize = 600;

/// The crate, read once for all the tests.
fn polku() -> &'static Crate {
    static CRATE: OnceLock<Crate> = OnceLock::new();
    CRATE.get_or_init(Crate::read)
}

fn line(span: Span) -> usize {
    span.start().line
}

/// Whether `attrs` hold `#[cfg(test)]` (or a `cfg` that holds only under test) or
/// `#[test]`: what they are on is compiled only for tests.
fn only_for_tests(attrs: &[syn::Attribute]) -> bool {
    attrs.iter().any(|attr| {
        if attr.path().is_ident("test") {
            return true;
        }
        if !attr.path().is_ident("cfg") {
            return false;
        }
        attr.parse_args::<syn::Meta>()
            .is_ok_and(|meta| cfg_needs_test(&meta))
    })
}

/// Whether the `cfg` predicate `meta` can only hold when compiling tests.
fn cfg_needs_test(meta: &syn::Meta) -> bool {
    match meta {
        syn::Meta::Path(path) => path.is_ident("test"),
        syn::Meta::List(list) if list.path.is_ident("all") => list
            .parse_args_with(
                syn::punctuated::Punctuated::<syn::Meta, syn::Token![,]>::parse_terminated,
            )
            .is_ok_and(|all| all.iter().any(cfg_needs_test)),
        _ => false,
    }
}

/// A path written in a file: `crate::model::Journey`, `super::draw`, `egui::Ui`.
#[derive(Clone, Debug)]
struct Written {
    /// The module whose scope it is written in (inline modules included).
    scope: Vec<String>,
    segments: Vec<String>,
    line: usize,
    /// Written in a `use` (where `use super::*` names a module by one segment).
    in_use: bool,
    /// In code compiled only for tests.
    test: bool,
}

impl Written {
    fn text(&self) -> String {
        self.segments.join("::")
    }
}

/// What a file says, read from its syntax.
#[derive(Default)]
struct Found {
    paths: Vec<Written>,
    /// `use` items: in which scope, the name bound (none for a glob), the path.
    imports: Vec<(Vec<String>, Option<String>, Vec<String>)>,
    /// Lines of `.unwrap()`, `.expect(…)`, `Option::unwrap` and the like outside tests.
    unwraps: Vec<usize>,
    /// Lines of `#[ignore]` without a reason.
    bare_ignores: Vec<usize>,
    /// `#[macro_export]` macros: reached as `crate::name`.
    exported_macros: Vec<String>,
}

/// Walks one file's syntax, keeping track of the module and of test-only code.
struct Reader<'a> {
    scope: Vec<String>,
    test: bool,
    found: &'a mut Found,
}

impl Reader<'_> {
    fn path(&mut self, segments: Vec<String>, line: usize, in_use: bool) {
        if segments.is_empty() {
            return;
        }
        self.found.paths.push(Written {
            scope: self.scope.clone(),
            segments,
            line,
            in_use,
            test: self.test,
        });
    }

    fn unwrap(&mut self, line: usize) {
        if !self.test {
            self.found.unwraps.push(line);
        }
    }

    /// `use` trees, one path for each name they bring in.
    fn use_tree(&mut self, tree: &syn::UseTree, prefix: &mut Vec<String>) {
        match tree {
            syn::UseTree::Path(path) => {
                prefix.push(path.ident.to_string());
                self.use_tree(&path.tree, prefix);
                prefix.pop();
            }
            syn::UseTree::Name(name) => {
                self.import(prefix, &name.ident, &name.ident, line(name.ident.span()));
            }
            syn::UseTree::Rename(rename) => {
                self.import(
                    prefix,
                    &rename.ident,
                    &rename.rename,
                    line(rename.ident.span()),
                );
            }
            syn::UseTree::Glob(glob) => {
                let full = prefix.clone();
                self.found
                    .imports
                    .push((self.scope.clone(), None, full.clone()));
                self.path(full, line(glob.star_token.span), true);
            }
            syn::UseTree::Group(group) => {
                for tree in &group.items {
                    self.use_tree(tree, prefix);
                }
            }
        }
    }

    fn import(&mut self, prefix: &[String], ident: &syn::Ident, bound: &syn::Ident, line: usize) {
        let mut full = prefix.to_vec();
        if ident != "self" {
            full.push(ident.to_string());
        }
        let bound = if bound == "self" {
            full.last().cloned()
        } else {
            Some(bound.to_string())
        };
        if bound.as_deref() != Some("_") {
            self.found
                .imports
                .push((self.scope.clone(), bound, full.clone()));
        }
        self.path(full, line, true);
    }

    /// Tokens syn leaves unparsed (a macro's arguments, an attribute's list): paths of two
    /// segments or more, `.unwrap()` and `.expect(…)`, and attributes.
    fn tokens(&mut self, tokens: &TokenStream) {
        let tokens: Vec<TokenTree> = tokens.clone().into_iter().collect();
        let punct = |index: usize, c: char| matches!(tokens.get(index), Some(TokenTree::Punct(p)) if p.as_char() == c);
        let mut index = 0;
        while index < tokens.len() {
            match &tokens[index] {
                TokenTree::Group(group) => {
                    if group.delimiter() == Delimiter::Bracket && index > 0 && punct(index - 1, '#')
                    {
                        self.attribute_tokens(&group.stream(), line(group.span()));
                    }
                    self.tokens(&group.stream());
                    index += 1;
                }
                TokenTree::Ident(ident) => {
                    let after_dot = index > 0 && punct(index - 1, '.');
                    let mut segments = vec![ident.to_string()];
                    let mut next = index + 1;
                    while punct(next, ':')
                        && punct(next + 1, ':')
                        && let Some(TokenTree::Ident(part)) = tokens.get(next + 2)
                    {
                        segments.push(part.to_string());
                        next += 3;
                    }
                    let called = matches!(
                        tokens.get(next),
                        Some(TokenTree::Group(g)) if g.delimiter() == Delimiter::Parenthesis
                    );
                    if after_dot && called && (ident == "unwrap" || ident == "expect") {
                        self.unwrap(line(ident.span()));
                    }
                    if !after_dot && segments.len() > 1 {
                        if unwraps_by_path(&segments) {
                            self.unwrap(line(ident.span()));
                        }
                        self.path(segments, line(ident.span()), false);
                    }
                    index = next;
                }
                TokenTree::Punct(_) | TokenTree::Literal(_) => index += 1,
            }
        }
    }

    /// The inside of `#[…]` met in tokens: `ignore` without a reason.
    fn attribute_tokens(&mut self, inside: &TokenStream, line: usize) {
        let tokens: Vec<TokenTree> = inside.clone().into_iter().collect();
        if let [TokenTree::Ident(ident)] = tokens.as_slice()
            && ident == "ignore"
        {
            self.found.bare_ignores.push(line);
        }
    }
}

/// `Option::unwrap`, `Result::expect` and the like, passed as functions.
fn unwraps_by_path(segments: &[String]) -> bool {
    match segments {
        [.., of, method] => {
            (of == "Option" || of == "Result") && (method == "unwrap" || method == "expect")
        }
        _ => false,
    }
}

impl<'ast> Visit<'ast> for Reader<'_> {
    fn visit_item(&mut self, item: &'ast syn::Item) {
        let attrs: &[syn::Attribute] = match item {
            syn::Item::Const(i) => &i.attrs,
            syn::Item::Enum(i) => &i.attrs,
            syn::Item::Fn(i) => &i.attrs,
            syn::Item::Impl(i) => &i.attrs,
            syn::Item::Macro(i) => &i.attrs,
            syn::Item::Mod(i) => &i.attrs,
            syn::Item::Static(i) => &i.attrs,
            syn::Item::Struct(i) => &i.attrs,
            syn::Item::Trait(i) => &i.attrs,
            syn::Item::Type(i) => &i.attrs,
            syn::Item::Use(i) => &i.attrs,
            _ => &[],
        };
        let was = self.test;
        self.test |= only_for_tests(attrs);
        syn::visit::visit_item(self, item);
        self.test = was;
    }

    fn visit_impl_item(&mut self, item: &'ast syn::ImplItem) {
        let attrs: &[syn::Attribute] = match item {
            syn::ImplItem::Const(i) => &i.attrs,
            syn::ImplItem::Fn(i) => &i.attrs,
            syn::ImplItem::Type(i) => &i.attrs,
            syn::ImplItem::Macro(i) => &i.attrs,
            _ => &[],
        };
        let was = self.test;
        self.test |= only_for_tests(attrs);
        syn::visit::visit_impl_item(self, item);
        self.test = was;
    }

    fn visit_item_mod(&mut self, item: &'ast syn::ItemMod) {
        // A module in a file of its own is read with that file; `mod x;` is not a use.
        if item.content.is_some() {
            self.scope.push(item.ident.to_string());
            syn::visit::visit_item_mod(self, item);
            self.scope.pop();
        }
    }

    fn visit_item_use(&mut self, item: &'ast syn::ItemUse) {
        self.use_tree(&item.tree, &mut Vec::new());
    }

    fn visit_item_macro(&mut self, item: &'ast syn::ItemMacro) {
        if let Some(name) = &item.ident
            && item
                .attrs
                .iter()
                .any(|attr| attr.path().is_ident("macro_export"))
        {
            self.found.exported_macros.push(name.to_string());
        }
        syn::visit::visit_item_macro(self, item);
    }

    fn visit_path(&mut self, path: &'ast syn::Path) {
        let segments: Vec<String> = path
            .segments
            .iter()
            .map(|segment| segment.ident.to_string())
            .collect();
        if unwraps_by_path(&segments) {
            self.unwrap(line(path.segments[0].ident.span()));
        }
        if let Some(first) = path.segments.first() {
            self.path(segments, line(first.ident.span()), false);
        }
        syn::visit::visit_path(self, path);
    }

    fn visit_expr_method_call(&mut self, call: &'ast syn::ExprMethodCall) {
        if call.method == "unwrap" || call.method == "expect" {
            self.unwrap(line(call.method.span()));
        }
        syn::visit::visit_expr_method_call(self, call);
    }

    fn visit_attribute(&mut self, attr: &'ast syn::Attribute) {
        if attr.path().is_ident("cfg_attr")
            && let Ok(list) = attr.parse_args_with(
                syn::punctuated::Punctuated::<syn::Meta, syn::Token![,]>::parse_terminated,
            )
            && list
                .iter()
                .any(|meta| meta.path().is_ident("ignore") && matches!(meta, syn::Meta::Path(_)))
        {
            self.found.bare_ignores.push(line(attr.pound_token.span));
        }
        if attr.path().is_ident("ignore") {
            let reason = match &attr.meta {
                syn::Meta::NameValue(value) => match &value.value {
                    syn::Expr::Lit(syn::ExprLit {
                        lit: syn::Lit::Str(text),
                        ..
                    }) => !text.value().trim().is_empty(),
                    _ => false,
                },
                _ => false,
            };
            if !reason {
                self.found.bare_ignores.push(line(attr.pound_token.span));
            }
        }
        syn::visit::visit_attribute(self, attr);
    }

    fn visit_token_stream(&mut self, tokens: &'ast TokenStream) {
        self.tokens(tokens);
    }
}

/// One module of polku: the file it is written in.
#[derive(Debug)]
struct Module {
    file: String,
    children: BTreeSet<String>,
    /// Declared under `#[cfg(test)]`, or inside such a module.
    test: bool,
}

/// A file's reference to another file.
#[derive(Clone, Debug)]
struct Reference {
    from: String,
    line: usize,
    to: String,
    written: String,
    test: bool,
}

/// Everything the tests know of the source.
struct Crate {
    /// Every file under `src/`: its text.
    texts: BTreeMap<String, String>,
    /// Every file under `src/` and `tests/`: what its syntax says.
    found: BTreeMap<String, Found>,
    /// The library's modules, by path (`[]` is `lib.rs`).
    modules: BTreeMap<Vec<String>, Module>,
    references: Vec<Reference>,
}

/// Where a file sits in the crates: the binary's root, or a module of the library.
enum Place {
    Binary,
    Library(Vec<String>),
}

impl Crate {
    fn read() -> Self {
        let texts = rust_files("src");
        let syntax: BTreeMap<String, syn::File> = texts
            .iter()
            .map(|(name, text)| (name.clone(), parse(name, text)))
            .collect();
        let mut modules = BTreeMap::new();
        let lib = "src/lib.rs".to_owned();
        let Some(lib_syntax) = syntax.get(&lib) else {
            panic!("src/lib.rs is missing");
        };
        declare(
            &syntax,
            &mut modules,
            Vec::new(),
            &lib,
            &lib_syntax.items,
            root().join("src"),
            false,
        );
        let mut found = BTreeMap::new();
        let mut places = BTreeMap::new();
        for (path, module) in &modules {
            if module_is_file(&modules, path) {
                places.insert(module.file.clone(), Place::Library(path.clone()));
            }
        }
        places.insert("src/main.rs".to_owned(), Place::Binary);
        for (name, file) in &syntax {
            let (scope, test) = match places.get(name) {
                Some(Place::Library(path)) => (path.clone(), modules[path].test),
                // A file outside the module tree is still read for its own rules.
                Some(Place::Binary) | None => (Vec::new(), false),
            };
            found.insert(name.clone(), read_syntax(file, scope, test));
        }
        for (name, text) in rust_files("tests") {
            let file = parse(&name, &text);
            found.insert(name, read_syntax(&file, Vec::new(), true));
        }
        let mut polku = Self {
            texts,
            found,
            modules,
            references: Vec::new(),
        };
        polku.references = polku.resolve_all(&places);
        polku
    }

    fn resolve_all(&self, places: &BTreeMap<String, Place>) -> Vec<Reference> {
        let mut exported = BTreeMap::new();
        for (name, found) in &self.found {
            if name.starts_with("src/") {
                for exported_macro in &found.exported_macros {
                    exported.insert(exported_macro.clone(), name.clone());
                }
            }
        }
        let mut references = Vec::new();
        for (from, place) in places {
            let found = &self.found[from];
            for written in &found.paths {
                // One segment outside `use` is a local name or an item brought in by a
                // `use` already counted, never a module.
                if written.segments.len() < 2 && !written.in_use {
                    continue;
                }
                let absolute = match place {
                    Place::Binary => match written.segments.split_first() {
                        Some((first, rest)) if first == "polku" => Some(rest.to_vec()),
                        _ => None,
                    },
                    Place::Library(_) => self.absolute(found, &written.scope, &written.segments, 0),
                };
                let Some(absolute) = absolute else { continue };
                let to = self.file_of(&absolute, &exported);
                if to != *from {
                    references.push(Reference {
                        from: from.clone(),
                        line: written.line,
                        to,
                        written: written.text(),
                        test: written.test,
                    });
                }
            }
        }
        references
    }

    /// The path of the library's item that `segments`, written in module `scope` of the
    /// file that `found` describes, names; none for another crate or a local name.
    fn absolute(
        &self,
        found: &Found,
        scope: &[String],
        segments: &[String],
        depth: usize,
    ) -> Option<Vec<String>> {
        let (first, rest) = segments.split_first()?;
        let mut base = match first.as_str() {
            "crate" | "polku" => Vec::new(),
            "self" => scope.to_vec(),
            "super" => {
                let mut base = scope.to_vec();
                let mut rest = rest;
                base.pop()?;
                while let Some((next, after)) = rest.split_first()
                    && next == "super"
                {
                    base.pop()?;
                    rest = after;
                }
                base.extend(rest.iter().cloned());
                return Some(base);
            }
            _ => {
                if depth > 4 {
                    return None;
                }
                return self.in_scope(found, scope, first, depth).map(|mut base| {
                    base.extend(rest.iter().cloned());
                    base
                });
            }
        };
        base.extend(rest.iter().cloned());
        Some(base)
    }

    /// What the name `first` stands for in module `scope`: a child module, a name brought
    /// in by `use`, or one brought in by a glob `use` of a module of polku.
    fn in_scope(
        &self,
        found: &Found,
        scope: &[String],
        first: &str,
        depth: usize,
    ) -> Option<Vec<String>> {
        if self
            .modules
            .get(scope)
            .is_some_and(|module| module.children.contains(first))
        {
            let mut path = scope.to_vec();
            path.push(first.to_owned());
            return Some(path);
        }
        let imports = found
            .imports
            .iter()
            .filter(|(of, ..)| of.as_slice() == scope);
        for (_, bound, path) in imports.clone() {
            if bound.as_deref() == Some(first) {
                return self.absolute(found, scope, path, depth + 1);
            }
        }
        for (_, bound, path) in imports {
            if bound.is_some() {
                continue;
            }
            let Some(module) = self.absolute(found, scope, path, depth + 1) else {
                continue;
            };
            let Some(declared) = self.modules.get(&module) else {
                continue;
            };
            if declared.children.contains(first) {
                let mut path = module;
                path.push(first.to_owned());
                return Some(path);
            }
            if let Some(other) = self.found.get(&declared.file)
                && let Some(path) = self.in_scope(other, &module, first, depth + 1)
            {
                return Some(path);
            }
        }
        None
    }

    /// The file of the deepest module on `path`; a `#[macro_export]` macro's file.
    fn file_of(&self, path: &[String], exported: &BTreeMap<String, String>) -> String {
        let mut module = Vec::new();
        for segment in path {
            module.push(segment.clone());
            if !self.modules.contains_key(&module) {
                module.pop();
                if module.is_empty()
                    && let Some(file) = exported.get(segment)
                {
                    return file.clone();
                }
                break;
            }
        }
        self.modules[&module].file.clone()
    }

    /// The file of `name`'s module path, or none outside the library.
    fn module_path_of(&self, name: &str) -> Option<&Vec<String>> {
        self.modules
            .iter()
            .find(|(path, module)| module.file == name && module_is_file(&self.modules, path))
            .map(|(path, _)| path)
    }

    /// The files under `src/` whose names start with `prefix`.
    fn files_under<'a>(&'a self, prefix: &'a str) -> impl Iterator<Item = &'a String> + 'a {
        self.texts
            .keys()
            .filter(move |name| name.starts_with(prefix))
    }

    /// Paths written in the files under `prefix` that start with one of `roots` (each a
    /// path such as `std::fs`), or hold a segment in `names`, whatever `use` brought them.
    fn paths_naming(&self, prefix: &str, roots: &[&str], names: &[&str]) -> Vec<String> {
        let mut lines = BTreeSet::new();
        for file in self.files_under(prefix) {
            for written in &self.found[file].paths {
                let text = written.text();
                let text = text.trim_start_matches("::");
                let named_root = roots
                    .iter()
                    .any(|root| text == *root || text.starts_with(&format!("{root}::")));
                let named = written
                    .segments
                    .iter()
                    .any(|segment| names.contains(&segment.as_str()));
                if named_root || named {
                    lines.insert((file.clone(), written.line, text.to_owned()));
                }
            }
        }
        lines
            .into_iter()
            .map(|(file, line, text)| format!("{file}:{line}: {text}"))
            .collect()
    }
}

/// Whether the module at `path` is the first one its file holds (not inline).
fn module_is_file(modules: &BTreeMap<Vec<String>, Module>, path: &[String]) -> bool {
    match path.split_last() {
        None => true,
        Some((_, parent)) => modules[parent].file != modules[path].file,
    }
}

fn read_syntax(file: &syn::File, scope: Vec<String>, test: bool) -> Found {
    let mut found = Found::default();
    let mut reader = Reader {
        scope,
        test,
        found: &mut found,
    };
    reader.visit_file(file);
    found
}

/// Adds the module at `path`, written in `file` as `items`, and every module it declares.
fn declare(
    syntax: &BTreeMap<String, syn::File>,
    modules: &mut BTreeMap<Vec<String>, Module>,
    path: Vec<String>,
    file: &str,
    items: &[syn::Item],
    folder: PathBuf,
    test: bool,
) {
    let mut children = BTreeSet::new();
    for item in items {
        let syn::Item::Mod(declared) = item else {
            continue;
        };
        let name = declared.ident.to_string();
        children.insert(name.clone());
        let mut child = path.clone();
        child.push(name.clone());
        let test = test || only_for_tests(&declared.attrs);
        if let Some((_, items)) = &declared.content {
            declare(
                syntax,
                modules,
                child,
                file,
                items,
                folder.join(&name),
                test,
            );
            continue;
        }
        let flat = folder.join(format!("{name}.rs"));
        let nested = folder.join(&name).join("mod.rs");
        let child_file = [flat, nested]
            .into_iter()
            .map(|candidate| name_of(&candidate))
            .find(|candidate| syntax.contains_key(candidate))
            .unwrap_or_else(|| {
                panic!(
                    "{file}:{}: mod {name}: neither {name}.rs nor {name}/mod.rs is there",
                    line(declared.ident.span())
                )
            });
        let child_syntax = &syntax[&child_file];
        declare(
            syntax,
            modules,
            child,
            &child_file,
            &child_syntax.items,
            folder.join(&name),
            test,
        );
    }
    modules.insert(
        path,
        Module {
            file: file.to_owned(),
            children,
            test,
        },
    );
}

/// The layers, lowest first, from the one line of the "Layers" section of
/// ARCHITECTURE.md that names them: `i18n < model < io < ui < app < cli`.
fn layers() -> Vec<String> {
    let path = root().join("ARCHITECTURE.md");
    let text = std::fs::read_to_string(&path)
        .unwrap_or_else(|error| panic!("cannot read {}: {error}", path.display()));
    let section: Vec<&str> = text
        .lines()
        .skip_while(|line| line.trim() != "## Layers")
        .skip(1)
        .take_while(|line| !line.starts_with("## "))
        .filter(|line| line.contains(" < "))
        .collect();
    let [line] = section.as_slice() else {
        panic!(
            "ARCHITECTURE.md needs a \"## Layers\" section with exactly one line like \
             `i18n < model < io`, lowest first; found {section:?}"
        );
    };
    let layers: Vec<String> = line
        .trim()
        .trim_matches('`')
        .split('<')
        .map(|layer| layer.trim().to_owned())
        .collect();
    assert!(
        layers.iter().all(|layer| !layer.is_empty()
            && layer
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')),
        "ARCHITECTURE.md: the Layers line should be module names joined by ` < `: {line}"
    );
    layers
}

/// The layer of a file: the top module it belongs to (none for `lib.rs` and `main.rs`,
/// above every layer).
fn layer_of(polku: &Crate, file: &str) -> Option<String> {
    polku.module_path_of(file)?.first().cloned()
}

fn report(problems: &[String]) -> String {
    problems.join("\n")
}

#[test]
fn every_file_under_src_is_a_module_of_polku() {
    let polku = polku();
    assert!(polku.modules.len() >= 50, "the module tree is too small");
    let declared: BTreeSet<&String> = polku.modules.values().map(|m| &m.file).collect();
    let stray: Vec<String> = polku
        .texts
        .keys()
        .filter(|name| *name != "src/main.rs" && !declared.contains(name))
        .map(|name| format!("{name}: no `mod` declares it, so nothing checks or builds it"))
        .collect();
    assert!(stray.is_empty(), "{}", report(&stray));
}

#[test]
fn each_layer_uses_only_itself_and_the_layers_below() {
    let polku = polku();
    let layers = layers();
    let rank = |layer: &str| layers.iter().position(|l| l == layer);
    let mut problems = Vec::new();
    for module in polku.modules.keys().filter(|path| path.len() == 1) {
        if rank(&module[0]).is_none() {
            problems.push(format!(
                "src/{}: not in the Layers line of ARCHITECTURE.md",
                module[0]
            ));
        }
    }
    assert!(
        polku.references.len() > 100,
        "too few references were found"
    );
    for reference in &polku.references {
        let (Some(from), Some(to)) = (
            layer_of(polku, &reference.from),
            layer_of(polku, &reference.to),
        ) else {
            continue;
        };
        if let (Some(from_rank), Some(to_rank)) = (rank(&from), rank(&to))
            && to_rank > from_rank
        {
            problems.push(format!(
                "{}:{}: {} ({from}) uses {} ({to}), a layer above it",
                reference.from, reference.line, reference.written, reference.to
            ));
        }
    }
    assert!(
        problems.is_empty(),
        "layers, lowest first: {}; each may use only itself and those below:\n{}",
        layers.join(" < "),
        report(&problems)
    );
}

#[test]
fn no_file_refers_back_to_itself_through_others() {
    // Code compiled only for tests is left out: a unit test beside a panel's part drives
    // the whole panel through a test bench, which is how it is meant to be tested, and
    // is no part of what polku is built of.
    let polku = polku();
    let program: Vec<Reference> = polku
        .references
        .iter()
        .filter(|reference| !reference.test)
        .cloned()
        .collect();
    let cycles = cycles(&program);
    assert!(
        cycles.is_empty(),
        "files that refer to each other (move what both need into a file of its own or \
         to the lower side):\n{}",
        report(&cycles)
    );
}

/// The cycles of the file graph, grouped by the files that refer to each other: a line
/// naming them, then each cycle among them as a chain of files with the line of each
/// reference, shortest first. For every reference that some way leads back from, the
/// shortest such way is given, each cycle once; so every pair of files that refer to
/// each other is named.
fn cycles(references: &[Reference]) -> Vec<String> {
    // The first line where one file refers to another.
    let mut edges: BTreeMap<&str, BTreeMap<&str, &Reference>> = BTreeMap::new();
    let mut backward: BTreeMap<&str, BTreeSet<&str>> = BTreeMap::new();
    for reference in references {
        edges
            .entry(&reference.from)
            .or_default()
            .entry(&reference.to)
            .and_modify(|first| {
                if reference.line < first.line {
                    *first = reference;
                }
            })
            .or_insert(reference);
        backward
            .entry(&reference.to)
            .or_default()
            .insert(&reference.from);
    }
    let forward: BTreeMap<&str, BTreeSet<&str>> = edges
        .iter()
        .map(|(&from, targets)| (from, targets.keys().copied().collect()))
        .collect();
    let mut seen = BTreeSet::new();
    // The files that refer to each other → the cycles among them.
    let mut groups: BTreeMap<BTreeSet<&str>, Vec<Vec<&str>>> = BTreeMap::new();
    for (&from, targets) in &edges {
        for &to in targets.keys() {
            let Some(mut cycle) = shortest_way(&edges, to, from) else {
                continue;
            };
            // `from` closes the cycle; the same cycle met from another of its references
            // is reported once.
            cycle.insert(0, from);
            cycle.pop();
            if let Some(smallest) = (0..cycle.len()).min_by_key(|&i| cycle[i]) {
                cycle.rotate_left(smallest);
            }
            if seen.insert(cycle.clone()) {
                let group = &reach(&forward, from) & &reach(&backward, from);
                groups.entry(group).or_default().push(cycle);
            }
        }
    }
    let mut lines = Vec::new();
    for (group, mut cycles) in groups {
        let files: Vec<&str> = group.into_iter().collect();
        lines.push(format!("{} refer to each other:", files.join(", ")));
        cycles.sort_by(|a, b| (a.len(), a).cmp(&(b.len(), b)));
        for cycle in cycles {
            let mut chain = String::from("    ");
            for (i, file) in cycle.iter().enumerate() {
                let next = cycle[(i + 1) % cycle.len()];
                let reference = edges[file][next];
                chain.push_str(&format!(
                    "{file}:{} ({}) → ",
                    reference.line, reference.written
                ));
            }
            chain.push_str(cycle[0]);
            lines.push(chain);
        }
    }
    lines
}

/// Every file that `start` leads to through `edges`, itself included.
fn reach<'a>(edges: &BTreeMap<&'a str, BTreeSet<&'a str>>, start: &'a str) -> BTreeSet<&'a str> {
    let mut found = BTreeSet::from([start]);
    let mut stack = vec![start];
    while let Some(file) = stack.pop() {
        for &next in edges.get(file).into_iter().flatten() {
            if found.insert(next) {
                stack.push(next);
            }
        }
    }
    found
}

/// The shortest chain of files from `start` to `end` (both in it), breadth first.
fn shortest_way<'a>(
    edges: &BTreeMap<&'a str, BTreeMap<&'a str, &Reference>>,
    start: &'a str,
    end: &'a str,
) -> Option<Vec<&'a str>> {
    let mut before: BTreeMap<&str, &str> = BTreeMap::new();
    let mut queue = VecDeque::from([start]);
    while let Some(file) = queue.pop_front() {
        if file == end {
            let mut way = vec![file];
            let mut file = file;
            while file != start {
                file = before[file];
                way.push(file);
            }
            way.reverse();
            return Some(way);
        }
        for &next in edges.get(file).into_iter().flat_map(|e| e.keys()) {
            if next != start && !before.contains_key(next) {
                before.insert(next, file);
                queue.push_back(next);
            }
        }
    }
    None
}

#[test]
fn no_file_is_too_long_to_read_in_one_sitting() {
    let polku = polku();
    let long: Vec<String> = polku
        .texts
        .iter()
        .filter(|(_, text)| text.lines().count() > MAX_LINES)
        .map(|(name, text)| format!("{name}: {} lines", text.lines().count()))
        .collect();
    assert!(
        long.is_empty(),
        "split these by concern, to {MAX_LINES} lines at most:\n{}",
        report(&long)
    );
}

#[test]
fn every_ignored_test_says_why() {
    let polku = polku();
    assert!(polku.found.keys().any(|name| name.starts_with("tests/")));
    let bare: Vec<String> = polku
        .found
        .iter()
        .flat_map(|(name, found)| {
            found
                .bare_ignores
                .iter()
                .map(move |line| format!("{name}:{line}: #[ignore]"))
        })
        .collect();
    assert!(
        bare.is_empty(),
        "say why a test is ignored: #[ignore = \"why\"]:\n{}",
        report(&bare)
    );
}

#[test]
fn the_model_knows_nothing_of_egui_or_files() {
    // `emath` (egui's geometry, no UI) is allowed: the layout uses its points and
    // rectangles, so the canvas and the picture export share one layout.
    let polku = polku();
    assert!(polku.files_under("src/model/").count() >= 5);
    let found = polku.paths_naming(
        "src/model/",
        &["egui", "eframe", "rfd", "std::fs", "tempfile"],
        &[],
    );
    assert!(
        found.is_empty(),
        "model/ must stay pure:\n{}",
        report(&found)
    );
}

#[test]
fn graph_indices_never_leave_the_model() {
    let polku = polku();
    let mut found = Vec::new();
    for folder in ["src/io/", "src/ui/", "src/app/", "src/cli/", "src/i18n/"] {
        assert!(polku.files_under(folder).count() > 0, "{folder} is empty");
        found.extend(polku.paths_naming(folder, &["petgraph"], &["NodeIndex", "EdgeIndex"]));
    }
    assert!(
        found.is_empty(),
        "use TouchpointId and LinkId outside model/:\n{}",
        report(&found)
    );
}

#[test]
fn the_io_layer_does_not_draw() {
    let found = polku().paths_naming("src/io/", &["egui", "eframe"], &[]);
    assert!(
        found.is_empty(),
        "io/ must not use egui:\n{}",
        report(&found)
    );
}

#[test]
fn every_module_says_what_it_is() {
    let missing: Vec<String> = polku()
        .texts
        .iter()
        .filter(|(_, text)| {
            let text = text.trim_start();
            !text.starts_with("//!") || text.lines().next().is_some_and(|l| l.trim() == "//!")
        })
        .map(|(name, _)| format!("{name}:1"))
        .collect();
    assert!(
        missing.is_empty(),
        "start these with a //! line saying what the module is:\n{}",
        report(&missing)
    );
}

#[test]
fn nothing_unwraps_outside_tests() {
    let polku = polku();
    let found: Vec<String> = polku
        .files_under("src/")
        .flat_map(|name| {
            polku.found[name]
                .unwraps
                .iter()
                .map(move |line| format!("{name}:{line}"))
        })
        .collect();
    assert!(
        found.is_empty(),
        "handle these errors (unwrap and expect are for tests):\n{}",
        report(&found)
    );
}
