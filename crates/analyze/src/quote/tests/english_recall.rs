//! Attributions the rules once missed, mostly English ones, and quotes that run on over paragraphs.

use crate::quote::*;
use warta_model::SpeakerKind;

/// (speaker as written, cue, content).
type Row<'a> = (&'a str, &'a str, &'a str);

fn found(text: &str) -> Vec<(String, String, String)> {
    find_quotes(text, "en", &[], None)
        .into_iter()
        .map(|q| (q.speaker.text, q.cue.unwrap_or_default(), q.content))
        .collect()
}

fn rows(rows: &[Row]) -> Vec<(String, String, String)> {
    rows.iter()
        .map(|(who, cue, content)| (who.to_string(), cue.to_string(), content.to_string()))
        .collect()
}

#[test]
fn english_recall_patterns() {
    let cases: &[(&str, &[Row])] = &[
        // Vox pops and pull quotes credit a quote with a dash and a name on the rest of the line; a dash
        // before a clause credits nobody.
        (
            "“He has empowered racists to be open with their prejudice.” ― Sonya Herridge\n“He is ignorant of our culture.”― Pamela Padilla.",
            &[
                ("Sonya Herridge", "―", "He has empowered racists to be open with their prejudice."),
                ("Pamela Padilla", "―", "He is ignorant of our culture."),
            ],
        ),
        (
            "“We have to win this state.” — Trump will return to Ohio next week.",
            &[],
        ),
        // A verb of speaking that attributes only after a quote.
        (
            "“We will not back down from this fight,” he continued.",
            &[("he", "continued", "We will not back down from this fight")],
        ),
        (
            "“We will not back down from this fight,” answered Senator Lee.",
            &[("Senator Lee", "answered", "We will not back down from this fight")],
        ),
        // A name before an appositive, and a described speaker after an inverted verb.
        (
            "“The plan will fail before the summer,” Graham, a former candidate, told CBS News.",
            &[("Graham", "told", "The plan will fail before the summer")],
        ),
        (
            "“The plan will fail before the summer,” said former Utah governor Michael Leavitt.",
            &[(
                "former Utah governor Michael Leavitt",
                "said",
                "The plan will fail before the summer",
            )],
        ),
        // A name given in quotes.
        (
            "Comey called her use of private servers “extremely careless,” but said she broke no law.",
            // The second clause comes from the learned tagger (`quote::learned`).
            &[
                ("Comey", "called", "her use of private servers “extremely careless"),
                ("Comey", "said", "she broke no law"),
            ],
        ),
        // Asking: with an object, and a question put by someone unnamed.
        (
            "Hannity asked Kasich to lay out his path to the nomination.",
            &[("Hannity", "asked", "Kasich to lay out his path to the nomination")],
        ),
        (
            "Asked whether he was worried about the vote, Ban smiled.",
            &[("", "Asked", "whether he was worried about the vote")],
        ),
        // The name ending a long clause before "who said".
        (
            "The loss was steep for Mr. Sanders, who said he would take a day off.",
            &[("Mr. Sanders", "said", "he would take a day off")],
        ),
        // "according to" set off by commas inside its sentence.
        (
            "Fundraising, according to the campaign, has surged in recent weeks.",
            &[(
                "the campaign",
                "according to",
                "Fundraising, according to the campaign, has surged in recent weeks",
            )],
        ),
        // The writer's comment after the reported clause is not part of it.
        (
            "Smith said the talks would resume next week, which surprised many diplomats.",
            &[("Smith", "said", "the talks would resume next week")],
        ),
        (
            "Hicks said all staffers sign the agreements, though she did not discuss their terms.",
            &[("Hicks", "said", "all staffers sign the agreements")],
        ),
        // "It said", a cue after one opening word, a verb of thinking.
        (
            "The agency released its outlook. It said prices would fall sharply next year.",
            &[("It", "said", "prices would fall sharply next year")],
        ),
        (
            "Still, he said, officials must decide who gets extra scrutiny.",
            &[(
                "he",
                "said",
                "Still, he said, officials must decide who gets extra scrutiny",
            )],
        ),
        (
            "Smith thinks the talks will resume next week.",
            &[("Smith", "thinks", "the talks will resume next week")],
        ),
        // A short quote with no cue and no quote before it is a slogan, not speech.
        ("“Make the economy strong again!”", &[]),
        // A passive report, a channel before "that", a source note followed by a participle.
        (
            "Smith was quoted as saying that the talks would resume next week.",
            &[(
                "Smith",
                "quoted as saying",
                "the talks would resume next week",
            )],
        ),
        (
            "Smith wrote on Twitter that the talks would resume next week.",
            &[("Smith", "wrote", "the talks would resume next week")],
        ),
        (
            "Smith posted on Facebook that the talks would resume next week.",
            &[("Smith", "posted", "the talks would resume next week")],
        ),
        (
            "The economy will shrink this year, the agency said in a report, citing weak copper demand.",
            &[
                ("the agency", "said", "The economy will shrink this year"),
                ("the agency", "citing", "weak copper demand"),
            ],
        ),
        // "telling" a listener: the listener is the channel.
        (
            "Trump praised Adelson, telling Reuters, “He is an amazing man and a friend.”",
            &[("Trump", "telling", "He is an amazing man and a friend.")],
        ),
        // An inverted pronoun followed by "and" opens a clause, not a speaker.
        (
            "Rabbi Rick Jacobs, president of the union, said he and other leaders would skip the speech.",
            &[(
                "Rabbi Rick Jacobs",
                "said",
                "he and other leaders would skip the speech",
            )],
        ),
    ];
    for (text, want) in cases {
        assert_eq!(found(text), rows(want), "{text}");
    }
}

