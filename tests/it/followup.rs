//! Following things up across meetings and forums: carried actions, the
//! decision register, escalations, disagreements, proposals, changes, search.

use chrono::{DateTime, Local, TimeZone};
use fora::domain::Channel;
use fora::domain::meeting::{EntryKind, ItemKind};
use fora::i18n::Lang;
use fora::store::Store;
use fora::store::followup::{ActionFilter, FollowUpState};
use fora::store::meetings::EntryFields;
use fora::store::search::{SearchFilter, SearchKind};

fn day(date: &str) -> DateTime<Local> {
    let d = chrono::NaiveDate::parse_from_str(date, "%Y-%m-%d").unwrap();
    Local
        .from_local_datetime(&d.and_hms_opt(9, 0, 0).unwrap())
        .unwrap()
}

fn start(store: &mut Store, forum: &str, date: &str) -> i64 {
    store
        .start_meeting(forum, date, Channel::Fysiskt, day(date), Lang::Sv)
        .unwrap()
}

fn item_of_kind(store: &Store, meeting: i64, kind: ItemKind) -> Vec<(i64, String)> {
    store
        .agenda(meeting)
        .unwrap()
        .into_iter()
        .filter(|i| i.kind == kind)
        .map(|i| (i.id, i.title))
        .collect()
}

fn first_theme(store: &Store, meeting: i64) -> i64 {
    store.agenda(meeting).unwrap()[3].id
}

fn text(t: &str) -> EntryFields {
    EntryFields {
        text: t.into(),
        ..Default::default()
    }
}

fn add(store: &mut Store, item: i64, kind: EntryKind, fields: EntryFields, date: &str) -> i64 {
    store.add_entry(item, kind, &fields, day(date), None).unwrap()
}

/// Records an entry on the meeting's first theme.
fn add_on_theme(store: &mut Store, meeting: i64, kind: EntryKind, fields: EntryFields, date: &str) -> i64 {
    let item = first_theme(store, meeting);
    add(store, item, kind, fields, date)
}

#[test]
fn open_actions_come_back_until_done_and_done_records_where() {
    let mut store = Store::open_in_memory().unwrap();
    let m1 = start(&mut store, "leveransforum", "2026-09-01");
    let item = first_theme(&store, m1);
    let action = |t: &str, due: &str| EntryFields {
        text: t.into(),
        owner: Some("Bo Ek".into()),
        due: Some(due.into()),
        ..Default::default()
    };
    let a1 = add(
        &mut store,
        item,
        EntryKind::Action,
        action("Rapport", "2026-09-15"),
        "2026-09-01",
    );
    let a2 = add(
        &mut store,
        item,
        EntryKind::Action,
        action("Plan", "2026-12-31"),
        "2026-09-01",
    );
    store.end_meeting(m1, day("2026-09-01")).unwrap();
    // Another forum's meeting does not carry them.
    let other = start(&mut store, "forvaltningsmote", "2026-09-20");
    assert!(item_of_kind(&store, other, ItemKind::Actions).is_empty());

    let m2 = start(&mut store, "leveransforum", "2026-10-01");
    let carried = item_of_kind(&store, m2, ItemKind::Actions);
    assert_eq!(carried.len(), 1);
    assert_eq!(carried[0].1, "Uppföljning av öppna åtgärder (2)");
    let overdue = store
        .actions(
            &ActionFilter {
                overdue_only: true,
                ..Default::default()
            },
            "2026-10-01",
        )
        .unwrap();
    assert_eq!(overdue.iter().map(|a| a.entry_id).collect::<Vec<_>>(), [a1]);

    store
        .complete_action(a1, true, Some(m2), day("2026-10-01"))
        .unwrap();
    let done = store
        .actions(&ActionFilter::default(), "2026-10-01")
        .unwrap()
        .into_iter()
        .find(|a| a.entry_id == a1)
        .unwrap();
    assert!(done.done && !done.overdue);
    assert_eq!(done.done_meeting_id, Some(m2));
    assert!(done.done_at.unwrap().starts_with("2026-10-01"));
    let followed_up = |store: &Store, meeting: i64| -> Vec<(i64, bool)> {
        let filter = ActionFilter {
            forum_id: Some("leveransforum"),
            followed_up_in: Some(meeting),
            ..Default::default()
        };
        let mut rows: Vec<(i64, bool)> = store
            .actions(&filter, "2026-10-01")
            .unwrap()
            .into_iter()
            .map(|a| (a.entry_id, a.done))
            .collect();
        rows.sort();
        rows
    };
    assert_eq!(
        followed_up(&store, m2),
        [(a1, true), (a2, false)],
        "the meeting shows what it marked done beside what is still open"
    );
    store.end_meeting(m2, day("2026-10-01")).unwrap();

    let m3 = start(&mut store, "leveransforum", "2026-11-01");
    assert_eq!(
        followed_up(&store, m3),
        [(a2, false)],
        "done in an earlier meeting: not followed up again"
    );
    assert_eq!(
        item_of_kind(&store, m3, ItemKind::Actions)[0].1,
        "Uppföljning av öppna åtgärder (1)"
    );
    store
        .complete_action(a2, true, Some(m3), day("2026-11-01"))
        .unwrap();
    let m4 = start(&mut store, "leveransforum", "2026-12-01");
    assert!(
        item_of_kind(&store, m4, ItemKind::Actions).is_empty(),
        "nothing open, nothing carried"
    );
    let by_owner = store
        .actions(
            &ActionFilter {
                owner: Some("bo"),
                ..Default::default()
            },
            "2026-12-01",
        )
        .unwrap();
    assert_eq!(by_owner.len(), 2);
    assert!(
        store
            .complete_action(first_theme(&store, m4), true, None, day("2026-12-01"))
            .is_err()
    );
}

