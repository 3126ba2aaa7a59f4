//! How often a forum meets, in a form fora can compute with and say in words.

use crate::i18n::tr;
use chrono::{Days, Months, NaiveDate};
use serde::{Deserialize, Serialize};

use crate::i18n::Lang;

stored_enum! {
    pub enum CadenceUnit {
        Week = "week";
        Month = "month";
        Year = "year";
    }
}

/// "Minst kvartalsvis samt vid behov" as data: every 3 months, at least, and when needed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Cadence {
    pub every: u32,
    pub unit: CadenceUnit,
    /// The seed says "minst": more meetings are fine, fewer are not.
    pub at_least: bool,
    /// The seed says "samt vid behov": extra meetings are called when needed.
    pub when_needed: bool,
    /// The seed's own words where they say more than the fields above.
    pub note: Option<String>,
}

impl Cadence {
    /// The date by which the next meeting is due, counted from the last one.
    pub fn next_due(&self, last: NaiveDate) -> Option<NaiveDate> {
        match self.unit {
            CadenceUnit::Week => last.checked_add_days(Days::new(7 * u64::from(self.every))),
            CadenceUnit::Month => last.checked_add_months(Months::new(self.every)),
            CadenceUnit::Year => last.checked_add_months(Months::new(12 * self.every)),
        }
    }

    /// The period alone, as an adverb: "kvartalsvis", "every other week".
    fn period(&self, lang: Lang) -> String {
        let months = match self.unit {
            CadenceUnit::Month => Some(self.every),
            CadenceUnit::Year => Some(self.every * 12),
            CadenceUnit::Week => None,
        };
        let known = match (self.unit, self.every, months) {
            (CadenceUnit::Week, 1, _) => Some("domain-cadence-weekly"),
            (CadenceUnit::Week, 2, _) => Some("domain-cadence-every-other-week"),
            (_, _, Some(1)) => Some("domain-cadence-monthly"),
            (_, _, Some(3)) => Some("domain-cadence-quarterly"),
            (_, _, Some(6)) => Some("domain-cadence-half-yearly"),
            (_, _, Some(12)) => Some("domain-cadence-yearly"),
            _ => None,
        };
        if let Some(key) = known {
            return lang.text(key).to_string();
        }
        let n = self.every;
        match self.unit {
            CadenceUnit::Week => tr!(lang, "domain-cadence-every-n-weeks", n = n),
            CadenceUnit::Month => tr!(lang, "domain-cadence-every-n-months", n = n),
            CadenceUnit::Year => tr!(lang, "domain-cadence-every-n-years", n = n),
        }
    }

    /// The whole cadence in words: "minst kvartalsvis samt vid behov".
    pub fn describe(&self, lang: Lang) -> String {
        let mut text = self.period(lang);
        if self.at_least {
            text = tr!(lang, "domain-cadence-at-least", period = text);
        }
        if self.when_needed {
            text = tr!(lang, "domain-cadence-and-when-needed", cadence = text);
        }
        text
    }
}

/// Words for a forum that has no cadence (not established).
pub fn no_cadence(lang: Lang) -> &'static str {
    match lang {
        Lang::Sv => "ej etablerat",
        Lang::En => "not established",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cadence(every: u32, unit: CadenceUnit, at_least: bool, when_needed: bool) -> Cadence {
        Cadence {
            every,
            unit,
            at_least,
            when_needed,
            note: None,
        }
    }

    #[test]
    fn describes_the_seed_cadences_in_both_languages() {
        let quarterly = cadence(3, CadenceUnit::Month, true, true);
        assert_eq!(quarterly.describe(Lang::Sv), "minst kvartalsvis samt vid behov");
        assert_eq!(
            quarterly.describe(Lang::En),
            "at least quarterly, and when needed"
        );
        let biweekly = cadence(2, CadenceUnit::Week, false, true);
        assert_eq!(biweekly.describe(Lang::Sv), "varannan vecka samt vid behov");
        assert_eq!(
            cadence(6, CadenceUnit::Month, false, false).describe(Lang::En),
            "half-yearly"
        );
        assert_eq!(
            cadence(1, CadenceUnit::Year, true, false).describe(Lang::Sv),
            "minst årsvis"
        );
        assert_eq!(
            cadence(5, CadenceUnit::Week, false, false).describe(Lang::Sv),
            "var 5:e vecka"
        );
    }

    #[test]
    fn next_due_follows_the_unit() {
        let d = |s: &str| NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();
        let every_other_week = cadence(2, CadenceUnit::Week, false, true);
        assert_eq!(every_other_week.next_due(d("2026-12-28")), Some(d("2027-01-11")));
        let half_yearly = cadence(6, CadenceUnit::Month, false, true);
        assert_eq!(half_yearly.next_due(d("2026-08-31")), Some(d("2027-02-28")));
        let yearly = cadence(1, CadenceUnit::Year, true, true);
        assert_eq!(yearly.next_due(d("2024-02-29")), Some(d("2025-02-28")));
    }
}
