//! The rows every section hands back, and the one table made of them: as
//! aligned text for the terminal and as Markdown for docs/benchmarks.md.

use crate::stats::{Figure, Unit};

/// Which of a figure's statistics a target is on.
#[derive(Clone, Copy, Debug)]
pub enum Stat {
    Median,
    P95,
    P99,
}

impl Stat {
    fn of(self, figure: &Figure) -> f64 {
        match self {
            Stat::Median => figure.median,
            Stat::P95 => figure.p95,
            Stat::P99 => figure.p99,
        }
    }

    fn label(self) -> &'static str {
        match self {
            Stat::Median => "median",
            Stat::P95 => "p95",
            Stat::P99 => "p99",
        }
    }
}

#[derive(Clone, Copy, Debug)]
pub enum Target {
    /// fora's statistic below a limit, in the row's unit.
    Below(Stat, f64),
    /// fora's statistic at most this many times the baseline's.
    RatioAtMost(Stat, f64),
    /// fora's statistic at most a limit, in the row's unit.
    AtMost(Stat, f64),
}

fn target_text(target: &Target, unit: Unit) -> String {
    match *target {
        Target::Below(stat, limit) => format!("{} < {limit} {}", stat.label(), unit.label()),
        Target::RatioAtMost(stat, limit) => format!("{} ≤ {limit}× baseline", stat.label()),
        Target::AtMost(stat, limit) => format!("{} ≤ {limit} {}", stat.label(), unit.label()),
    }
}

pub enum Baseline {
    None,
    /// Why there is no figure, e.g. the program is not installed.
    Missing(String),
    Measured {
        name: String,
        figure: Figure,
    },
}

pub struct Row {
    pub name: String,
    /// What is timed, for the list under the table in docs/benchmarks.md.
    pub about: String,
    pub fora: Figure,
    pub baseline: Baseline,
    pub targets: Vec<Target>,
    /// A figure worth seeing that has no column, e.g. a reference row's p99.
    pub note: Option<String>,
}

impl Row {
    pub fn new(name: impl Into<String>, about: impl Into<String>, fora: Figure) -> Row {
        Row {
            name: name.into(),
            about: about.into(),
            fora,
            baseline: Baseline::None,
            targets: Vec::new(),
            note: None,
        }
    }

    /// A row whose figure could not be measured here, saying why.
    pub fn unavailable(name: impl Into<String>, about: impl Into<String>, unit: Unit, why: String) -> Row {
        let nothing = Figure {
            unit,
            runs: 0,
            median: f64::NAN,
            p95: f64::NAN,
            p99: f64::NAN,
        };
        Row::new(name, about, nothing).note(why)
    }

    pub fn beside(mut self, name: impl Into<String>, baseline: Result<Figure, String>) -> Row {
        self.baseline = match baseline {
            Ok(figure) => Baseline::Measured {
                name: name.into(),
                figure,
            },
            Err(why) => Baseline::Missing(why),
        };
        self
    }

    pub fn target(mut self, target: Target) -> Row {
        self.targets.push(target);
        self
    }

    pub fn note(mut self, note: impl Into<String>) -> Row {
        self.note = Some(note.into());
        self
    }

    fn baseline_figure(&self) -> Option<&Figure> {
        match &self.baseline {
            Baseline::Measured { figure, .. } => Some(figure),
            _ => None,
        }
    }

    fn ratio(&self, stat: Stat) -> Option<f64> {
        self.baseline_figure().map(|b| stat.of(&self.fora) / stat.of(b))
    }

    fn targets_text(&self) -> String {
        let texts: Vec<String> = self
            .targets
            .iter()
            .map(|t| target_text(t, self.fora.unit))
            .collect();
        texts.join(", ")
    }

    /// yes or no for every target together; where a target is on a figure
    /// the row does not show (a p99, a p95 ratio), that figure beside it.
    fn met_text(&self) -> String {
        if self.targets.is_empty() || self.fora.runs == 0 {
            return self.note.clone().unwrap_or_else(|| "—".into());
        }
        let (mut missed, mut unknown) = (0, false);
        let mut details = Vec::new();
        for target in &self.targets {
            let (met, hidden) = match *target {
                Target::Below(stat, limit) => {
                    let value = stat.of(&self.fora);
                    let hidden = matches!(stat, Stat::P99)
                        .then(|| format!("{} {}", stat.label(), self.fora.unit.show(value)));
                    (value < limit, hidden)
                }
                Target::AtMost(stat, limit) => (stat.of(&self.fora) <= limit, None),
                Target::RatioAtMost(stat, limit) => {
                    let Some(ratio) = self.ratio(stat) else {
                        unknown = true;
                        continue;
                    };
                    let hidden =
                        (!matches!(stat, Stat::Median)).then(|| format!("{} {ratio:.3}×", stat.label()));
                    (ratio <= limit, hidden)
                }
            };
            details.extend(hidden);
            if !met {
                missed += 1;
                // With several targets, say which one was missed.
                if self.targets.len() > 1 {
                    details.push(format!("missed {}", target_text(target, self.fora.unit)));
                }
            }
        }
        let verdict = match (missed, unknown) {
            (0, false) => "yes",
            (0, true) => "n/a",
            _ => "no",
        };
        if unknown {
            details.push("no baseline".into());
        }
        if details.is_empty() {
            verdict.into()
        } else {
            format!("{verdict} ({})", details.join("; "))
        }
    }