#[test]
fn decision_references_run_per_forum_and_year_and_are_never_reused() {
    let mut store = Store::open_in_memory().unwrap();
    let m1 = start(&mut store, "leveransforum", "2026-03-01");
    let item = first_theme(&store, m1);
    let d1 = add(&mut store, item, EntryKind::Decision, text("Ett"), "2026-03-01");
    let d2 = add(&mut store, item, EntryKind::Decision, text("Två"), "2026-03-01");
    add(
        &mut store,
        item,
        EntryKind::Information,
        text("Info"),
        "2026-03-01",
    );
    store.end_meeting(m1, day("2026-03-01")).unwrap();
    store.delete_entry(d2, day("2026-03-01")).unwrap();
    // Added after the end: the next free number.
    let d3 = add(&mut store, item, EntryKind::Decision, text("Tre"), "2026-03-01");
    let v = start(&mut store, "verkstallande", "2026-03-02");
    let dv = add_on_theme(
        &mut store,
        v,
        EntryKind::Decision,
        text("Annat forum"),
        "2026-03-02",
    );
    store.end_meeting(v, day("2026-03-02")).unwrap();
    let next_year = start(&mut store, "leveransforum", "2027-01-10");
    let dn = add_on_theme(
        &mut store,
        next_year,
        EntryKind::Decision,
        text("Nytt år"),
        "2027-01-10",
    );
    store.end_meeting(next_year, day("2027-01-10")).unwrap();

    let reference = |id| store.decision_reference(id).unwrap().unwrap().to_string();
    assert_eq!(reference(d1), "Leveransforum 2026 § 1");
    assert_eq!(
        reference(d3),
        "Leveransforum 2026 § 3",
        "§ 2 was deleted and is not given again"
    );
    assert_eq!(reference(dv), "Verkställande forum 2026 § 1");
    assert_eq!(reference(dn), "Leveransforum 2027 § 1");
    let register = store
        .decisions(Some("leveransforum"), Some("2026-01-01"))
        .unwrap();
    let refs: Vec<&str> = register.iter().map(|d| d.reference.as_str()).collect();
    assert_eq!(
        refs,
        [
            "Leveransforum 2027 § 1",
            "Leveransforum 2026 § 3",
            "Leveransforum 2026 § 1"
        ]
    );
    assert_eq!(store.decisions(None, Some("2027-01-01")).unwrap().len(), 1);
}

