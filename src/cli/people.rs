//! `fora people …` and `fora org …`: organisations, people and their roles.

use crate::i18n::tr;
use std::collections::HashMap;
use std::path::PathBuf;

use anyhow::{Context as _, Result};
use clap::Subcommand;
use serde::Serialize;

use super::table::Table;
use super::{Context, print, print_json};
use crate::dates;
use crate::i18n::Message;
use crate::protocol::justering;
use crate::resolve::{Kind, Named, resolve};
use crate::store::people::{NewAssignment, NewPerson, Organisation, Person};
use crate::store::register::PersonChange;
use crate::store::{Record, StoreError};
use crate::text::inert;

#[derive(Subcommand, Debug)]
pub enum PeopleCommand {
    #[command(about = "help-people-add")]
    Add {
        name: String,
        #[arg(long, help = "help-people-add--org")]
        org: Option<String>,
        #[arg(long)]
        email: Option<String>,
        #[arg(long)]
        phone: Option<String>,
        #[arg(long, help = "help-people-add--also")]
        also: bool,
    },
    #[command(about = "help-people-edit")]
    Edit {
        person: String,
        #[arg(long, help = "help-people-edit--name")]
        name: Option<String>,
        #[arg(long, help = "help-people-edit--org")]
        org: Option<String>,
        #[arg(long, help = "help-people-edit--email")]
        email: Option<String>,
        #[arg(long, help = "help-people-edit--phone")]
        phone: Option<String>,
        #[arg(long, help = "help-people-edit--also")]
        also: bool,
    },
    #[command(about = "help-people-merge")]
    Merge {
        #[arg(value_name = "PERSON", help = "help-people-merge--keep", display_order = 1)]
        keep: String,
        #[arg(
            value_name = "PERSON",
            help = "help-people-merge--duplicate",
            display_order = 2
        )]
        duplicate: String,
        #[arg(long, help = "help-people-merge--amend")]
        amend: bool,
    },
    #[command(about = "help-people-remove")]
    Remove { person: String },
    #[command(about = "help-people-list")]
    List {
        #[arg(long, help = "help-people-list--org")]
        org: Option<String>,
        #[arg(long, help = "help-json")]
        json: bool,
    },
    #[command(about = "help-people-assign")]
    Assign {
        person: String,
        role: String,
        #[arg(long, help = "help-people-assign--org")]
        org: Option<String>,
        #[arg(long, help = "help-people-assign--from")]
        from: Option<String>,
        #[arg(long, help = "help-people-assign--to")]
        to: Option<String>,
    },
    #[command(about = "help-people-import")]
    Import { file: PathBuf },
    #[command(about = "help-people-key")]
    Key {
        person: String,
        #[arg(help = "help-people-key--file", value_name = "FILE.pub")]
        file: Option<PathBuf>,
        #[arg(
            long,
            help = "help-people-key--remove",
            value_name = "FINGERPRINT",
            conflicts_with = "file"
        )]
        remove: Option<String>,
    },
}

#[derive(Subcommand, Debug)]
pub enum OrgCommand {
    #[command(about = "help-org-list")]
    List {
        #[arg(long, help = "help-json")]
        json: bool,
    },
    #[command(about = "help-org-add")]
    Add { name: String },
    #[command(about = "help-org-rename")]
    Rename { org: String, name: String },
}

fn find_org<'a>(orgs: &'a [Organisation], query: &str) -> Result<&'a Organisation> {
    let named = orgs
        .iter()
        .map(|o| Named {
            id: o.id.to_string(),
            name: o.name.clone(),
            item: o,
        })
        .collect();
    Ok(resolve(Kind::Organisation, query, named)?)
}

fn find_person<'a>(people: &'a [Person], query: &str) -> Result<&'a Person> {
    let named = people
        .iter()
        .map(|p| Named {
            id: p.id.to_string(),
            name: p.name.clone(),
            item: p,
        })
        .collect();
    Ok(resolve(Kind::Person, query, named)?)
}

/// "id Name (Organisation)", so that two people of one name can be told apart.
/// "Leveransforum 2026-11-02, …" for meetings given by id.
fn meetings_named(ctx: &Context, ids: &[i64]) -> Result<String> {
    let catalog = ctx.store.catalog()?;
    let mut names = Vec::new();
    for &id in ids {
        let m = ctx.store.meeting(id)?;
        let forum = catalog
            .forum(&m.forum_id)
            .map_or(m.forum_id.clone(), |f| f.name.clone());
        names.push(format!("{} {}", inert(&forum), inert(&m.date)));
    }
    Ok(names.join(", "))
}

fn described(p: &Person) -> String {
    format!("{} {} ({})", p.id, inert(&p.name), inert(&p.organisation))
}

