//! Alias tables: which spellings name the same entity, and which of them is the canonical name.

use std::collections::HashMap;

/// Maps every known spelling of an entity to its canonical name ("Kiev" → "Kyiv", "AS" → "United States").
///
/// The default table is `data/aliases.tsv`; a user's own file in the same format (`canonical<TAB>alias…`
/// per line, `#` comments) can be parsed with [`AliasTable::parse`] and added with [`AliasTable::extend`].
#[derive(Clone, Debug)]
pub struct AliasTable {
    /// Lower-cased spelling → canonical name.
    canonical: HashMap<String, String>,
}

impl Default for AliasTable {
    fn default() -> AliasTable {
        AliasTable::parse(include_str!("../../data/aliases.tsv"))
    }
}

impl AliasTable {
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
        AliasTable { canonical }
    }

    /// Adds the groups of `other`; where both know a spelling, `other` wins.
    pub fn extend(&mut self, other: AliasTable) {
        self.canonical.extend(other.canonical);
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
    }
}