#[test]
fn an_escalation_waits_at_the_target_until_decided_or_escalated_further() {
    let mut store = Store::open_in_memory().unwrap();
    let lev = start(&mut store, "leveransforum", "2026-05-01");
    let esc = EntryFields {
        text: "Vitesfrågan\nmer text".into(),
        target_forum: Some("verkstallande".into()),
        ..Default::default()
    };
    let e1 = add_on_theme(&mut store, lev, EntryKind::Escalation, esc, "2026-05-01");

    let v1 = start(&mut store, "verkstallande", "2026-06-01");
    let carried = item_of_kind(&store, v1, ItemKind::Escalation);
    assert_eq!(carried.len(), 1);
    assert_eq!(
        carried[0].1,
        "Eskalering från Leveransforum 2026-05-01: Vitesfrågan"
    );
    // Not handled in the first meeting (only information): it comes back.
    add(
        &mut store,
        carried[0].0,
        EntryKind::Information,
        text("Bereds"),
        "2026-06-01",
    );
    let v2 = start(&mut store, "verkstallande", "2026-09-01");
    let again = item_of_kind(&store, v2, ItemKind::Escalation);
    assert_eq!(again.len(), 1);
    let open = store.follow_ups("escalation", true, "2026-09-01").unwrap();
    assert_eq!(
        (open[0].entry_id, open[0].age_days, open[0].state),
        (e1, 123, FollowUpState::Open)
    );

    // Escalated further, to Ledningsforum.
    let up = EntryFields {
        text: "Till ledningsforum".into(),
        target_forum: Some("ledningsforum".into()),
        ..Default::default()
    };
    let e2 = add(&mut store, again[0].0, EntryKind::Escalation, up, "2026-09-01");
    let all = store.follow_ups("escalation", false, "2026-09-01").unwrap();
    assert_eq!(all[0].state, FollowUpState::Escalated);
    let v3 = start(&mut store, "verkstallande", "2026-12-01");
    assert!(item_of_kind(&store, v3, ItemKind::Escalation).is_empty());

    let l1 = start(&mut store, "ledningsforum", "2027-01-15");
    let at_top = item_of_kind(&store, l1, ItemKind::Escalation);
    assert_eq!(at_top.len(), 1);
    add(
        &mut store,
        at_top[0].0,
        EntryKind::Decision,
        text("Vitet bestrids"),
        "2027-01-15",
    );
    let done = store.follow_ups("escalation", false, "2027-01-15").unwrap();
    let second = done.iter().find(|r| r.entry_id == e2).unwrap();
    assert_eq!(
        (second.state, second.outcome.as_deref()),
        (FollowUpState::Decided, Some("Vitet bestrids"))
    );
    assert!(
        store
            .follow_ups("escalation", true, "2027-01-15")
            .unwrap()
            .is_empty()
    );
}

/// What `fora status` counts as open escalations at Verkställande forum.
fn open_at_verkstallande(store: &Store, date: &str) -> i64 {
    let today = chrono::NaiveDate::parse_from_str(date, "%Y-%m-%d").unwrap();
    let rows = store.status(today).unwrap();
    rows.iter()
        .find(|r| r.forum_id == "verkstallande")
        .unwrap()
        .open_escalations
}

