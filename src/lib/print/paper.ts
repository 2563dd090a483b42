/**
 * Page geometry of a printed sheet: ISO paper sizes in PDF points (1 pt = 1/72 in), the margins
 * every school printer can reach, and the band at the foot that carries the page number, the
 * site's name and the sheet's web address.
 */
export type Paper = 'A4' | 'A3';
export type Orientation = 'portrait' | 'landscape';

/** Millimetres to PDF points. */
export const mm = (millimetres: number) => (millimetres * 72) / 25.4;

/** Portrait width × height in points, as PDF readers report them (A4 595.28 × 841.89). */
export const PAPER_POINTS: Record<Paper, readonly [number, number]> = {
  A4: [595.28, 841.89],
  A3: [841.89, 1190.55],
};

export interface PageGeometry {
  width: number;
  height: number;
  /** The same on all four sides: 15 mm. */
  margin: number;
  /** Left edge and width of the writing area. */
  left: number;
  contentWidth: number;
  top: number;
  /** Where content must stop: above the footer band. */
  bottom: number;
  /** Top of the footer band. */
  footerTop: number;
}

const MARGIN_MM = 15;
/** Room for the two footer lines and a gap above them. */
const FOOTER_MM = 11;

export function pageGeometry(paper: Paper, orientation: Orientation): PageGeometry {
  const [short, long] = PAPER_POINTS[paper];
  const [width, height] = orientation === 'portrait' ? [short, long] : [long, short];
  const margin = mm(MARGIN_MM);
  return {
    width,
    height,
    margin,
    left: margin,
    contentWidth: width - 2 * margin,
    top: margin,
    bottom: height - margin - mm(FOOTER_MM),
    footerTop: height - margin - mm(FOOTER_MM) + mm(3),
  };
}

/** Writing lines on a worksheet are 8 mm apart: room for a child's handwriting. */
export const LINE_GAP = mm(8);