fn find_role(ctx: &Context, query: &str) -> Result<String> {
    let catalog = ctx.store.catalog()?;
    let named = catalog
        .roles
        .iter()
        .map(|r| Named {
            id: r.id.clone(),
            name: r.name.clone(),
            item: r,
        })
        .collect();
    Ok(resolve(Kind::Role, query, named)?.id.clone())
}

fn date_arg(text: Option<&str>) -> Result<Option<String>> {
    text.map(|t| {
        dates::parse(t)
            .map(|d| d.to_string())
            .map_err(anyhow::Error::from)
    })
    .transpose()
}

pub fn run(ctx: &mut Context, command: PeopleCommand) -> Result<()> {
    let lang = ctx.lang;
    match command {
        PeopleCommand::Add {
            name,
            org,
            email,
            phone,
            also,
        } => {
            let orgs = ctx.store.organisations()?;
            let org = match org {
                Some(q) => find_org(&orgs, &q)?,
                None => &orgs[0],
            };
            let person = NewPerson {
                name: name.clone(),
                organisation_id: org.id,
                email,
                phone,
            };
            let id = if also {
                ctx.store.add_namesake(&person)?
            } else {
                ctx.store.add_person(&person)?
            };
            let text = tr!(
                lang,
                "out-added-person",
                id = id,
                name = inert(name.trim()),
                organisation = inert(&org.name)
            );
            print(&format!("{text}\n"))
        }
        PeopleCommand::Edit {
            person,
            name,
            org,
            email,
            phone,
            also,
        } => {
            if name.is_none() && org.is_none() && email.is_none() && phone.is_none() {
                return Err(crate::fail!("err-cli-edit-nothing"));
            }
            let people = ctx.store.people()?;
            let id = find_person(&people, &person)?.id;
            let orgs = ctx.store.organisations()?;
            let organisation_id = org.map(|q| find_org(&orgs, &q).map(|o| o.id)).transpose()?;
            let change = PersonChange {
                name,
                organisation_id,
                email,
                phone,
            };
            ctx.store.edit_person(id, &change, also)?;
            let people = ctx.store.people()?;
            let Some(now) = people.iter().find(|p| p.id == id) else {
                return Err(StoreError::Missing(Record::Person, id).into());
            };
            let text = tr!(
                lang,
                "out-person-edited",
                id = id,
                name = inert(&now.name),
                organisation = inert(&now.organisation)
            );
            print(&format!("{text}\n"))
        }
        PeopleCommand::Merge {
            keep,
            duplicate,
            amend,
        } => {
            let people = ctx.store.people()?;
            let keep = find_person(&people, &keep)?;
            let duplicate = find_person(&people, &duplicate)?;
            // The duplicate's seats move to the kept person: a protocol sent
            // or approved changes, which only an amendment may do.
            let attended = ctx.store.meetings_attended(duplicate.id)?;
            let frozen = justering::frozen(&ctx.store, &attended)?;
            if !frozen.is_empty() && !amend {
                return Err(crate::fail!(
                    "err-cli-merge-needs-amend",
                    name = described(duplicate),
                    meetings = meetings_named(ctx, &frozen)?
                ));
            }
            ctx.store.merge_people(keep.id, duplicate.id)?;
            justering::amended(&mut ctx.store, &frozen, lang, chrono::Local::now())?;
            let mut text = tr!(
                lang,
                "out-people-merged",
                keep = described(keep),
                duplicate = described(duplicate)
            );
            if !frozen.is_empty() {
                let amended = tr!(
                    lang,
                    "out-merge-amended",
                    meetings = meetings_named(ctx, &frozen)?
                );
                text = format!("{text}\n{amended}");
            }
            print(&format!("{text}\n"))
        }
        PeopleCommand::Remove { person } => {
            let people = ctx.store.people()?;
            let person = find_person(&people, &person)?;
            ctx.store.remove_person(person.id)?;
            let text = tr!(lang, "out-person-removed", name = described(person));
            print(&format!("{text}\n"))
        }
        PeopleCommand::List { org, json } => list(ctx, org.as_deref(), json),
        PeopleCommand::Key { person, file, remove } => {
            let people = ctx.store.people()?;
            let person = find_person(&people, &person)?.clone();
            super::keys::people_key(ctx, &person, file.as_deref(), remove.as_deref())
        }
        PeopleCommand::Assign {
            person,
            role,
            org,
            from,
            to,
        } => {
            let people = ctx.store.people()?;
            let person = find_person(&people, &person)?;
            let role_id = find_role(ctx, &role)?;
            let orgs = ctx.store.organisations()?;
            let org_id = match org {
                Some(q) => find_org(&orgs, &q)?.id,
                None => person.organisation_id,
            };
            let from = date_arg(from.as_deref())?.unwrap_or_else(dates::today);
            let to = date_arg(to.as_deref())?;
            ctx.store.assign(
                person.id,
                &NewAssignment {
                    role_id: role_id.clone(),
                    organisation_id: org_id,
                    from: from.clone(),
                    to: to.clone(),
                },
            )?;
            let text = match &to {
                Some(to) => tr!(
                    lang,
                    "out-role-assigned-until",
                    person = inert(&person.name),
                    role = role_id.as_str(),
                    from = from.as_str(),
                    to = to.as_str()
                ),
                None => tr!(
                    lang,
                    "out-role-assigned",
                    person = inert(&person.name),
                    role = role_id.as_str(),
                    from = from.as_str()
                ),
            };
            print(&format!("{text}\n"))
        }
        PeopleCommand::Import { file } => {
            let data = crate::files::read(&file)?;
            let orgs = ctx.store.organisations()?;
            let roles: Vec<(String, String)> = ctx
                .store
                .catalog()?
                .roles
                .into_iter()
                .map(|r| (r.id, r.name))
                .collect();
            let rows = match crate::people_csv::parse(&data, &orgs, &roles, &dates::today()) {
                Ok(rows) => rows,
                Err(errors) => {
                    let shown = inert(&file.display().to_string());
                    let rows: Vec<String> = errors
                        .iter()
                        .map(|e| format!("\n  {shown}:{}: {}", e.line, e.problem))
                        .collect();
                    return Err(crate::fail!(
                        "err-cli-people-not-imported",
                        count = errors.len(),
                        rows = rows.concat()
                    ));
                }
            };
            let done = ctx
                .store
                .import_people(&rows)
                .context(Message::new("err-cli-nobody-imported"))?;
            let text = tr!(
                lang,
                "out-imported-people",
                new = done.new_people,
                changed = done.changed_people,
                roles = done.new_roles
            );
            print(&format!("{text}\n"))
        }
    }
}

