//! `cargo run -p xtask -- catalog <wechatpay-openapi dir> [--check]`
//!
//! Generates the typed endpoint catalog (`wxpay/src/catalog/`), its tests
//! (`tests/tests/catalog_generated.rs`) and `ENDPOINTS.md` from the API description, the names
//! table (`xtask/names/*.toml`) and the corrections (`xtask/corrections/*.toml`), one file per family. See `xtask/README.md`.

mod config;
mod emit;
mod model;
mod spec;
mod testgen;

use std::collections::{BTreeMap, BTreeSet};
use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode, Stdio};

use config::{Corrections, Names};

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("catalog") => {
            let check = args.iter().any(|a| a == "--check");
            match args.iter().skip(1).find(|a| !a.starts_with("--")) {
                Some(spec) => catalog(Path::new(spec), check),
                None => Err(usage()),
            }
        }
        _ => Err(usage()),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("xtask: {e}");
            ExitCode::FAILURE
        }
    }
}

fn usage() -> String {
    "usage: cargo run -p xtask -- catalog <path to wechatpay-openapi> [--check]".into()
}

fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .map(Path::to_path_buf)
        .unwrap_or_default()
}

/// `wxpay/Cargo.toml` with its catalog features (one per family, and `full`) rewritten between
/// the `# BEGIN catalog families` and `# END catalog families` lines.
/// The families with an upload whose `meta` carries an SM3 digest: their feature enables
/// `wxpay-core/sm3`.
fn sm3_families(modules: &BTreeMap<String, emit::Module>) -> BTreeSet<String> {
    modules
        .iter()
        .filter(|(_, m)| {
            m.endpoints.iter().any(|ep| {
                ep.request
                    .fields
                    .iter()
                    .any(|f| f.derive == Some(emit::Derived::Sm3))
            })
        })
        .map(|(path, _)| path.split("::").next().unwrap_or_default().to_owned())
        .collect()
}

fn feature_block(
    manifest: &str,
    docs: &BTreeMap<String, String>,
    sm3: &BTreeSet<String>,
) -> Result<String, String> {
    let begin = manifest
        .find("# BEGIN catalog families")
        .ok_or("wxpay/Cargo.toml: no `# BEGIN catalog families` line")?;
    let begin = begin + manifest[begin..].find('\n').unwrap_or(0) + 1;
    let end = manifest
        .find("# END catalog families")
        .ok_or("wxpay/Cargo.toml: no `# END catalog families` line")?;
    let mut out = manifest[..begin].to_owned();
    let all: Vec<String> = docs.keys().map(|f| format!("\"{f}\"")).collect();
    out.push_str("## Every product family of the catalog.\n");
    out.push_str(&format!("full = [{}]\n", all.join(", ")));
    for (family, doc) in docs {
        let deps = if sm3.contains(family) {
            "\"wxpay-core/sm3\""
        } else {
            ""
        };
        out.push_str(&format!("## {doc}\n{family} = [{deps}]\n"));
    }
    out.push_str(&manifest[end..]);
    Ok(out)
}

/// Normalises `{any_name}` to `{}` so the names table and corrections match the description
/// whatever its placeholder names.
fn op_key(key: &str) -> String {
    let mut out = String::new();
    let mut depth = 0;
    for c in key.chars() {
        match c {
            '{' => {
                depth += 1;
                out.push('{');
            }
            '}' => {
                depth -= 1;
                out.push('}');
            }
            _ if depth > 0 => {}
            c => out.push(c),
        }
    }
    out
}