#[test]
fn an_escalation_opens_again_when_its_decision_or_item_goes() {
    let mut store = Store::open_in_memory().unwrap();
    let lev = start(&mut store, "leveransforum", "2026-05-01");
    let esc = EntryFields {
        text: "Tillgängligheten".into(),
        target_forum: Some("verkstallande".into()),
        ..Default::default()
    };
    let e1 = add_on_theme(&mut store, lev, EntryKind::Escalation, esc, "2026-05-01");
    assert_eq!(open_at_verkstallande(&store, "2026-05-02"), 1);

    let v1 = start(&mut store, "verkstallande", "2026-06-01");
    let carried = item_of_kind(&store, v1, ItemKind::Escalation)[0].0;
    let decision = add(
        &mut store,
        carried,
        EntryKind::Decision,
        text("Åtgärdas"),
        "2026-06-01",
    );
    let state = |store: &Store| {
        let all = store.follow_ups("escalation", false, "2026-06-01").unwrap();
        let row = all.into_iter().find(|r| r.entry_id == e1).unwrap();
        (row.state, row.outcome)
    };
    assert_eq!(
        state(&store),
        (FollowUpState::Decided, Some("Åtgärdas".to_string()))
    );
    assert_eq!(open_at_verkstallande(&store, "2026-06-02"), 0);

    // The decision is deleted: open again, counted again, carried again.
    store.delete_entry(decision, day("2026-06-01")).unwrap();
    assert_eq!(state(&store), (FollowUpState::Open, None));
    assert_eq!(open_at_verkstallande(&store, "2026-06-02"), 1);

    // Decided again, then the item that carries it is removed from the agenda.
    add(
        &mut store,
        carried,
        EntryKind::Decision,
        text("Åtgärdas ändå"),
        "2026-06-01",
    );
    assert_eq!(state(&store).0, FollowUpState::Decided);
    store.remove_item(carried, day("2026-06-01")).unwrap();
    assert_eq!(state(&store), (FollowUpState::Open, None));
    let v2 = start(&mut store, "verkstallande", "2026-09-01");
    assert_eq!(item_of_kind(&store, v2, ItemKind::Escalation).len(), 1);
}

#[test]
fn a_disagreement_goes_to_leveransforum_and_its_outcome_is_recorded() {
    let mut store = Store::open_in_memory().unwrap();
    let op = start(&mut store, "operativt-mote", "2026-04-01");
    let fields = EntryFields {
        text: "Vem äger integrationen?".into(),
        parties: Some("Leverantören, Driftbolaget AB".into()),
        ..Default::default()
    };
    let d = add_on_theme(&mut store, op, EntryKind::Disagreement, fields, "2026-04-01");
    let lf = start(&mut store, "leveransforum", "2026-04-10");
    let item = item_of_kind(&store, lf, ItemKind::Disagreement);
    assert_eq!(
        item[0].1,
        "Meningsskiljaktighet från Operativt möte 2026-04-01: Vem äger integrationen?"
    );
    add(
        &mut store,
        item[0].0,
        EntryKind::Decision,
        text("Ansvarsgränsen förtydligas: Driftbolaget äger integrationen"),
        "2026-04-10",
    );
    let rows = store.follow_ups("disagreement", false, "2026-04-10").unwrap();
    assert_eq!(rows[0].entry_id, d);
    assert_eq!(rows[0].state, FollowUpState::Decided);
    assert!(rows[0].outcome.as_deref().unwrap().starts_with("Ansvarsgränsen"));
    assert_eq!(rows[0].parties.as_deref(), Some("Leverantören, Driftbolaget AB"));
    // Escalating a disagreement takes it to Verkställande forum.
    let op2 = start(&mut store, "operativt-mote", "2026-05-01");
    let fields = EntryFields {
        text: "Kostnadsfördelning".into(),
        parties: Some("A, B".into()),
        ..Default::default()
    };
    add_on_theme(&mut store, op2, EntryKind::Disagreement, fields, "2026-05-01");
    let lf2 = start(&mut store, "leveransforum", "2026-05-10");
    let item = item_of_kind(&store, lf2, ItemKind::Disagreement);
    assert_eq!(item.len(), 1, "the settled one does not come back");
    let up = EntryFields {
        text: "Lyfts".into(),
        target_forum: Some("verkstallande".into()),
        ..Default::default()
    };
    add(&mut store, item[0].0, EntryKind::Escalation, up, "2026-05-10");
    let v = start(&mut store, "verkstallande", "2026-06-01");
    assert_eq!(
        item_of_kind(&store, v, ItemKind::Escalation)[0].1,
        "Eskalering från Leveransforum 2026-05-10: Lyfts"
    );
    let states: Vec<FollowUpState> = store
        .follow_ups("disagreement", false, "2026-06-01")
        .unwrap()
        .iter()
        .map(|r| r.state)
        .collect();
    assert_eq!(states, [FollowUpState::Decided, FollowUpState::Escalated]);
}

