//! English cues: channels, verb forms and the phrases that attribute.

use crate::quote::*;
use warta_model::SpeakerKind;

#[test]
fn channels_of_english_quotes() {
    for (text, via) in [
        (
            "“It is working,” Noem told the Argus Leader on Monday.",
            Some("the Argus Leader"),
        ),
        (
            "“It is working,” Buser, a director at Google, tells The Hollywood Reporter.",
            Some("The Hollywood Reporter"),
        ),
        (
            "“It is working,” Kennedy said in a statement.",
            Some("a statement"),
        ),
        // The platform or outlet after the medium is part of it; a date is not.
        (
            "“Air defence worked,” the air force said in a statement on Telegram.",
            Some("a statement on Telegram"),
        ),
        (
            "“It is working,” Kennedy said in an interview with The New York Times on Monday.",
            Some("an interview with The New York Times"),
        ),
        (
            "“It is working,” Kennedy said in a statement on Tuesday.",
            Some("a statement"),
        ),
        (
            "Kennedy wrote in an email that the plan was working.",
            Some("an email"),
        ),
        // "in" with no medium after it is no channel.
        ("“It is working,” Kennedy said in the past.", None),
        // Further along: past a date, a comma or an object.
        (
            "“Our results reflected growth,” Menear said Tuesday in the earnings release.",
            Some("the earnings release"),
        ),
        (
            "“We lost that game,” Heyward said, via Brian Batko of the Post-Gazette.",
            Some("Brian Batko"),
        ),
        (
            "“He is not immune,” said one legal expert, as reported by the Independent.",
            Some("the Independent"),
        ),
        // An occasion, a paper, a question answered.
        (
            "“We had some issues,” Mayer said Tuesday at the Code Media conference in Hollywood.",
            Some("the Code Media conference"),
        ),
        (
            "“Outgassing occurs at lower levels,” Paganini and his team wrote in the paper.",
            Some("the paper"),
        ),
        (
            "“I cannot speak to that,” she said in response to a question.",
            Some("response to a question"),
        ),
        (
            "“We need more providers,” Bridenstine said in a conference call with reporters.",
            Some("a conference call"),
        ),
        // A gathering that listened ends the sentence and the channel alike.
        (
            "“We are getting closer,” Powell told a news conference.",
            Some("a news conference"),
        ),
        // A medium that runs on to the "that" of what was said.
        (
            "The minister said in an interview with Reuters that the talks would resume.",
            Some("an interview with Reuters"),
        ),
        (
            "Kennedy said in the release this case demonstrates that threats are not speech.",
            Some("the release"),
        ),
        // Before the cue: a medium opening the sentence, a "via" set off.
        (
            "In a letter calling for the meeting, CPUC President Marybel Batjer said that the outages endanger lives.",
            Some("a letter"),
        ),
        (
            "Richardson, via USA Today, said that Rudolph was protecting himself.",
            Some("USA Today"),
        ),
        // A body's name is no occasion, nor a place the speaker is at.
        (
            "“It is important,” said Eugene Kontorovich, a scholar at the Kohelet Policy Forum.",
            None,
        ),
        ("Officials at the meeting said the plan would fail.", None),
    ] {
        // The learned tagger may add a guess after the first quote ("in the earnings release").
        let q = find_quotes(text, "en", &[], None);
        assert!(q.len() == 1 || q[1].is_guess(), "{text}");
        assert_eq!(q[0].via.as_deref(), via, "{text}");
    }
    // The listener of a clause added with "telling".
    let q = find_quotes(
        "Trump warned the Fed against cutting rates, telling Bloomberg in an interview that such a move would be political.",
        "en",
        &[],
        None,
    );
    let telling = q.iter().find(|q| q.cue.as_deref() == Some("telling"));
    assert_eq!(
        telling.and_then(|q| q.via.as_deref()),
        Some("Bloomberg in an interview"),
        "{q:?}"
    );
}