fn catalog(spec_dir: &Path, check: bool) -> Result<(), String> {
    let root = repo_root();
    let mut names = Names {
        family: None,
        ops: Vec::new(),
        others: Vec::new(),
    };
    let mut family_docs: BTreeMap<String, String> = BTreeMap::new();
    for (family, part) in config::read_dir_toml::<Names>(&root.join("xtask/names"))? {
        let Some(doc) = part.family else {
            return Err(format!(
                "xtask/names/{family}.toml: no `[family] doc = \"…\"` (the feature's documentation)"
            ));
        };
        family_docs.insert(family.clone(), doc.doc);
        for e in part.ops {
            if e.module.split("::").next() != Some(family.as_str()) {
                return Err(format!(
                    "xtask/names/{family}.toml: `{}` is in module `{}`; it belongs in that family's file",
                    e.op, e.module
                ));
            }
            names.ops.push(e);
        }
        names.others.extend(part.others);
    }
    let family_of: BTreeMap<String, String> = names
        .ops
        .iter()
        .map(|e| {
            let family = e.module.split("::").next().unwrap_or_default();
            (op_key(&e.op), family.to_owned())
        })
        .collect();
    let mut corrections = Corrections { fixes: Vec::new() };
    for (family, part) in config::read_dir_toml::<Corrections>(&root.join("xtask/corrections"))? {
        for f in part.fixes {
            match family_of.get(&op_key(&f.op)) {
                Some(fam) if *fam == family => corrections.fixes.push(f),
                Some(fam) => {
                    return Err(format!(
                        "xtask/corrections/{family}.toml: `{}` belongs in {fam}.toml",
                        f.op
                    ));
                }
                None => {
                    return Err(format!(
                        "xtask/corrections/{family}.toml: `{}` names an operation not in the names table",
                        f.op
                    ));
                }
            }
        }
    }
    let mut spec = spec::Spec::open(spec_dir)?;
    let source = source_line(spec_dir);
    let ops = model::operations(&mut spec)?;
    // Keyed without placeholder names; two files may differ only in them
    // (`…/{business_code}/cancel`, `…/{applyment_id}/cancel`): then the entry names them exactly.
    let mut by_key: BTreeMap<String, Vec<&model::Operation>> = BTreeMap::new();
    for o in &ops {
        by_key.entry(op_key(&o.key())).or_default().push(o);
    }
    let resolve = |op: &str| -> Result<&model::Operation, String> {
        match by_key.get(&op_key(op)).map(Vec::as_slice) {
            None | Some([]) => Err(format!("xtask/names: `{op}` is not in the description")),
            Some([one]) => Ok(*one),
            Some(many) => many.iter().copied().find(|o| o.key() == op).ok_or_else(|| {
                format!(
                    "xtask/names: `{op}` matches several operations of the description; write its placeholders as one of them does"
                )
            }),
        }
    };

    let mut modules: BTreeMap<String, emit::Module> = BTreeMap::new();
    // One model registry per product family (the first segment of the module path: a feature).
    let mut families: BTreeMap<String, std::rc::Rc<std::cell::RefCell<emit::Family>>> =
        BTreeMap::new();
    let mut seen_ops = BTreeSet::new();
    for e in &names.ops {
        let family = e.module.split("::").next().unwrap_or_default().to_owned();
        let family = families.entry(family).or_default().clone();
        let m = modules
            .entry(e.module.clone())
            .or_insert_with(|| emit::Module::new(&e.module, family));
        m.reserve(&e.name, true)?;
        if !seen_ops.insert(resolve(&e.op)?.key()) {
            return Err(format!("xtask/names: `{}` twice", e.op));
        }
    }
    for e in &names.ops {
        if let (Some(r), Some(m)) = (&e.response, modules.get_mut(&e.module)) {
            m.reserve(r, false)?;
        }
    }
    // Every operation of the description is in the names table, or covered otherwise.
    let mut covered = BTreeSet::new();
    for op in names
        .ops
        .iter()
        .map(|e| &e.op)
        .chain(names.others.iter().map(|o| &o.op))
    {
        covered.insert(resolve(op)?.key());
    }
    let missing: Vec<String> = ops
        .iter()
        .map(model::Operation::key)
        .filter(|k| !covered.contains(k))
        .collect();
    if !missing.is_empty() {
        return Err(format!(
            "operations of the description missing from xtask/names (add an `[[op]]`, or an `[[other]]` saying what covers it):\n  {}",
            missing
                .iter()
                .map(|k| k.as_str())
                .collect::<Vec<_>>()
                .join("\n  ")
        ));
    }
    let mut used = vec![false; corrections.fixes.len()];
    let mut problems: Vec<String> = corrections
        .fixes
        .iter()
        .filter_map(|f| config::validate(f).err())
        .collect();
    for e in &names.ops {
        let key = op_key(&e.op);
        let op = resolve(&e.op)?;
        if op.multipart {
            // A form field outside `meta` (one operation in the description): the macro's
            // multipart has only `meta` and file parts.
            eprintln!(
                "xtask: {} skipped: a multipart form field outside `meta` is not generated yet",
                e.op
            );
            for (i, f) in corrections.fixes.iter().enumerate() {
                if op_key(&f.op) == key {
                    used[i] = true;
                }
            }
            continue;
        }
        let mut op = (*op).clone();
        // Parents before children, so an added object can receive added fields.
        let mut order: Vec<usize> = (0..corrections.fixes.len()).collect();
        order.sort_by_key(|&i| corrections.fixes[i].field.matches('/').count());
        for i in order {
            let fix = &corrections.fixes[i];
            if op_key(&fix.op) == key {
                if let Err(e) = config::apply(&mut op, fix) {
                    problems.push(e);
                }
                used[i] = true;
            }
        }
        let m = modules
            .get_mut(&e.module)
            .ok_or_else(|| format!("no module {}", e.module))?;
        if let Err(e) = m.add(e, &op) {
            problems.push(e);
        }
    }
    if !problems.is_empty() {
        return Err(problems.join("\n"));
    }
    if let Some(i) = used.iter().position(|u| !u) {
        return Err(format!(
            "xtask/corrections: `{}` names an operation not in the names table",
            corrections.fixes[i].op
        ));
    }

    let header = format!(
        "// @generated by `cargo run -p xtask -- catalog <wechatpay-openapi>` from {source},\n\
         // xtask/names/ and xtask/corrections/. Do not edit: change those and regenerate.\n\n"
    );
    let mut files: BTreeMap<PathBuf, String> = BTreeMap::new();
    let catalog_dir = PathBuf::from("wxpay/src/catalog");
    // Every module path and its children.
    let mut children: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for path in modules.keys() {
        let parts: Vec<&str> = path.split("::").collect();
        for i in 0..parts.len() {
            let parent = parts[..i].join("::");
            children
                .entry(parent)
                .or_default()
                .insert(parts[..=i].join("::"));
        }
    }
    let all_paths: BTreeSet<String> = children
        .values()
        .flatten()
        .cloned()
        .chain(std::iter::once(String::new()))
        .collect();
    for path in &all_paths {
        let kids = children.get(path).cloned().unwrap_or_default();
        let mut text = header.clone();
        let module_doc = module_doc(path, modules.get(path), &kids, &modules);
        text.push_str(&module_doc);
        for kid in &kids {
            let name = kid.rsplit("::").next().unwrap_or(kid);
            if path.is_empty() {
                let _ = std::fmt::Write::write_fmt(
                    &mut text,
                    format_args!(
                        "#[cfg(feature = \"{name}\")]\n#[cfg_attr(docsrs, doc(cfg(feature = \"{name}\")))]\npub mod {name};\n"
                    ),
                );
            } else {
                text.push_str(&format!("pub mod {name};\n"));
            }
        }
        if let Some(m) = modules.get(path) {
            text.push('\n');
            // Skip the header: render() adds it again.
            text.push_str(&emit::render(m, ""));
        }
        let rel = if path.is_empty() {
            catalog_dir.join("mod.rs")
        } else if kids.is_empty() {
            catalog_dir.join(format!("{}.rs", path.replace("::", "/")))
        } else {
            catalog_dir.join(path.replace("::", "/")).join("mod.rs")
        };
        files.insert(rel, rustfmt(&root, &text)?);
    }
    let tests = testgen::tests(&modules, &header);
    files.insert(
        PathBuf::from("tests/tests/catalog_generated.rs"),
        rustfmt(&root, &tests)?,
    );
    files.insert(
        PathBuf::from("wxpay/src/sandbox/operations.json"),
        testgen::sandbox_data(&modules),
    );
    let manifest = root.join("wxpay/Cargo.toml");
    let manifest =
        std::fs::read_to_string(&manifest).map_err(|e| format!("{}: {e}", manifest.display()))?;
    files.insert(
        PathBuf::from("wxpay/Cargo.toml"),
        feature_block(&manifest, &family_docs, &sm3_families(&modules))?,
    );
    files.insert(
        PathBuf::from("ENDPOINTS.md"),
        endpoints_md(&modules, &names.others, &source),
    );

    // Stale files under the catalog directory count as differences too.
    let mut existing = Vec::new();
    spec::files_with_extension(&root.join(&catalog_dir), "rs", &mut existing);
    let stale: Vec<PathBuf> = existing
        .into_iter()
        .filter_map(|p| p.strip_prefix(&root).ok().map(Path::to_path_buf))
        .filter(|p| !files.contains_key(p))
        .collect();

    if check {
        let mut diffs = Vec::new();
        for (rel, text) in &files {
            let old = std::fs::read_to_string(root.join(rel)).unwrap_or_default();
            if old != *text {
                diffs.push(rel.display().to_string());
            }
        }
        diffs.extend(stale.iter().map(|p| format!("{} (stale)", p.display())));
        if !diffs.is_empty() {
            return Err(format!(
                "the committed catalog differs from the generator's output; run `cargo run -p xtask -- catalog {}`:\n  {}",
                spec_dir.display(),
                diffs.join("\n  ")
            ));
        }
        let n: usize = modules.values().map(|m| m.endpoints.len()).sum();
        println!(
            "catalog up to date: {n} endpoints in {} modules, {} corrections",
            modules.len(),
            corrections.fixes.len()
        );
        return Ok(());
    }
    for p in &stale {
        std::fs::remove_file(root.join(p)).map_err(|e| format!("{}: {e}", p.display()))?;
    }
    for (rel, text) in &files {
        let path = root.join(rel);
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
        }
        let old = std::fs::read_to_string(&path).unwrap_or_default();
        if old != *text {
            std::fs::write(&path, text).map_err(|e| format!("{}: {e}", path.display()))?;
            println!("wrote {}", rel.display());
        }
    }
    Ok(())
}