#[test]
fn proposed_points_go_on_the_operational_meeting_or_it_can_be_cancelled() {
    let mut store = Store::open_in_memory().unwrap();
    let supplier = store.add_supplier("Driftbolaget AB").unwrap();
    assert!(store.pending_proposals("operativt-mote").unwrap().is_empty());
    let cancelled = store
        .cancel_meeting(
            "operativt-mote",
            "2026-03-31",
            "Inga anmälda punkter",
            day("2026-03-31"),
        )
        .unwrap();
    let m = store.meeting(cancelled).unwrap();
    assert_eq!(m.status, fora::domain::meeting::MeetingStatus::Cancelled);
    assert_eq!(m.cancel_reason.as_deref(), Some("Inga anmälda punkter"));

    store
        .propose(
            "operativt-mote",
            supplier,
            "Gemensam incidentrutin",
            day("2026-06-01"),
        )
        .unwrap();
    assert!(
        store
            .propose("operativt-mote", supplier, "  ", day("2026-06-01"))
            .is_err()
    );
    let meeting = start(&mut store, "operativt-mote", "2026-06-30");
    let items = item_of_kind(&store, meeting, ItemKind::Proposal);
    assert_eq!(items[0].1, "Gemensam incidentrutin (Driftbolaget AB)");
    assert!(
        store.pending_proposals("operativt-mote").unwrap().is_empty(),
        "taken up once"
    );
}

#[test]
fn planned_changes_are_listed_at_the_change_meeting_until_announced() {
    let mut store = Store::open_in_memory().unwrap();
    let supplier = store.add_supplier("Driftbolaget AB").unwrap();
    store
        .plan_change(
            supplier,
            "Byte av lastbalanserare",
            Some("2026-06-10"),
            day("2026-06-01"),
        )
        .unwrap();
    store
        .plan_change(2, "Ny version av bedömningsmodulen", None, day("2026-06-01"))
        .unwrap();
    let m = start(&mut store, "forandringsavstamning", "2026-06-03");
    let items = item_of_kind(&store, m, ItemKind::Changes);
    let titles: Vec<&str> = items.iter().map(|(_, t)| t.as_str()).collect();
    assert_eq!(
        titles,
        [
            "Driftbolaget AB, 2026-06-10: Byte av lastbalanserare",
            "Leverantören: Ny version av bedömningsmodulen"
        ]
    );
    store.set_item_done(items[0].0, true).unwrap();
    let announced: Vec<bool> = store
        .planned_changes()
        .unwrap()
        .iter()
        .map(|c| c.announced)
        .collect();
    assert_eq!(announced, [true, false]);
    let next = start(&mut store, "forandringsavstamning", "2026-06-10");
    assert_eq!(
        item_of_kind(&store, next, ItemKind::Changes).len(),
        1,
        "only the one not yet announced"
    );
    // Other forums do not list changes.
    let lev = start(&mut store, "leveransforum", "2026-06-10");
    assert!(item_of_kind(&store, lev, ItemKind::Changes).is_empty());
}

