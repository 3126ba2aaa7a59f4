//! Reading a register a page at a time and a row at a time, so that a
//! listing costs the same memory whatever the size of the archive.

use rusqlite::types::Value;
use rusqlite::{CachedStatement, Connection, Row, Rows};

use super::StoreError;

/// Which rows of a listing to read: `limit` rows (all when None) after skipping `offset`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Page {
    pub limit: Option<u64>,
    pub offset: u64,
}

impl Page {
    pub const ALL: Page = Page {
        limit: None,
        offset: 0,
    };

    pub fn first(limit: u64) -> Page {
        Page {
            limit: Some(limit),
            offset: 0,
        }
    }
}

/// Where a window of a listing starts, for screens that read a listing a
/// window at a time (keyset paging): a window costs the rows it holds,
/// however far into the listing it lies.
#[derive(Debug, Clone, PartialEq)]
pub enum Seek {
    First,
    /// The rows after the row with this key.
    After(RowKey),
    /// The row with this key, if it is still there, and those after it.
    From(RowKey),
    /// The rows before the row with this key.
    Before(RowKey),
    Last,
}

/// The sort key of a row of a listing, as [`Seek`] takes it.
#[derive(Debug, Clone, PartialEq)]
pub struct RowKey(pub(crate) Vec<Value>);

/// A query put together from fixed pieces of SQL, its values bound in the
/// order their `?` appear. Only the pieces a filter needs are added, so that
/// SQLite can pick the index that fits each combination (a `?1 IS NULL OR`
/// clause cannot use an index).
/// The columns are kept apart from the rest, so that counting the rows does
/// not compute them.
#[derive(Debug, Default)]
pub(crate) struct Query {
    select: String,
    select_values: Vec<Value>,
    /// FROM and WHERE.
    body: String,
    values: Vec<Value>,
    /// ORDER BY, LIMIT and OFFSET.
    tail: String,
    tail_values: Vec<Value>,
}

impl Query {
    /// The query's SELECT and its columns, with the values of their `?`, in order.
    pub fn new(select: &str, values: impl IntoIterator<Item = Value>) -> Query {
        Query {
            select: select.to_string(),
            select_values: values.into_iter().collect(),
            ..Query::default()
        }
    }

    /// Appends `sql` to FROM and WHERE, with the values of its `?`, in order.
    pub fn push(&mut self, sql: &str, values: impl IntoIterator<Item = Value>) -> &mut Query {
        self.body.push(' ');
        self.body.push_str(sql);
        self.values.extend(values);
        self
    }

    /// Sets the ORDER BY clause.
    pub fn order(&mut self, sql: &str) -> &mut Query {
        self.tail = format!(" {sql}");
        self
    }

    /// Appends `sql` when `value` is given, binding it.
    pub fn push_some(&mut self, sql: &str, value: Option<&str>) -> &mut Query {
        if let Some(v) = value {
            self.push(sql, [Value::Text(v.to_string())]);
        }
        self
    }

    /// Appends LIMIT and OFFSET for `page`.
    pub fn page(&mut self, page: Page) -> &mut Query {
        let limit = page.limit.map_or(-1, |l| i64::try_from(l).unwrap_or(i64::MAX));
        let offset = i64::try_from(page.offset).unwrap_or(i64::MAX);
        self.tail.push_str(" LIMIT ? OFFSET ?");
        self.tail_values = vec![Value::Integer(limit), Value::Integer(offset)];
        self
    }

    /// Narrows the query to `n` rows from `seek`, in the listing's order by
    /// the terms `keys`, all ascending or all `descending`. Returns whether
    /// the rows come in reverse (for Before and Last), to be turned round.
    /// The first term is also bound alone, so that an index on it is
    /// entered at the key rather than read from its start.
    pub fn seek(&mut self, keys: &[&str], descending: bool, seek: &Seek, n: usize) -> bool {
        let backward = matches!(seek, Seek::Before(_) | Seek::Last);
        let (after, before) = if descending { ("<", ">") } else { (">", "<") };
        if let Seek::After(RowKey(key)) | Seek::From(RowKey(key)) | Seek::Before(RowKey(key)) = seek {
            let op = match seek {
                Seek::Before(_) => before.to_string(),
                Seek::From(_) => format!("{after}="),
                _ => after.to_string(),
            };
            let marks = vec!["?"; key.len()].join(", ");
            self.push(
                &format!(
                    "AND {} {}= ? AND ({}) {op} ({marks})",
                    keys[0],
                    &op[..1],
                    keys.join(", ")
                ),
                std::iter::once(key[0].clone()).chain(key.iter().cloned()),
            );
        }
        let direction = if descending != backward { "DESC" } else { "ASC" };
        let order: Vec<String> = keys.iter().map(|k| format!("{k} {direction}")).collect();
        self.tail = format!(" ORDER BY {} LIMIT ?", order.join(", "));
        self.tail_values = vec![Value::Integer(i64::try_from(n).unwrap_or(i64::MAX))];
        backward
    }

