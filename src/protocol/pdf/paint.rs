//! Putting laid-out pages on PDF pages with krilla: the two fonts built
//! into fora (DejaVu Sans, embedded as subsets so å, ä and ö print on any
//! machine), measured with skrifa for line breaking, and each drawing
//! operation painted inside the marked content that ties it to the
//! structure, or marks it as an artifact.

use krilla::color::luma;
use krilla::geom::{PathBuilder, Point, Rect, Transform};
use krilla::num::NormalizedF32;
use krilla::paint::{Fill, Stroke};
use krilla::surface::Surface;
use krilla::tagging::{Artifact, ArtifactType, ContentTag, Identifier, SpanTag};
use krilla::text::{Font, GlyphId, KrillaGlyph};
use skrifa::instance::{LocationRef, Size};
use skrifa::metrics::GlyphMetrics;
use skrifa::{FontRef, MetadataProvider};

use super::layout::{GREY, Op, PAGE_H, PAGE_W, Tagged, Weight};
use crate::protocol::RenderError;

/// Light enough that the text over a draft's watermark reads as before.
const WATERMARK: u8 = 225;

static REGULAR: &[u8] = include_bytes!("../../../assets/fonts/DejaVuSans.ttf");
static BOLD: &[u8] = include_bytes!("../../../assets/fonts/DejaVuSans-Bold.ttf");

/// A font as krilla embeds it and as skrifa measures it.
pub(super) struct Face {
    pdf: Font,
    font: FontRef<'static>,
    metrics: GlyphMetrics<'static>,
    units_per_em: f32,
}

impl Face {
    fn new(data: &'static [u8], name: &'static str) -> Result<Face, RenderError> {
        let font = FontRef::new(data).map_err(|_| RenderError::Font(name))?;
        let units_per_em = f32::from(
            font.metrics(Size::unscaled(), LocationRef::default())
                .units_per_em,
        );
        Ok(Face {
            pdf: Font::new(data.into(), 0).ok_or(RenderError::Font(name))?,
            metrics: font.glyph_metrics(Size::unscaled(), LocationRef::default()),
            font,
            units_per_em,
        })
    }

    /// The character as it is printed: itself when the font has it, else
    /// U+FFFD. PDF/A forbids the font's empty glyph, and private-use and
    /// non-characters, which would give no text back.
    pub(super) fn printed(&self, c: char) -> char {
        let private = matches!(c, '\u{E000}'..='\u{F8FF}' | '\u{F0000}'..);
        let invalid = matches!(c, '\0' | '\u{FEFF}' | '\u{FFFE}');
        if private || invalid || self.font.charmap().map(c).is_none() {
            '\u{FFFD}'
        } else {
            c
        }
    }

    pub(super) fn glyph(&self, c: char) -> (u32, f32) {
        let id = self
            .font
            .charmap()
            .map(self.printed(c))
            .unwrap_or(skrifa::GlyphId::NOTDEF);
        let advance = self.metrics.advance_width(id).unwrap_or(0.0) / self.units_per_em;
        (id.to_u32(), advance)
    }

    /// Width of `text` at `size` points.
    pub(super) fn width(&self, text: &str, size: f32) -> f32 {
        text.chars().map(|c| self.glyph(c).1).sum::<f32>() * size
    }
}

pub(super) struct Faces {
    pub(super) regular: Face,
    pub(super) bold: Face,
}

impl Faces {
    pub(super) fn get(&self, weight: Weight) -> &Face {
        match weight {
            Weight::Regular => &self.regular,
            Weight::Bold => &self.bold,
        }
    }
}

impl Faces {
    pub(super) fn built_in() -> Result<Faces, RenderError> {
        Ok(Faces {
            regular: Face::new(REGULAR, "DejaVuSans.ttf")?,
            bold: Face::new(BOLD, "DejaVuSans-Bold.ttf")?,
        })
    }
}