#[test]
fn search_folds_diacritics_and_takes_any_text() {
    let mut store = Store::open_in_memory().unwrap();
    let m = start(&mut store, "andringskoordinering", "2026-02-01");
    let item = first_theme(&store, m);
    add(
        &mut store,
        item,
        EntryKind::Decision,
        text("Ändringen av inloggningen godkänns"),
        "2026-02-01",
    );
    add(
        &mut store,
        item,
        EntryKind::Risk,
        text("Förseningar i releasen"),
        "2026-02-01",
    );
    let lev = start(&mut store, "leveransforum", "2026-03-01");
    add_on_theme(
        &mut store,
        lev,
        EntryKind::Information,
        text("Säkerhetsincident i januari"),
        "2026-03-01",
    );
    let deleted = add_on_theme(
        &mut store,
        lev,
        EntryKind::Information,
        text("Hemlig ändring"),
        "2026-03-01",
    );
    store.delete_entry(deleted, day("2026-03-01")).unwrap();

    let f = SearchFilter {
        limit: 20,
        ..Default::default()
    };
    let hits = store.search("andring", &f).unwrap();
    let entries: Vec<_> = hits.iter().filter(|h| h.entry_id.is_some()).collect();
    assert_eq!(entries.len(), 1, "{hits:?}");
    assert_eq!(entries[0].snippet, "«Ändringen» av inloggningen godkänns");
    assert_eq!(
        (entries[0].forum.as_str(), entries[0].date.as_str()),
        ("Ändringskoordineringsforum", "2026-02-01")
    );
    assert_eq!(entries[0].item, "Uppföljning av genomförda ändringar");
    // Agenda items such as "Framtida ändringar" match as well, newest meeting first.
    assert_eq!(hits[0].snippet, "Större genomförda «ändringar»");
    assert!(
        hits.iter()
            .any(|h| h.item == "Framtida ändringar" && h.entry_id.is_none())
    );
    assert_eq!(
        store.search("SÄKERHETSINCIDENT", &f).unwrap()[0].forum_id,
        "leveransforum"
    );
    assert_eq!(
        store.search("forsening", &f).unwrap()[0].kind,
        Some(EntryKind::Risk)
    );
    // Agenda item titles are found too.
    let item_hits = store
        .search(
            "flaskhalsar",
            &SearchFilter {
                kind: Some(SearchKind::Item),
                limit: 20,
                ..Default::default()
            },
        )
        .unwrap();
    assert_eq!(item_hits.len(), 1);
    assert!(item_hits[0].entry_id.is_none());
    // Filters.
    let only_lev = SearchFilter {
        forum_id: Some("leveransforum"),
        limit: 20,
        ..Default::default()
    };
    let in_lev = store.search("andring", &only_lev).unwrap();
    assert!(
        in_lev
            .iter()
            .all(|h| h.forum_id == "leveransforum" && h.entry_id.is_none()),
        "the deleted entry is not found: {in_lev:?}"
    );
    let decisions = SearchFilter {
        kind: Some(SearchKind::Entry(EntryKind::Decision)),
        limit: 20,
        ..Default::default()
    };
    assert_eq!(store.search("godkanns", &decisions).unwrap().len(), 1);
    // Anything typed is a valid search.
    for typed in ["\"andring", "andring OR", "NEAR(", "a*b", "ändring\" AND \"x"] {
        assert!(store.search(typed, &f).is_ok(), "{typed}");
    }
    let err = store.search("\"*(-)\"", &f).unwrap_err();
    assert!(err.to_string().contains("minst ett ord"), "{err}");
}