fn first(text: &str) -> Option<(String, String, String)> {
    find_quotes(text, "en", &[], None)
        .into_iter()
        .next()
        .map(|q| (q.speaker.text, q.cue.unwrap_or_default(), q.content))
}

#[test]
fn a_noun_of_saying_owned_by_its_speaker_attributes_its_clause() {
    let got = first(
        "Voters weighed Senator Okoro's warning that the mill would close by spring, and shrugged.",
    );
    assert_eq!(
        got,
        Some((
            "Senator Okoro".to_string(),
            "warning".to_string(),
            "that the mill would close by spring".to_string()
        ))
    );
    let got = first("Critics laughed at Ms. Alvarez's claim that the budget was balanced.");
    assert_eq!(got.map(|(who, _, _)| who), Some("Ms. Alvarez".to_string()));
    let got = first("Critics laughed at his claim that the budget was balanced.");
    assert_eq!(got.map(|(who, _, _)| who), Some("his".to_string()));
}

#[test]
fn a_cue_aside_with_a_time_and_place_before_a_participle() {
    let got = first(
        "Exports will shrink, Ms. Alvarez said Friday in Lima, citing weak demand for copper.",
    );
    assert_eq!(
        got.map(|(who, cue, content)| (who, cue, content.starts_with("Exports will shrink"))),
        Some(("Ms. Alvarez".to_string(), "said".to_string(), true))
    );
    let got = first("The levee will hold, officials said, although the river is still rising.");
    assert_eq!(got.map(|(who, _, _)| who), Some("officials".to_string()));
}

#[test]
fn the_outer_speaker_reports_a_belief_not_the_believer() {
    let got = first("Mr. Ndiaye said he believes the harbour deal was a mistake.");
    assert_eq!(
        got,
        Some((
            "Mr. Ndiaye".to_string(),
            "said".to_string(),
            "he believes the harbour deal was a mistake".to_string()
        ))
    );
}

#[test]
fn according_to_needs_no_comma() {
    let got =
        first("The mayor leads her rival by nine points according to a survey by the university.");
    assert_eq!(
        got,
        Some((
            "a survey by the university".to_string(),
            "according to".to_string(),
            "The mayor leads her rival by nine points".to_string()
        ))
    );
}

#[test]
fn a_name_and_a_colon_at_the_head_of_a_sentence_attribute_what_follows() {
    let got = first("Mayor Okafor: The bridge will reopen before winter.");
    assert_eq!(
        got,
        Some((
            "Mayor Okafor".to_string(),
            ":".to_string(),
            "The bridge will reopen before winter".to_string()
        ))
    );
    // Page labels, transcript turns in capitals and lists of names are not attributions.
    for text in [
        "Update: The bridge will reopen before winter.",
        "Read more: The bridge will reopen before winter.",
        "OKAFOR: The bridge will reopen before winter.",
        "Contributing: Ann Lee, Bo Chen, Cy Diaz and Dee Park.",
    ] {
        assert_eq!(first(text), None, "{text}");
    }
}

#[test]
fn an_expectation_nobody_is_named_for_is_not_a_report() {
    // Precision first: "is expected to" names no source, and a news reader asks who said it.
    assert!(find_quotes(
        "The council is expected to approve the budget on Friday.",
        "en",
        &[],
        None
    )
    .is_empty());
}

#[test]
fn broad_cues_attribute_beliefs_findings_and_calls() {
    let cases = [
        (
            "The mayor believes the bridge will reopen by spring.",
            "The mayor",
            "believes",
        ),
        (
            "A new survey shows that most farmers expect lower prices.",
            "A new survey",
            "shows",
        ),
        (
            "The council called for an inquiry into the flooding.",
            "The council",
            "called",
        ),
        (
            "The senator asked whether the budget had been audited.",
            "The senator",
            "asked",
        ),
        (
            "The union accused the company of hiding its losses.",
            "The union",
            "accused",
        ),
    ];
    for (text, speaker, cue) in cases {
        let (s, c, _) = first(text).unwrap_or_default();
        assert_eq!((s.as_str(), c.as_str()), (speaker, cue), "{text}");
    }
}