fn module_doc(
    path: &str,
    m: Option<&emit::Module>,
    kids: &BTreeSet<String>,
    modules: &BTreeMap<String, emit::Module>,
) -> String {
    if path.is_empty() {
        return "//! The typed endpoint catalog, one module per product family, each behind the cargo\n\
                //! feature of the same name (`full` enables all).\n\n"
            .into();
    }
    let mut tags = BTreeSet::new();
    let mut count = m.map_or(0, |m| m.endpoints.len());
    if let Some(m) = m {
        for ep in &m.endpoints {
            tags.extend(ep.op.tags.iter().cloned());
        }
    }
    for k in kids {
        for (p, sub) in modules {
            if p == k || p.starts_with(&format!("{k}::")) {
                count += sub.endpoints.len();
                for ep in &sub.endpoints {
                    tags.extend(ep.op.tags.iter().cloned());
                }
            }
        }
    }
    let tags: Vec<String> = tags.into_iter().collect();
    format!(
        "//! {} ({count} endpoints).\n\n",
        if tags.is_empty() {
            "Endpoints".to_owned()
        } else {
            tags.join(", ")
        }
    )
}

/// Where the description came from, as its README says (its commit), for the file headers.
fn source_line(spec_dir: &Path) -> String {
    let readme = std::fs::read_to_string(spec_dir.join("README.md")).unwrap_or_default();
    let commit = readme.split_once("commit ").and_then(|(_, rest)| {
        let c: String = rest.chars().take_while(|c| c.is_ascii_hexdigit()).collect();
        (c.len() >= 7).then_some(c)
    });
    match commit {
        Some(c) => format!("TheNorthMemory/wechatpay-openapi (MIT) at {c}"),
        None => "TheNorthMemory/wechatpay-openapi (MIT)".into(),
    }
}

