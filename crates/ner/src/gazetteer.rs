//! Small lists of well-known places and organisations, in Indonesian and English, written for warta.
//!
//! They are hints, not answers: a token inside a listed name gets a feature saying so, and the model learns
//! from the training data how far to trust it. They help most where the training data is thin, e.g. "AS" in
//! "Presiden AS Joe Biden" is a country, not the start of a name.

use std::collections::HashMap;
use std::sync::OnceLock;

use crate::eval::chunks;
use crate::label::{EntityKind, Label};

/// Names matched on the lower-cased text.
const PLACES: &str = "indonesia, malaysia, singapura, singapore, thailand, filipina, philippines, vietnam, myanmar, \
kamboja, cambodia, laos, brunei, timor leste, australia, selandia baru, new zealand, jepang, japan, tiongkok, \
china, cina, korea selatan, south korea, korea utara, north korea, taiwan, hong kong, india, pakistan, \
bangladesh, sri lanka, nepal, afghanistan, iran, irak, iraq, suriah, syria, turki, turkey, türkiye, israel, \
palestina, palestine, gaza, jalur gaza, tepi barat, west bank, lebanon, libanon, yordania, jordan, arab saudi, \
saudi arabia, yaman, yemen, qatar, uni emirat arab, united arab emirates, kuwait, oman, bahrain, mesir, egypt, \
libya, tunisia, aljazair, algeria, maroko, morocco, sudan, ethiopia, etiopia, nigeria, kenya, afrika selatan, \
south africa, rusia, russia, federasi rusia, ukraina, ukraine, belarus, polandia, poland, jerman, germany, \
prancis, perancis, france, inggris, england, britain, britania raya, united kingdom, irlandia, ireland, \
skotlandia, scotland, belanda, netherlands, belgia, belgium, swiss, switzerland, austria, italia, italy, \
spanyol, spain, portugal, yunani, greece, swedia, sweden, norwegia, norway, finlandia, finland, denmark, \
estonia, latvia, lituania, lithuania, moldova, georgia, armenia, azerbaijan, kazakhstan, hungaria, hungary, \
ceko, czechia, slowakia, slovakia, rumania, romania, bulgaria, serbia, kroasia, croatia, amerika serikat, \
united states, amerika, america, kanada, canada, meksiko, mexico, brasil, brazil, argentina, chili, chile, \
kolombia, colombia, venezuela, kuba, cuba, eropa, europe, asia, afrika, africa, timur tengah, middle east, \
jakarta, surabaya, bandung, medan, semarang, makassar, yogyakarta, denpasar, bali, papua, aceh, kalimantan, \
sumatera, sumatra, jawa, java, sulawesi, maluku, riau, banten, lampung, palembang, padang, pekanbaru, \
pontianak, balikpapan, samarinda, manado, kupang, mataram, ambon, jayapura, bogor, depok, bekasi, tangerang, \
solo, malang, nusantara, moskow, moscow, kiev, kyiv, kharkiv, kharkov, odesa, odessa, donetsk, luhansk, \
krimea, crimea, kursk, belgorod, washington, new york, london, paris, berlin, beijing, tokyo, seoul, \
brussel, brussels, jenewa, geneva, wina, vienna, roma, rome, madrid, ankara, istanbul, teheran, tehran, \
baghdad, damaskus, damascus, beirut, kairo, cairo, riyadh, doha, dubai, yerusalem, jerusalem, tel aviv, \
new delhi, islamabad, kabul, bangkok, hanoi, manila, kuala lumpur, canberra, sydney, ottawa, brasilia";

/// Names matched on the text as written: acronyms that are also common lower-case words, or need capitals.
const PLACES_CASED: &str = "AS, US, USA, UK, RI, UEA, UAE, DKI";

const ORGANIZATIONS: &str = "uni eropa, european union, perserikatan bangsa-bangsa, united nations, \
bank dunia, world bank, bank indonesia, dana moneter internasional, kejaksaan agung, mahkamah agung, \
mahkamah konstitusi, pentagon, kremlin, gedung putih, white house, golkar, gerindra, nasdem, demokrat, \
hamas, hizbullah, hezbollah, taliban, reuters, bloomberg, antara, kompas, tempo, politico, kementerian luar \
negeri, departemen luar negeri, state department, kementerian pertahanan, departemen pertahanan, \
kementerian keuangan, kepolisian, dewan keamanan, security council, komisi pemberantasan korupsi, \
dewan perwakilan rakyat";