#[test]
fn participle_and_second_verb_take_the_subject() {
    let found = find_quotes(
        "Mayor Lopez spoke on Monday, saying the budget would be balanced next year.",
        "en",
        &[],
        None,
    );
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].speaker.text, "Mayor Lopez");
    let found = find_quotes(
        "The agency announced new rules for drones and said pilots must register online.",
        "en",
        &[],
        None,
    );
    assert_eq!(found.len(), 2, "{found:?}");
    assert_eq!(found[1].content, "pilots must register online");
}

#[test]
fn whom_the_source_cites_is_no_part_of_what_it_says() {
    for text in [
        "According to the Wall Street Journal, which cited people familiar with the matter, the package could be worth $725 million.",
        "According to the Wall Street Journal, citing people familiar with the matter, the package could be worth $725 million.",
    ] {
        let found = find_quotes(text, "en", &[], None);
        let got: Vec<(&str, &str)> = found
            .iter()
            .map(|q| (q.speaker.text.as_str(), q.content.as_str()))
            .collect();
        assert_eq!(
            got,
            [(
                "the Wall Street Journal",
                "the package could be worth $725 million"
            )],
            "{text}"
        );
    }
}

#[test]
fn a_turn_inside_what_was_said_opens_a_second_statement() {
    for (text, expected) in [
        (
            "Rendell said the rules should be modernized, but he said that the debate should wait.",
            [
                ("Rendell", "the rules should be modernized"),
                ("he", "the debate should wait"),
            ],
        ),
        (
            "Ms. Cole said the plan was fair, while analysts said it favoured the rich.",
            [
                ("Ms. Cole", "the plan was fair"),
                ("analysts", "it favoured the rich"),
            ],
        ),
        (
            "Smith said it was too early to run but noted that Scott won two races.",
            [
                ("Smith", "it was too early to run"),
                ("Smith", "Scott won two races"),
            ],
        ),
    ] {
        let found: Vec<(String, String)> = find_quotes(text, "en", &[], None)
            .into_iter()
            .map(|q| (q.speaker.text, q.content))
            .collect();
        let expected: Vec<(String, String)> = expected
            .iter()
            .map(|(s, c)| (s.to_string(), c.to_string()))
            .collect();
        assert_eq!(found, expected, "{text}");
    }
    // What the speaker would not say is no part of what they said.
    for (text, content) in [
        (
            "The ministry said its forces had struck military targets, but did not give details.",
            "its forces had struck military targets",
        ),
        (
            "A senior official said a new aid package was ready but declined to say when.",
            "a new aid package was ready",
        ),
        (
            "The mayor said prices rose but gave no figures.",
            "prices rose",
        ),
        (
            "The mayor said the company would grow but did not expect profits soon.",
            "the company would grow but did not expect profits soon",
        ),
    ] {
        let found = find_quotes(text, "en", &[], None);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].content, content, "{text}");
    }
    // A turn to something said of nothing is no second statement.
    let found = find_quotes(
        "He said prices rose but said nothing about wages.",
        "en",
        &[],
        None,
    );
    assert_eq!(found.len(), 1, "{found:?}");
}

#[test]
fn nouns_names_and_objects_are_not_cues() {
    for text in [
        "The reports suggest nothing new about the harbour.",
        "The claim that the vaccine causes autism spread quickly online.",
        "Planned Parenthood opened three clinics in the valley last year.",
        "He found a way to finish the bridge before winter.",
        "She called reporters into her office after lunch.",
        "Clinton holds a lead in pledged delegates across the south.",
    ] {
        let found = find_quotes(text, "en", &[], None);
        assert!(
            found.iter().all(|q| q.cue.as_deref() != Some("found")
                && q.cue.as_deref() != Some("called")
                && q.cue.as_deref() != Some("Planned")
                && q.cue.as_deref() != Some("reports")),
            "{text}: {found:?}"
        );
    }
}

