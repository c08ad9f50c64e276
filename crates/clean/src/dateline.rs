//! The outlet a story's dateline names: "JAKARTA, KOMPAS.com - …", "TEMPO.CO, Jakarta - …" (the site that
//! published it) and "WASHINGTON (Reuters) - …", "Jakarta (ANTARA) - …" (the agency that reported it).

/// An outlet named in a dateline.
#[derive(Clone, Debug, PartialEq)]
pub enum DatelineOutlet {
    /// A news site by its address, written beside the place: the page's own outlet.
    Site(String),
    /// An agency in brackets after the place: where the story came from.
    Agency(String),
}

/// A dateline is a few words; a longer stretch before a dash is a sentence.
const MAX_LEN: usize = 60;

/// The outlet the dateline opening `paragraph` names, if it opens with one.
pub fn outlet(paragraph: &str) -> Option<DatelineOutlet> {
    let mut end = MAX_LEN.min(paragraph.len());
    while !paragraph.is_char_boundary(end) {
        end -= 1;
    }
    let head = &paragraph[..end];
    let dash = [" - ", " – ", " — ", " -- ", " --"]
        .iter()
        .filter_map(|d| head.find(d))
        .min()?;
    let dateline = head[..dash].trim();
    if dateline.contains(['!', '?', '“', '"', ':']) {
        return None;
    }
    // "WASHINGTON (Reuters)", "Jakarta (ANTARA)", "(Reuters)".
    if let Some(inner) = dateline
        .strip_suffix(')')
        .and_then(|d| d.rsplit_once('('))
        .map(|(_, inner)| inner.trim())
    {
        // A known agency only: "Presiden Joko Widodo (Jokowi) - …" is no dateline.
        return crate::residue::agency(inner).map(|name| DatelineOutlet::Agency(name.to_string()));
    }
    // "JAKARTA, KOMPAS.com", "Liputan6.com, Jakarta": a place and a site, either way round.
    let parts: Vec<&str> = dateline.split(',').map(str::trim).collect();
    match parts.as_slice() {
        [a, b] => [a, b]
            .into_iter()
            .find(|p| is_site_address(p))
            .map(|site| DatelineOutlet::Site(site.to_string())),
        _ => None,
    }
}

/// "KOMPAS.com", "TEMPO.CO", "REPUBLIKA.CO.ID", "investor.id": one word, a name and a domain.
fn is_site_address(word: &str) -> bool {
    let mut labels = word.split('.');
    let name = labels.next().unwrap_or("");
    let domain: Vec<&str> = labels.collect();
    !name.is_empty()
        && name.chars().any(char::is_alphabetic)
        && name.chars().all(|c| c.is_alphanumeric() || c == '-')
        && !domain.is_empty()
        && domain
            .iter()
            .all(|l| (2..=4).contains(&l.len()) && l.chars().all(|c| c.is_ascii_alphabetic()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sites_and_agencies_in_datelines() {
        let site = |s: &str| Some(DatelineOutlet::Site(s.to_string()));
        let agency = |s: &str| Some(DatelineOutlet::Agency(s.to_string()));
        let cases = [
            (
                "JAKARTA, KOMPAS.com - Presiden menegaskan …",
                site("KOMPAS.com"),
            ),
            ("TEMPO.CO, Jakarta - Menteri Keuangan …", site("TEMPO.CO")),
            (
                "REPUBLIKA.CO.ID, JAKARTA -- Badan …",
                site("REPUBLIKA.CO.ID"),
            ),
            (
                "Liputan6.com, Jakarta - Kementerian …",
                site("Liputan6.com"),
            ),
            ("WASHINGTON (Reuters) - The U.S. …", agency("Reuters")),
            ("Jakarta (ANTARA) - Presiden …", agency("Antara")),
            ("HAYWARD, Calif. (AP) — Police said …", agency("AP")),
            // A place alone names no outlet, nor does a sentence with a dash in it.
            ("BERLIN - Kanselir Jerman menegaskan …", None),
            ("Harga BBM - kata Budi - naik.", None),
            ("AS - Rusia sepakat menggelar pertemuan.", None),
            ("Presiden Joko Widodo (Jokowi) - yang baru …", None),
        ];
        for (text, expected) in cases {
            assert_eq!(outlet(text), expected, "{text}");
        }
    }
}