fn rustfmt(root: &Path, text: &str) -> Result<String, String> {
    let mut child = Command::new("rustfmt")
        .args(["--edition", "2024", "--emit", "stdout", "--config-path"])
        .arg(root.join("rustfmt.toml"))
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| format!("cannot run rustfmt: {e}"))?;
    child
        .stdin
        .take()
        .ok_or("rustfmt stdin")?
        .write_all(text.as_bytes())
        .map_err(|e| format!("rustfmt: {e}"))?;
    let out = child
        .wait_with_output()
        .map_err(|e| format!("rustfmt: {e}"))?;
    if !out.status.success() {
        let _ = std::fs::write(std::env::temp_dir().join("xtask-unformatted.rs"), text);
        return Err(format!(
            "rustfmt failed (input in {}): {}",
            std::env::temp_dir().join("xtask-unformatted.rs").display(),
            String::from_utf8_lossy(&out.stderr)
        ));
    }
    String::from_utf8(out.stdout).map_err(|e| e.to_string())
}

fn endpoints_md(
    modules: &BTreeMap<String, emit::Module>,
    others: &[config::OtherEntry],
    source: &str,
) -> String {
    let n: usize = modules.values().map(|m| m.endpoints.len()).sum();
    let mut families: BTreeMap<String, Vec<&emit::EndpointDef>> = BTreeMap::new();
    for (path, m) in modules {
        let fam = path.split("::").next().unwrap_or(path).to_owned();
        families.entry(fam).or_default().extend(m.endpoints.iter());
    }
    let mut out = format!(
        "# Endpoints\n\n<!-- @generated by `cargo run -p xtask -- catalog <wechatpay-openapi>` from {source}; do not edit -->\n\n\
         Every operation of the API description: {n} typed WeChat Pay APIv3 endpoints in {} product\n\
         families, and {} covered otherwise (listed last). Each family is a cargo feature of the\n\
         `wxpay` crate (`full` enables all); the defaults are marked.\n",
        families.len(),
        others.len()
    );
    for (fam, eps) in &families {
        let default = if crate::DEFAULT_FEATURES.contains(&fam.as_str()) {
            ", default"
        } else {
            ""
        };
        out.push_str(&format!(
            "\n## `{fam}` ({}; feature `{fam}`{default})\n\n| method | path | Rust type | answer |\n| --- | --- | --- | --- |\n",
            eps.len()
        ));
        for ep in eps {
            out.push_str(&format!(
                "| {} | `{}` | `wxpay::{}::{}` | `{}` |\n",
                ep.op.method, ep.op.path, ep.entry.module, ep.entry.name, ep.response
            ));
        }
    }
    if !others.is_empty() {
        out.push_str(
            "\n## Covered otherwise\n\n| method and path | Rust | why |\n| --- | --- | --- |\n",
        );
        for o in others {
            out.push_str(&format!("| `{}` | `{}` | {} |\n", o.op, o.rust, o.why));
        }
    }
    out
}

/// The families a plain merchant needs: take and refund payments, bills, certificates.
pub const DEFAULT_FEATURES: &[&str] = &["pay", "refund", "bill", "certificates"];
