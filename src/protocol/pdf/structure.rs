//! The protocol's logical structure, for PDF/UA and PDF/A-2a: headings,
//! paragraphs, lists and tables in reading order, built while laying out and
//! handed to krilla as its tag tree, with an outline of the headings.

use std::num::NonZeroU16;

use krilla::destination::XyzDestination;
use krilla::geom::Point;
use krilla::outline::{Outline, OutlineNode};
use krilla::tagging::{Identifier, ListNumbering, Node, TableHeaderScope, Tag, TagGroup, TagKind, TagTree};

/// What a structure element is.
#[derive(Debug, Clone, PartialEq)]
pub(super) enum Kind {
    Document,
    Section,
    Div,
    /// A heading of level 1 to 4, with its text as its title.
    Heading(u16, String),
    P,
    List,
    ListItem,
    Label,
    ListBody,
    Table,
    TableHead,
    TableBody,
    Row,
    /// A header cell of its column.
    HeaderCell,
    Cell,
}

#[derive(Debug, Clone)]
struct Elem {
    kind: Kind,
    parent: usize,
    kids: Vec<usize>,
}

/// A heading in the outline: level, text, page index and top.
#[derive(Debug, Clone)]
pub(super) struct Bookmark {
    pub(super) level: u16,
    pub(super) text: String,
    pub(super) page: usize,
    pub(super) y: f32,
}

/// The element tree; element 0 is the document.
#[derive(Debug, Clone)]
pub(super) struct Tree {
    elems: Vec<Elem>,
    current: usize,
    pub(super) headings: Vec<Bookmark>,
}

impl Tree {
    pub(super) fn new() -> Tree {
        Tree {
            elems: vec![Elem {
                kind: Kind::Document,
                parent: 0,
                kids: Vec::new(),
            }],
            current: 0,
            headings: Vec::new(),
        }
    }

    /// How many elements there are, the document among them.
    pub(super) fn count(&self) -> usize {
        self.elems.len()
    }

    /// The element that text drawn now belongs to.
    pub(super) fn current(&self) -> usize {
        self.current
    }

    /// Opens a new element inside the current one; text goes into it until
    /// `close`.
    pub(super) fn open(&mut self, kind: Kind) {
        let id = self.elems.len();
        self.elems.push(Elem {
            kind,
            parent: self.current,
            kids: Vec::new(),
        });
        self.elems[self.current].kids.push(id);
        self.current = id;
    }

    pub(super) fn close(&mut self) {
        self.current = self.elems[self.current].parent;
    }

    /// krilla's tag tree, given the marked content that painting gave each
    /// element (`content[e]`, in reading order). Elements that hold text hold
    /// no other elements, so content and child elements never interleave.
    pub(super) fn tag_tree(&self, content: &mut [Vec<Identifier>], lang: &str) -> TagTree {
        let mut tree = TagTree::new().with_lang(Some(lang.to_string()));
        for node in self.nodes(0, content) {
            tree.push(node);
        }
        tree
    }

    fn nodes(&self, id: usize, content: &mut [Vec<Identifier>]) -> Vec<Node> {
        let mut nodes: Vec<Node> = std::mem::take(&mut content[id])
            .into_iter()
            .map(Node::from)
            .collect();
        for &kid in &self.elems[id].kids {
            let children = self.nodes(kid, content);
            // An element without content says nothing; krilla drops it too.
            if !children.is_empty() {
                nodes.push(TagGroup::with_children(tag(&self.elems[kid].kind), children).into());
            }
        }
        nodes
    }

    /// The outline of the document: its sections, and the agenda's items
    /// under theirs.
    pub(super) fn outline(&self) -> Outline {
        let mut outline = Outline::new();
        let mut section: Option<OutlineNode> = None;
        let node = |m: &Bookmark| {
            OutlineNode::new(
                m.text.clone(),
                XyzDestination::new(m.page, Point::from_xy(0.0, m.y)),
            )
        };
        for mark in &self.headings {
            match mark.level {
                2 => {
                    if let Some(done) = section.replace(node(mark)) {
                        outline.push_child(done);
                    }
                }
                3 => match section.as_mut() {
                    Some(s) => s.push_child(node(mark)),
                    None => outline.push_child(node(mark)),
                },
                _ => {}
            }
        }
        if let Some(done) = section {
            outline.push_child(done);
        }
        outline
    }
}

fn tag(kind: &Kind) -> TagKind {
    match kind {
        Kind::Document | Kind::Section => Tag::Section.into(),
        Kind::Div => Tag::Div.into(),
        Kind::Heading(level, text) => {
            let level = NonZeroU16::new(*level).unwrap_or(NonZeroU16::MIN);
            Tag::Hn(level, Some(text.clone())).into()
        }
        Kind::P => Tag::P.into(),
        Kind::List => Tag::L(ListNumbering::Disc).into(),
        Kind::ListItem => Tag::LI.into(),
        Kind::Label => Tag::Lbl.into(),
        Kind::ListBody => Tag::LBody.into(),
        Kind::Table => Tag::Table.into(),
        Kind::TableHead => Tag::THead.into(),
        Kind::TableBody => Tag::TBody.into(),
        Kind::Row => Tag::TR.into(),
        Kind::HeaderCell => Tag::TH(TableHeaderScope::Column).into(),
        Kind::Cell => Tag::TD.into(),
    }
}