fn list(ctx: &Context, org: Option<&str>, json: bool) -> Result<()> {
    let lang = ctx.lang;
    let orgs = ctx.store.organisations()?;
    let only = org.map(|q| find_org(&orgs, q)).transpose()?.map(|o| o.id);
    let people: Vec<Person> = ctx
        .store
        .people()?
        .into_iter()
        .filter(|p| only.is_none_or(|id| p.organisation_id == id))
        .collect();
    let mut roles: HashMap<i64, Vec<String>> = HashMap::new();
    for (person, role) in ctx.store.roles_held_on(&dates::today())? {
        roles.entry(person).or_default().push(role);
    }
    if json {
        #[derive(Serialize)]
        struct PersonJson<'a> {
            #[serde(flatten)]
            person: &'a Person,
            roles_today: &'a [String],
        }
        let list: Vec<PersonJson> = people
            .iter()
            .map(|p| PersonJson {
                person: p,
                roles_today: roles.get(&p.id).map_or(&[], |r| r.as_slice()),
            })
            .collect();
        return print_json(&list);
    }
    let mut table = Table::new([
        "id",
        lang.text("out-name"),
        lang.text("out-organisation"),
        lang.text("out-email"),
        lang.text("out-phone"),
        lang.text("out-roles-today"),
    ]);
    for p in &people {
        table.row(vec![
            p.id.to_string(),
            p.name.clone(),
            p.organisation.clone(),
            p.email.clone().unwrap_or_default(),
            p.phone.clone().unwrap_or_default(),
            roles.get(&p.id).map(|r| r.join(", ")).unwrap_or_default(),
        ]);
    }
    if table.is_empty() {
        return print(&format!("{}\n", lang.text("out-no-people")));
    }
    print(&table.render())
}

pub fn run_org(ctx: &mut Context, command: OrgCommand) -> Result<()> {
    let lang = ctx.lang;
    match command {
        OrgCommand::List { json } => {
            let orgs = ctx.store.organisations()?;
            if json {
                return print_json(&orgs);
            }
            let mut table = Table::new(["id", lang.text("out-name"), lang.text("out-party")]);
            for o in &orgs {
                table.row(vec![
                    o.id.to_string(),
                    o.name.clone(),
                    o.party.label(lang).to_string(),
                ]);
            }
            print(&table.render())
        }
        OrgCommand::Add { name } => {
            let id = ctx.store.add_supplier(&name)?;
            let text = tr!(lang, "out-added-supplier", id = id, name = inert(name.trim()));
            print(&format!("{text}\n"))
        }
        OrgCommand::Rename { org, name } => {
            let orgs = ctx.store.organisations()?;
            let found = find_org(&orgs, &org)?;
            ctx.store.rename_organisation(found.id, &name)?;
            let text = tr!(
                lang,
                "out-renamed",
                old = inert(&found.name),
                new = inert(name.trim())
            );
            print(&format!("{text}\n"))
        }
    }
}