const ORGANIZATIONS_CASED: &str = "NATO, PBB, UN, EU, WHO, IMF, ASEAN, OPEC, KPK, DPR, MPR, DPRD, DPD, TNI, \
Polri, BI, OJK, BPK, KPU, Bawaslu, BNPB, BMKG, FBI, CIA, PDIP, PDI-P, PKB, PKS, PAN, PPP, ISIS, AFP, AP, CNN, \
BBC, MUI, NU, Muhammadiyah";

/// Common first names (Indonesian, Arabic, European, Slavic), matched only when capitalised: many are also
/// ordinary words ("Indah", "Putri", "Bayu") when written in lower case.
const FIRST_NAMES_CASED: &str = "Joko, Budi, Agus, Bambang, Slamet, Hadi, Eko, Dwi, Tri, Sri, Dewi, Siti, Ani, \
Rina, Wati, Yanti, Indah, Putri, Ayu, Dian, Fitri, Nur, Nurul, Ahmad, Achmad, Muhammad, Mohammad, Mohamad, \
Abdul, Ali, Hasan, Husein, Umar, Usman, Ibrahim, Ismail, Yusuf, Rizki, Rizky, Fajar, Bayu, Andi, Andri, Arif, \
Asep, Dedi, Deni, Hendra, Irfan, Iwan, Rudi, Rudy, Yudi, Wahyu, Teguh, Prabowo, Susilo, Megawati, Ganjar, \
Anies, Gibran, Puan, Ridwan, Sandiaga, Retno, Sri, Mahfud, Airlangga, Luhut, Erick, Basuki, Tito, Listyo, \
Joe, John, James, Robert, Michael, William, David, Richard, Thomas, Tom, Charles, Daniel, Matthew, Mark, \
Donald, Paul, Steven, Andrew, Kevin, Brian, George, Edward, Peter, Jack, Henry, Anthony, Antony, Mary, \
Elizabeth, Jennifer, Linda, Susan, Sarah, Karen, Nancy, Lisa, Emily, Emma, Kamala, Hillary, Nancy, Boris, \
Emmanuel, Olaf, Angela, Jens, Ursula, Rishi, Keir, Justin, Narendra, Recep, Benjamin, Xi, Kim, Vladimir, \
Volodymyr, Sergei, Sergey, Dmitry, Dmitri, Alexei, Alexey, Alexander, Aleksandr, Mikhail, Nikolai, Ivan, \
Yuri, Oleksandr, Oleksiy, Andriy, Dmytro, Olena, Maria, Anna, Ali, Hassan, Mahmoud, Abdullah, Khalid, \
Omar, Osama, Salman, Ayatollah, Bashar, Ismail";

/// The longest listed name, in tokens.
const MAX_TOKENS: usize = 4;

struct Lists {
    lower: HashMap<String, EntityKind>,
    cased: HashMap<String, EntityKind>,
}

fn lists() -> &'static Lists {
    static LISTS: OnceLock<Lists> = OnceLock::new();
    LISTS.get_or_init(|| {
        let load = |pairs: &[(&str, EntityKind)]| {
            pairs
                .iter()
                .flat_map(|&(list, kind)| {
                    list.split(',').map(move |n| (n.trim().to_string(), kind))
                })
                .filter(|(n, _)| !n.is_empty())
                .collect()
        };
        Lists {
            lower: load(&[
                (PLACES, EntityKind::Location),
                (ORGANIZATIONS, EntityKind::Organization),
            ]),
            cased: load(&[
                (PLACES_CASED, EntityKind::Location),
                (ORGANIZATIONS_CASED, EntityKind::Organization),
                (FIRST_NAMES_CASED, EntityKind::Person),
            ]),
        }
    })
}