#[test]
fn every_cadence_of_the_catalogue_gives_its_next_due_date() {
    let mut store = Store::open_in_memory().unwrap();
    let last = "2026-08-31";
    for forum in store.catalog().unwrap().forums.iter().filter(|f| f.active) {
        let id = start(&mut store, &forum.id, last);
        store.end_meeting(id, day(last)).unwrap();
    }
    let today = chrono::NaiveDate::from_ymd_opt(2026, 9, 10).unwrap();
    let schedule = store.schedule(today).unwrap();
    let next: Vec<(&str, Option<&str>)> = schedule
        .iter()
        .map(|r| (r.forum_id.as_str(), r.next_due.as_deref()))
        .collect();
    assert_eq!(
        next,
        [
            ("ledningsforum", Some("2027-08-31")),         // at least yearly
            ("verkstallande", Some("2026-11-30")),         // at least quarterly (30 November: no 31st)
            ("forvaltningsmote", Some("2026-09-30")),      // monthly
            ("arkitektur-sakerhet", Some("2026-11-30")),   // at least quarterly
            ("andringskoordinering", Some("2026-09-14")),  // every other week
            ("releaseplanering", Some("2027-02-28")),      // half-yearly
            ("driftsattningsinfo", Some("2026-09-07")),    // weekly
            ("leveransforum", Some("2026-09-30")),         // at least monthly
            ("leveransledning", Some("2026-11-30")),       // at least quarterly
            ("operativt-mote", Some("2026-11-30")),        // at least quarterly
            ("forandringsavstamning", Some("2026-09-07")), // weekly
            ("arkitektur-sakerhet-alla", None),            // not established
        ]
    );
    use fora::domain::schedule::DueState;
    let state = |id: &str| schedule.iter().find(|r| r.forum_id == id).unwrap().state;
    assert_eq!(state("driftsattningsinfo"), DueState::Overdue);
    assert_eq!(state("andringskoordinering"), DueState::DueSoon);
    assert_eq!(state("ledningsforum"), DueState::Scheduled);
    assert_eq!(state("arkitektur-sakerhet-alla"), DueState::NotScheduled);
    assert_eq!(
        schedule
            .iter()
            .find(|r| r.forum_id == "driftsattningsinfo")
            .unwrap()
            .days_overdue,
        Some(3)
    );

    // Status counts a cancelled meeting apart from the held ones.
    store
        .cancel_meeting(
            "operativt-mote",
            "2026-09-05",
            "Inga anmälda punkter",
            day("2026-09-05"),
        )
        .unwrap();
    let status = store.status(today).unwrap();
    let op = status.iter().find(|r| r.forum_id == "operativt-mote").unwrap();
    assert_eq!((op.held, op.cancelled, op.expected), (1, 1, Some(4)));
    let weekly = status
        .iter()
        .find(|r| r.forum_id == "driftsattningsinfo")
        .unwrap();
    assert_eq!((weekly.held, weekly.expected), (1, Some(52)));
}

#[test]
fn the_search_index_follows_every_entry_added_edited_and_deleted_at_once() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("fora.db");
    let mut store = Store::open(&path).unwrap();
    let m = start(&mut store, "leveransforum", "2026-03-01");
    let item = first_theme(&store, m);
    let kept = add(
        &mut store,
        item,
        EntryKind::Information,
        text("Lastbalanseraren byts"),
        "2026-03-01",
    );
    let edited = add(
        &mut store,
        item,
        EntryKind::Risk,
        text("Gammal formulering"),
        "2026-03-01",
    );
    let deleted = add(
        &mut store,
        item,
        EntryKind::Risk,
        text("Strykes helt"),
        "2026-03-01",
    );
    store
        .edit_entry(edited, &text("Ny formulering om vitet"), day("2026-03-01"), None)
        .unwrap();
    store.delete_entry(deleted, day("2026-03-01")).unwrap();
    let filter = SearchFilter {
        limit: 10,
        ..Default::default()
    };
    let found = |store: &Store, q: &str| -> Vec<Option<i64>> {
        store
            .search(q, &filter)
            .unwrap()
            .into_iter()
            .map(|h| h.entry_id)
            .collect()
    };
    assert_eq!(found(&store, "lastbalanseraren"), [Some(kept)]);
    assert_eq!(found(&store, "vitet"), [Some(edited)]);
    assert!(found(&store, "gammal").is_empty());
    assert!(found(&store, "strykes").is_empty());
    // Another fora opening the file finds the same.
    drop(store);
    let store = Store::open(&path).unwrap();
    assert_eq!(found(&store, "lastbalanseraren"), [Some(kept)]);
    let check: rusqlite::Result<usize> = store.conn().execute(
        "INSERT INTO entry_search (entry_search) VALUES ('integrity-check')",
        [],
    );
    assert!(check.is_ok(), "the search index matches the entries: {check:?}");
}