fn speakers(text: &str) -> Vec<(String, SpeakerKind)> {
    find_quotes(text, "en", &[], None)
        .into_iter()
        .map(|q| (q.speaker.text, q.speaker.kind))
        .collect()
}

#[test]
fn a_sentence_opening_is_no_speaker() {
    for text in [
        "That said, the two papers might have made a good fit.",
        "Moreover: the installation holds a thousand lights.",
    ] {
        let got = speakers(text);
        assert!(
            got.iter()
                .all(|(who, kind)| who.is_empty() && *kind == SpeakerKind::Unknown),
            "{got:?}"
        );
    }
    let got =
        speakers("When Governor Ilse Brandt announced the deal last week, she said it would hold.");
    assert!(
        got.iter().all(|(who, _)| !who.starts_with("When")),
        "{got:?}"
    );
    assert!(speakers(
        "While some teachers chanted, “Fund our schools,” the senators stayed inside."
    )
    .iter()
    .all(|(who, _)| !who.starts_with("While")),);
}

#[test]
fn a_common_noun_heading_a_sentence_is_no_name() {
    let got =
        speakers("Analysts say the merger will close in May. Several analysts expect a delay.");
    assert_eq!(
        got.first(),
        Some(&("Analysts".to_string(), SpeakerKind::RoleOrDescription))
    );
    // Nor is it with "some" before it or a preposition after it, nor a plural of a party's members or a
    // people's.
    for (text, speaker) in [
        (
            "Analysts at Goldman Sachs estimated that a shutdown would cut growth.",
            "Analysts at Goldman Sachs",
        ),
        (
            "Republicans said the bill did little to cut debt.",
            "Republicans",
        ),
        (
            "Some Democrats worry that the deal sets up another fight.",
            "Some Democrats",
        ),
    ] {
        let got = speakers(text);
        assert_eq!(
            got.first(),
            Some(&(speaker.to_string(), SpeakerKind::RoleOrDescription)),
            "{text}"
        );
    }
    let got = first("Thomas allegedly told investigators that he had checked the cells.");
    assert_eq!(got.map(|(who, _, _)| who), Some("Thomas".to_string()));
    let got = first("The family claimed that the hospital had ignored the warnings.");
    assert_eq!(got.map(|(who, _, _)| who), Some("The family".to_string()));
    let got = speakers("We've said this before, many times: no special hardware is needed.");
    assert_eq!(
        got.first().map(|(_, kind)| *kind),
        Some(SpeakerKind::Pronoun)
    );
}

#[test]
fn the_subject_stands_before_a_set_off_adverb_or_a_time() {
    let got = first("Most mainstream economists, however, argue that consumers pay for tariffs.");
    assert_eq!(
        got.map(|(who, _, _)| who),
        Some("Most mainstream economists".to_string())
    );
    let got = first(
        "Hours before the match, Wild coach Bruce Okafor praised the winger, saying he always finds a way to score.",
    );
    assert_eq!(
        got.map(|(who, _, _)| who),
        Some("Wild coach Bruce Okafor".to_string())
    );
    let got = first(
        "Two federal prison officers were charged Tuesday with falsifying records, stating they had checked on the inmate.",
    );
    assert_eq!(
        got.map(|(who, _, _)| who),
        Some("Two federal prison officers".to_string())
    );
}

#[test]
fn the_reader_and_a_sentence_opening_name_nobody() {
    for text in [
        "You can also say that the new laptop is worth the price.",
        "Nothing indicated that he was armed.",
        "They need to do something if they expect to stay relevant next year.",
    ] {
        let got = speakers(text);
        assert!(got.iter().all(|(who, _)| who.is_empty()), "{text}: {got:?}");
    }
    let text =
        "Owen Dempsey treated the man in May. Because Dempsey suspected the feathers, he asked \
                about the bedding. “It was the duvet all along,” Dempsey said.";
    let duvet = find_quotes(text, "en", &[], None)
        .into_iter()
        .find(|q| q.content.contains("duvet"))
        .map(|q| q.speaker.name);
    assert_eq!(duvet, Some(Some("Owen Dempsey".to_string())));
}