/// For each token, the kind of the listed name it is part of and whether it begins it; longest match wins.
/// `lower` are the tokens lower-cased; names are matched as tokens joined by spaces.
pub fn mark(tokens: &[&str], lower: &[String]) -> Vec<Option<(EntityKind, bool)>> {
    let lists = lists();
    let mut marks = vec![None; tokens.len()];
    let mut i = 0;
    while i < tokens.len() {
        let longest = (1..=MAX_TOKENS.min(tokens.len() - i)).rev().find_map(|n| {
            let cased = tokens[i..i + n].join(" ");
            let low = lower[i..i + n].join(" ");
            lists
                .cased
                .get(&cased)
                .or_else(|| lists.lower.get(&low))
                .map(|&kind| (n, kind))
        });
        match longest {
            Some((n, kind)) => {
                for (k, mark) in marks[i..i + n].iter_mut().enumerate() {
                    *mark = Some((kind, k == 0));
                }
                i += n;
            }
            None => i += 1,
        }
    }
    marks
}

/// Splits a listed place or organisation off the front of a person's name: in "Presiden AS Joe Biden",
/// "Presiden Ukraina Volodymyr Zelenskyy" or "Sekjen NATO Jens Stoltenberg" the model tends to read one long
/// name, but a person's name does not start with a country or an organisation. A person entity is split
/// after such a leading name; a place or organisation entity only where a listed first name follows it.
pub fn separate_leading_names(tokens: &[&str], labels: &mut [Label]) {
    let lower: Vec<String> = tokens.iter().map(|t| t.to_lowercase()).collect();
    let marks = mark(tokens, &lower);
    for (start, end, kind) in chunks(labels) {
        let Some(&Some((listed, true))) = marks.get(start) else {
            continue;
        };
        if listed == EntityKind::Person {
            continue;
        }
        let listed_end = (start + 1..end)
            .find(|&t| !matches!(marks.get(t), Some(Some((_, false)))))
            .unwrap_or(end);
        let person_follows = matches!(
            marks.get(listed_end),
            Some(Some((EntityKind::Person, true)))
        );
        if listed_end == end || (kind != EntityKind::Person && !person_follows) {
            continue;
        }
        for (t, label) in labels[start..end].iter_mut().enumerate() {
            *label = match (t, start + t < listed_end) {
                (0, _) => Label::B(listed),
                (_, true) => Label::I(listed),
                (_, false) if start + t == listed_end => Label::B(EntityKind::Person),
                (_, false) => Label::I(EntityKind::Person),
            };
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn marks_longest_names_and_respects_case() {
        let tokens = ["Presiden", "AS", "di", "Amerika", "Serikat", "as", "NATO"];
        let lower: Vec<String> = tokens.iter().map(|t| t.to_lowercase()).collect();
        let marks = mark(&tokens, &lower);
        use EntityKind::*;
        assert_eq!(
            marks,
            [
                None,
                Some((Location, true)),
                None,
                Some((Location, true)),
                Some((Location, false)),
                None,
                Some((Organization, true)),
            ]
        );
    }

    #[test]
    fn splits_listed_names_off_people() {
        use crate::label::Scheme;
        let cases = [
            (
                "Presiden Amerika Serikat Joe Biden",
                "O B-PERSON I-PERSON I-PERSON I-PERSON",
                "O B-LOCATION I-LOCATION B-PERSON I-PERSON",
            ),
            // A listed place that is a person's first name is split too; the lists hold few such names.
            ("Georgia Meloni", "B-PERSON I-PERSON", "B-LOCATION B-PERSON"),
            (
                "Sekjen NATO Jens Stoltenberg",
                "O B-ORGANIZATION I-ORGANIZATION I-ORGANIZATION",
                "O B-ORGANIZATION B-PERSON I-PERSON",
            ),
            // An organisation that merely starts with a listed name stays whole.
            (
                "Bank Dunia Jakarta",
                "B-ORGANIZATION I-ORGANIZATION I-ORGANIZATION",
                "B-ORGANIZATION I-ORGANIZATION I-ORGANIZATION",
            ),
        ];
        for (text, tags, want) in cases {
            let tokens: Vec<&str> = text.split(' ').collect();
            let mut labels: Vec<Label> = tags.split(' ').map(|t| Scheme::Warta.map(t)).collect();
            separate_leading_names(&tokens, &mut labels);
            let got: Vec<&str> = labels.iter().map(|l| l.as_str()).collect();
            assert_eq!(got.join(" "), want, "{text}");
        }
    }
}
