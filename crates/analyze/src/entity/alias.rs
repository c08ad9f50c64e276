//! Alias tables: which spellings name the same entity, and which of them is the canonical name.

use std::collections::HashMap;
use std::sync::LazyLock;

use super::skeleton::{match_key, Skeleton};

/// Maps every known spelling of an entity to its canonical name ("Kiev" → "Kyiv", "AS" → "United States").
///
/// The default table is `data/aliases.tsv`; a user's own file in the same format (`canonical<TAB>alias…`
/// per line, `#` comments) can be parsed with [`AliasTable::parse`] and added with [`AliasTable::extend`].
///
/// Spellings the table does not list are found by their [`Skeleton`] ([`AliasTable::resolve`]): the table
/// lists "Zelenskiy", and "Zelenskij" is its spelling too.
#[derive(Clone, Debug)]
pub struct AliasTable {
    /// Lower-cased spelling → canonical name.
    canonical: HashMap<String, String>,
    /// Skeleton key → the spellings with that key, for [`AliasTable::resolve`].
    by_key: HashMap<String, Vec<(Skeleton, String)>>,
}

/// The table that ships with warta, parsed once.
static SHIPPED: LazyLock<AliasTable> =
    LazyLock::new(|| AliasTable::parse(include_str!("../../data/aliases.tsv")));

impl Default for AliasTable {
    /// A copy of [`AliasTable::shipped`], to extend.
    fn default() -> AliasTable {
        AliasTable::shipped().clone()
    }
}

impl AliasTable {
    /// The table that ships with warta (`data/aliases.tsv`), shared: analysing an article must not parse it
    /// again.
    pub fn shipped() -> &'static AliasTable {
        &SHIPPED
    }

    /// Reads `canonical<TAB>alias<TAB>alias…` lines; blank lines and lines starting with `#` are skipped.
    pub fn parse(tsv: &str) -> AliasTable {
        let mut canonical = HashMap::new();
        for line in tsv
            .lines()
            .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        {
            let mut names = line.split('\t').map(str::trim).filter(|n| !n.is_empty());
            let Some(name) = names.next() else { continue };
            canonical.insert(name.to_lowercase(), name.to_string());
            for alias in names {
                canonical.insert(alias.to_lowercase(), name.to_string());
            }
        }
        AliasTable::indexed(canonical)
    }

    /// The table over `canonical`, with its skeleton index.
    fn indexed(canonical: HashMap<String, String>) -> AliasTable {
        let mut by_key: HashMap<String, Vec<(Skeleton, String)>> = HashMap::new();
        for spelling in canonical.keys() {
            if let Some(key) = match_key(spelling) {
                by_key
                    .entry(key)
                    .or_default()
                    .push((Skeleton::of(spelling), spelling.clone()));
            }
        }
        AliasTable { canonical, by_key }
    }

    /// Adds the groups of `other`; where both know a spelling, `other` wins.
    pub fn extend(&mut self, other: AliasTable) {
        let mut canonical = std::mem::take(&mut self.canonical);
        canonical.extend(other.canonical);
        *self = AliasTable::indexed(canonical);
    }

    /// The canonical name for `name`: the table's own ([`AliasTable::canonical`]), else that of the one
    /// entity whose listed spelling `name` matches by skeleton ("Zelenskij" → "Volodymyr Zelensky"). A name
    /// matching spellings of two different entities is ambiguous and resolves to nothing.
    pub fn resolve(&self, name: &str) -> Option<&str> {
        if let Some(canonical) = self.canonical(name) {
            return Some(canonical);
        }
        let skeleton = Skeleton::of(name);
        let mut found: Option<&str> = None;
        for (listed, spelling) in self.by_key.get(&match_key(name)?)? {
            if !skeleton.same_as(listed) {
                continue;
            }
            let canonical = self.canonical.get(spelling).map(String::as_str);
            match (found, canonical) {
                (None, Some(c)) => found = Some(c),
                (Some(f), Some(c)) if f != c => return None,
                _ => {}
            }
        }
        found
    }

    /// Whether the table knows both names as different entities: such names never merge by skeleton,
    /// however alike they are spelled.
    pub fn keeps_apart(&self, a: &str, b: &str) -> bool {
        matches!((self.canonical(a), self.canonical(b)), (Some(a), Some(b)) if a != b)
    }

    /// The canonical name for `name`, if the table knows it (case is ignored).
    pub fn canonical(&self, name: &str) -> Option<&str> {
        self.canonical.get(&name.to_lowercase()).map(String::as_str)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn default_table_merges_spellings() {
        let table = AliasTable::default();
        for (alias, canonical) in [
            ("Kiev", "Kyiv"),
            ("Kharkov", "Kharkiv"),
            ("Zelenskiy", "Volodymyr Zelensky"),
            ("AS", "United States"),
            ("Amerika Serikat", "United States"),
            ("Rusia", "Russia"),
            ("Gedung Putih", "White House"),
            ("Departemen Luar Negeri AS", "US State Department"),
            ("Politico Eropa", "Politico Europe"),
            // Russian and Ukrainian names of one city that no spelling rule can join.
            ("Nikolaev", "Mykolaiv"),
            ("Lugansk", "Luhansk"),
        ] {
            assert_eq!(table.canonical(alias), Some(canonical), "{alias}");
        }
    }

    #[test]
    fn a_user_table_extends_the_default() {
        let mut table = AliasTable::default();
        table.extend(AliasTable::parse(
            "# mine\nSergey Lavrov\tSergei Lavrov\tLavrov\n",
        ));
        assert_eq!(table.canonical("lavrov"), Some("Sergey Lavrov"));
        assert_eq!(table.canonical("Kiev"), Some("Kyiv"));
        assert_eq!(table.resolve("Sergey Lavrov"), Some("Sergey Lavrov"));
    }

    #[test]
    fn unlisted_spellings_resolve_by_skeleton() {
        let table = AliasTable::default();
        for (name, canonical) in [
            ("Zelenskij", Some("Volodymyr Zelensky")),
            ("Volodymyr Zelenskij", Some("Volodymyr Zelensky")),
            ("Kyiv", Some("Kyiv")),
            ("Київ", Some("Kyiv")),
            ("Володимир Зеленський", Some("Volodymyr Zelensky")),
            ("Moskwa", None),
            ("Bidenko", None),
            ("Kim", None),
        ] {
            assert_eq!(table.resolve(name), canonical, "{name}");
        }
        assert!(table.keeps_apart("Kiev", "Kharkov"));
        assert!(!table.keeps_apart("Kiev", "Kyiv"));
        assert!(!table.keeps_apart("Kiev", "Kievan Rus"));
    }

    #[test]
    fn a_name_matching_two_entities_is_ambiguous() {
        let table = AliasTable::parse("Ahmad Yusuf\tAhmad Yousef\nAhmed Yusuf\tAhmed Yussuf\n");
        assert_eq!(table.resolve("Ahmad Yousef"), Some("Ahmad Yusuf"));
        assert_eq!(table.resolve("Ahmed Yousuf"), None);
    }
}