    /// The rows of [`Query::seek`] in the listing's order.
    pub fn window<T>(
        mut self,
        conn: &Connection,
        keys: &[&str],
        descending: bool,
        seek: &Seek,
        n: usize,
        map: impl Fn(&Row) -> rusqlite::Result<T>,
    ) -> Result<Vec<T>, StoreError> {
        let backward = self.seek(keys, descending, seek, n);
        let mut rows = self.collect(conn, map)?;
        if backward {
            rows.reverse();
        }
        Ok(rows)
    }

    /// The number of rows the query gives.
    pub fn count(&self, conn: &Connection) -> Result<u64, StoreError> {
        let sql = format!("SELECT count(*) {}", self.body);
        let n: i64 = conn
            .prepare_cached(&sql)?
            .query_row(rusqlite::params_from_iter(&self.values), |r| r.get(0))?;
        Ok(u64::try_from(n).unwrap_or(0))
    }

    /// Hands each row, as `map` reads it, to `each`; stops at the first error.
    pub fn each<T, E: From<StoreError>>(
        &self,
        conn: &Connection,
        map: impl Fn(&Row) -> rusqlite::Result<T>,
        mut each: impl FnMut(T) -> Result<(), E>,
    ) -> Result<(), E> {
        let mut stmt = conn.prepare_cached(&self.sql()).map_err(StoreError::from)?;
        let values = self
            .select_values
            .iter()
            .chain(&self.values)
            .chain(&self.tail_values);
        let mut rows = stmt
            .query(rusqlite::params_from_iter(values))
            .map_err(StoreError::from)?;
        while let Some(row) = rows.next().map_err(StoreError::from)? {
            each(map(row).map_err(StoreError::from)?)?;
        }
        Ok(())
    }

    /// The prepared statement, for reading it side by side with another ([`Query::query`]).
    pub fn prepare<'c>(&self, conn: &'c Connection) -> Result<CachedStatement<'c>, StoreError> {
        Ok(conn.prepare_cached(&self.sql())?)
    }

    /// Starts the statement `prepare` gave, with the query's values.
    pub fn query<'s>(&self, stmt: &'s mut CachedStatement<'_>) -> Result<Rows<'s>, StoreError> {
        let values = self
            .select_values
            .iter()
            .chain(&self.values)
            .chain(&self.tail_values);
        Ok(stmt.query(rusqlite::params_from_iter(values))?)
    }

    /// Every row in a Vec, for screens that show a whole register.
    pub fn collect<T>(
        &self,
        conn: &Connection,
        map: impl Fn(&Row) -> rusqlite::Result<T>,
    ) -> Result<Vec<T>, StoreError> {
        let mut list = Vec::new();
        self.each(conn, map, |row| {
            list.push(row);
            Ok::<(), StoreError>(())
        })?;
        Ok(list)
    }

    /// What EXPLAIN QUERY PLAN says of the query, a line a step.
    #[cfg(test)]
    pub fn plan(&self, conn: &Connection) -> String {
        let mut stmt = conn
            .prepare(&format!("EXPLAIN QUERY PLAN {}", self.sql()))
            .expect("plan");
        let values = self
            .select_values
            .iter()
            .chain(&self.values)
            .chain(&self.tail_values);
        let lines: Vec<String> = stmt
            .query_map(rusqlite::params_from_iter(values), |r| r.get::<_, String>(3))
            .expect("plan")
            .map(|l| l.expect("plan line"))
            .collect();
        lines.join("\n")
    }

    pub fn sql(&self) -> String {
        format!("{}{}{}", self.select, self.body, self.tail)
    }
}
