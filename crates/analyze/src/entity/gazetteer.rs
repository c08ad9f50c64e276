//! The shipped gazetteer: names whose type is known before reading the article.

use std::collections::HashMap;
use std::sync::LazyLock;

/// What a gazetteer name is. Outlets are organisations, kept apart so callers can tell a source.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Person,
    Organization,
    Location,
    Weapon,
    Outlet,
}

impl Kind {
    /// The entity type written into [`warta_model::Entity::kind`].
    pub fn entity_type(self) -> &'static str {
        match self {
            Kind::Person => "PERSON",
            Kind::Organization | Kind::Outlet => "ORGANIZATION",
            Kind::Location => "LOCATION",
            Kind::Weapon => "WEAPON",
        }
    }
}

/// Names (as token sequences, matched case-sensitively) and their kinds, indexed by first token.
pub struct Gazetteer {
    by_first_token: HashMap<&'static str, Vec<(Vec<&'static str>, Kind)>>,
}

/// `data/gazetteer.tsv`: `TYPE<TAB>name<TAB>name…` lines.
pub static GAZETTEER: LazyLock<Gazetteer> =
    LazyLock::new(|| Gazetteer::parse(include_str!("../../data/gazetteer.tsv")));

impl Gazetteer {
    fn parse(tsv: &'static str) -> Gazetteer {
        let mut by_first_token: HashMap<&str, Vec<(Vec<&str>, Kind)>> = HashMap::new();
        for line in tsv.lines().filter(|l| !l.starts_with('#')) {
            let mut fields = line.split('\t');
            let kind = match fields.next() {
                Some("PERSON") => Kind::Person,
                Some("ORGANIZATION") => Kind::Organization,
                Some("LOCATION") => Kind::Location,
                Some("WEAPON") => Kind::Weapon,
                Some("OUTLET") => Kind::Outlet,
                _ => continue,
            };
            for name in fields {
                let tokens: Vec<&str> = name.split_whitespace().collect();
                if let Some(first) = tokens.first() {
                    by_first_token
                        .entry(*first)
                        .or_default()
                        .push((tokens, kind));
                }
            }
        }
        // Longest names first, so "Departemen Luar Negeri AS" wins over "Departemen Luar Negeri".
        for entries in by_first_token.values_mut() {
            entries.sort_by_key(|(tokens, _)| std::cmp::Reverse(tokens.len()));
        }
        Gazetteer { by_first_token }
    }

    /// The longest name starting at `tokens[0]`: how many tokens it spans and its kind.
    pub fn longest_match(&self, tokens: &[&str]) -> Option<(usize, Kind)> {
        let entries = self.by_first_token.get(tokens.first()?)?;
        entries
            .iter()
            .find(|(name, _)| tokens.len() >= name.len() && tokens[..name.len()] == name[..])
            .map(|(name, kind)| (name.len(), *kind))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn longest_name_wins() {
        let tokens = ["Departemen", "Luar", "Negeri", "AS", "Matthew"];
        assert_eq!(
            GAZETTEER.longest_match(&tokens),
            Some((4, Kind::Organization))
        );
        assert_eq!(
            GAZETTEER.longest_match(&["Politico", "Eropa"]),
            Some((2, Kind::Outlet))
        );
        assert_eq!(
            GAZETTEER.longest_match(&["ATACMS"]),
            Some((1, Kind::Weapon))
        );
        assert_eq!(GAZETTEER.longest_match(&["Stoltenberg"]), None);
    }
}