fn draw_text(surface: &mut Surface, face: &Face, x: f32, y: f32, size: f32, text: &str) {
    let text: String = text.chars().map(|c| face.printed(c)).collect();
    let glyphs: Vec<KrillaGlyph> = text
        .char_indices()
        .map(|(i, c)| {
            let (id, advance) = face.glyph(c);
            KrillaGlyph::new(
                GlyphId::new(id),
                advance,
                0.0,
                0.0,
                0.0,
                i..i + c.len_utf8(),
                None,
            )
        })
        .collect();
    surface.draw_glyphs(
        Point::from_xy(x, y),
        &glyphs,
        face.pdf.clone(),
        &text,
        size,
        false,
    );
}

/// Paints one page's operations. Each run of text of one element is one
/// piece of marked content; returns the element and identifier of each.
pub(super) fn draw(surface: &mut Surface, faces: &Faces, ops: &[Op]) -> Vec<(usize, Identifier)> {
    let black = Fill::default();
    let mut marked = Vec::new();
    let mut open: Option<Tagged> = None;
    for op in ops {
        let tagged = match op {
            Op::Text { tagged, .. } => *tagged,
            Op::Line { .. } | Op::Shade { .. } => Tagged::Artifact(ArtifactType::Layout),
            Op::Watermark { .. } => Tagged::Artifact(ArtifactType::Watermark),
        };
        if open != Some(tagged) {
            if open.is_some() {
                surface.end_tagged();
            }
            match tagged {
                Tagged::Elem(elem) => {
                    marked.push((elem, surface.start_tagged(ContentTag::Span(SpanTag::empty()))));
                }
                Tagged::Artifact(kind) => {
                    surface.start_tagged(ContentTag::Artifact(Artifact::with_kind(kind)));
                }
            }
            open = Some(tagged);
        }
        match op {
            Op::Text {
                x,
                y,
                weight,
                size,
                text,
                ..
            } => {
                surface.set_stroke(None);
                surface.set_fill(Some(black.clone()));
                draw_text(surface, faces.get(*weight), *x, *y, *size, text);
            }
            Op::Line {
                x1,
                y1,
                x2,
                y2,
                width,
            } => {
                let mut path = PathBuilder::new();
                path.move_to(*x1, *y1);
                path.line_to(*x2, *y2);
                if let Some(path) = path.finish() {
                    surface.set_fill(None);
                    surface.set_stroke(Some(Stroke {
                        width: *width,
                        paint: luma::Color::new(90).into(),
                        ..Stroke::default()
                    }));
                    surface.draw_path(&path);
                }
            }
            Op::Shade { x, y, w, h } => {
                let mut path = PathBuilder::new();
                if let Some(rect) = Rect::from_xywh(*x, *y, *w, *h) {
                    path.push_rect(rect);
                }
                if let Some(path) = path.finish() {
                    surface.set_stroke(None);
                    surface.set_fill(Some(Fill {
                        paint: luma::Color::new(GREY).into(),
                        opacity: NormalizedF32::ONE,
                        rule: Default::default(),
                    }));
                    surface.draw_path(&path);
                }
            }
            Op::Watermark { text } => {
                let size = 96.0;
                let face = faces.get(Weight::Bold);
                let (cx, cy) = (PAGE_W / 2.0, PAGE_H / 2.0);
                surface.push_transform(&Transform::from_rotate_at(-35.0, cx, cy));
                surface.set_stroke(None);
                surface.set_fill(Some(Fill {
                    paint: luma::Color::new(WATERMARK).into(),
                    opacity: NormalizedF32::ONE,
                    rule: Default::default(),
                }));
                draw_text(
                    surface,
                    face,
                    cx - face.width(text, size) / 2.0,
                    cy + size / 3.0,
                    size,
                    text,
                );
                surface.pop();
            }
        }
    }
    if open.is_some() {
        surface.end_tagged();
    }
    marked
}