#[test]
fn a_quote_split_by_its_cue_goes_on_past_a_short_month_and_a_comment() {
    let text =
        "“We are taking in billions,” Mr. Okoro said on Nov. 8. “I like our situation very much.”";
    let got = find_quotes(text, "en", &[], None);
    assert_eq!(got.len(), 1, "{got:?}");
    assert!(
        got[0].content.ends_with("I like our situation very much."),
        "{got:?}"
    );
    let got = first(
        "“We found water vapor,” lead researcher and NASA planetary scientist Lucas Pagano said.",
    );
    assert_eq!(
        got.map(|(who, _, _)| who),
        Some("lead researcher and NASA planetary scientist Lucas Pagano".to_string())
    );
    let got = first("“We are truly excited about the tour,” comments Johnston in a statement.");
    assert_eq!(
        got.map(|(who, cue, _)| (who, cue)),
        Some(("Johnston".to_string(), "comments".to_string()))
    );
}

#[test]
fn the_subject_stands_before_a_relative_or_participle_clause_set_off() {
    let got = first(
        "Jennifer McCord, who has split from many fellow Republicans on issues such as the state's private school voucher program, told teachers that the raise was overdue.",
    );
    assert_eq!(
        got.map(|(who, _, _)| who),
        Some("Jennifer McCord".to_string())
    );
    let got = first(
        "The news organization, citing an anonymous government source, reported that the talks had stalled.",
    );
    assert_eq!(
        got.map(|(who, _, _)| who),
        Some("The news organization".to_string())
    );
}

#[test]
fn an_aside_in_brackets_before_the_cue_is_no_speaker() {
    let got = first("Home Depot (ticker: HD) reported that sales fell short of estimates.");
    assert_eq!(got.map(|(who, _, _)| who), Some("Home Depot".to_string()));
}

#[test]
fn a_clause_of_the_writers_own_ends_the_content() {
    let got = first(
        "Lt. Col. Alex Varga told lawmakers it was his duty to report the call, as he deflected attacks from the right.",
    );
    assert_eq!(
        got.map(|(_, _, content)| content),
        Some("it was his duty to report the call".to_string())
    );
}

#[test]
fn a_quantity_added_is_not_speech() {
    assert!(first("The stock added more than 2% to begin the week.").is_none());
    assert!(first("Rookie Emil Berg added a goal and an assist, and Columbus won.").is_none());
    assert!(first("Japan's Nikkei 225 declined 0.3% on Tuesday.").is_none());
    // A time alone is not what was said, nor a circumstance of the saying.
    assert!(first("The company announced on Monday.").is_none());
    assert!(first("Mr. Okafor said while visiting the conference in San Francisco.").is_none());
    let got = first("She tweeted: “When something gets under his skin, he lashes out.”");
    assert_eq!(got.map(|(who, _, _)| who), Some("She".to_string()));
    let got = first("The mayor added that the bridge would reopen in May.");
    assert_eq!(got.map(|(who, _, _)| who), Some("The mayor".to_string()));
}

#[test]
fn a_participle_set_off_after_the_speaker_is_no_speaker() {
    for (text, speaker) in [
        (
            "A senior U.S. official, speaking on condition of anonymity, said Washington was reviewing the request.",
            "A senior U.S. official",
        ),
        (
            "Biden, during a visit to Kyiv, said the aid would continue.",
            "Biden",
        ),
    ] {
        let q = find_quotes(text, "en", &[], None);
        let said = q.iter().find(|q| q.cue.as_deref() == Some("said"));
        assert_eq!(said.map(|q| q.speaker.text.as_str()), Some(speaker), "{text}");
    }
}