#[test]
fn it_speaks_for_a_body_not_a_person() {
    let text =
        "Senator Lee spoke first. The agency released its outlook. It said prices would fall.";
    let quotes = find_quotes(text, "en", &[], None);
    assert_eq!(quotes.len(), 1, "{quotes:?}");
    assert_eq!(quotes[0].speaker.text, "It");
    assert_eq!(quotes[0].speaker.kind, SpeakerKind::Organization);
    assert_eq!(quotes[0].speaker.name, None);
}

#[test]
fn a_quote_runs_on_over_paragraphs_without_a_cue() {
    let text = "“Prices will fall next year,” the minister said.\n\
                “We have done the work and the harvest is good.”\n\
                Markets rose.";
    let quotes = find_quotes(text, "en", &[], None);
    assert_eq!(quotes.len(), 1, "{quotes:?}");
    assert_eq!(quotes[0].speaker.text, "the minister");
    assert!(quotes[0].content.starts_with("Prices will fall next year"));
    assert!(quotes[0].content.ends_with("the harvest is good."));
}

#[test]
fn a_quote_after_a_question_or_a_long_cue_is_not_run_on() {
    // The answer to a question is another voice; with no cue it is left out.
    let text = "“Will prices fall next year?” the reporter asked.\n\
                “We have done the work and the harvest is very good.”";
    let got: Vec<String> = found(text).into_iter().map(|(_, _, c)| c).collect();
    assert_eq!(got, ["Will prices fall next year?"]);
    // A cue paragraph that goes on after the quote ends the quote.
    let text =
        "“Prices will fall,” the minister said, adding that the harvest was the best in a decade \
                and that exports would rise.\n\
                “We have done the work and the harvest is very good.”";
    let quotes = find_quotes(text, "en", &[], None);
    assert!(
        quotes.iter().all(|q| !q.content.contains('\n')),
        "{quotes:?}"
    );
}

#[test]
fn indonesian_quote_paragraphs_keep_their_own_quotes() {
    let text = "“Harga beras akan turun,” kata menteri itu.\n\
                “Kami sudah bekerja keras dan panen tahun ini bagus.”";
    let quotes = find_quotes(text, "id", &[], None);
    assert_eq!(quotes.len(), 2, "{quotes:?}");
    assert_eq!(quotes[1].speaker.text, "menteri itu");
}