    fn cells(&self) -> [String; COLUMNS] {
        let unit = self.fora.unit;
        let (baseline, median, p95) = match &self.baseline {
            Baseline::None => ("—".into(), "—".into(), "—".into()),
            Baseline::Missing(why) => (why.clone(), "—".into(), "—".into()),
            Baseline::Measured { name, figure } => {
                (name.clone(), unit.show(figure.median), unit.show(figure.p95))
            }
        };
        [
            self.name.clone(),
            unit.show(self.fora.median),
            unit.show(self.fora.p95),
            baseline,
            median,
            p95,
            self.ratio(Stat::Median).map_or("—".into(), |r| format!("{r:.2}")),
            if self.targets.is_empty() {
                "—".into()
            } else {
                self.targets_text()
            },
            self.met_text(),
        ]
    }
}

const COLUMNS: usize = 9;
const HEADER: [&str; COLUMNS] = [
    "measurement",
    "fora median",
    "fora p95",
    "baseline",
    "baseline median",
    "baseline p95",
    "ratio",
    "target",
    "met?",
];
/// The figures read best right-aligned.
const NUMERIC: [bool; COLUMNS] = [false, true, true, false, true, true, true, false, false];

fn width(s: &str) -> usize {
    s.chars().count()
}

/// The table as aligned text for the terminal.
pub fn text(rows: &[Row]) -> String {
    let cells: Vec<[String; COLUMNS]> = rows.iter().map(Row::cells).collect();
    let mut widths = HEADER.map(width);
    for row in &cells {
        for (w, cell) in widths.iter_mut().zip(row) {
            *w = (*w).max(width(cell));
        }
    }
    let line = |row: &[String]| {
        let padded: Vec<String> = row
            .iter()
            .enumerate()
            .map(|(i, cell)| {
                let pad = " ".repeat(widths[i] - width(cell));
                if NUMERIC[i] {
                    format!("{pad}{cell}")
                } else {
                    format!("{cell}{pad}")
                }
            })
            .collect();
        padded.join("  ").trim_end().to_string() + "\n"
    };
    let header: Vec<String> = HEADER.iter().map(|h| h.to_string()).collect();
    let rule: Vec<String> = widths.iter().map(|&w| "-".repeat(w)).collect();
    let mut out = line(&header) + &line(&rule);
    for row in &cells {
        out += &line(row);
    }
    out
}

/// The table in Markdown, `|` in a cell escaped.
pub fn markdown(rows: &[Row]) -> String {
    let line = |row: &[String]| {
        let cells: Vec<String> = row.iter().map(|c| c.replace('|', "\\|")).collect();
        format!("| {} |\n", cells.join(" | "))
    };
    let header: Vec<String> = HEADER.iter().map(|h| h.to_string()).collect();
    let rule: Vec<String> = NUMERIC
        .iter()
        .map(|&n| if n { "---:" } else { "---" }.to_string())
        .collect();
    let mut out = line(&header) + &line(&rule);
    for row in rows {
        out += &line(&row.cells());
    }
    out
}

/// What each row times, with its number of runs, as a Markdown list.
pub fn abouts(rows: &[Row]) -> String {
    rows.iter()
        .map(|r| format!("- **{}** ({} runs): {}\n", r.name, r.fora.runs, r.about))
        .collect()
}

/// docs/benchmarks.md: what was run and how to read it, the table, what
/// each row measures, and the machine.
pub fn document(rows: &[Row], machine: &[(&str, String)], minutes: f64) -> String {
    let machine: String = machine
        .iter()
        .map(|(label, value)| format!("- {label}: {value}\n"))
        .collect();
    format!(
        "# Benchmarks\n\
         \n\
         The latest full run of fora's benchmark harness, written by it (it took {minutes:.0} \
         minutes). To run it again:\n\
         \n\
         ```sh\n\
         cargo bench --bench table\n\
         ```\n\
         \n\
         - Every baseline was measured in the same run, on the same machine and the same files \
         as the figure beside it: the `sqlite3` shell running fora's roster query for the \
         look-up; ripgrep over the archive exported as Markdown, doing search's job (for the \
         newest 50, newest file first and stopped after 50 lines; for every hit, every matching \
         line), and the `sqlite3` shell running fora's full-text query as search's floor; \
         `sqlite3 .backup` and an integrity check for the backup; the newest meeting for the \
         oldest's export and opening; a bare single-row insert with the store's pragmas for the \
         commit.\n\
         - The archives come from the demo generator (`fora demo`): one, ten and fifty years of \
         meetings, and ten years raised to about 1,000,000 entries.\n\
         - Whole processes run an installed copy of the release binary (copied once into the \
         benchmark's scratch folder, as `cargo install` would place it), not the file the \
         linker just wrote: that one started about a millisecond slower on this VM, from page \
         faults no installed fora pays.\n\
         - Times are wall-clock; medians and percentiles by nearest rank. Memory is the peak \
         resident set size in MiB. The ratio is fora's median over the baseline's.\n\
         - Where a target is on a figure the table has no column for (a p99, a p95 ratio), that \
         figure stands beside the verdict; a row without a target may show its p99 there.\n\
         - Other work on the machine during the run (see the load average below) shows in the \
         figures.\n\
         \n\
         {}\n\
         ## What each row measures\n\
         \n\
         {}\n\
         ## The machine\n\
         \n\
         {machine}",
        markdown(rows),
        abouts(rows),
    )
}
