// The export dialog's vocabulary: formats, scopes, backgrounds, decorations, canvas limits and their defaults.

import type { ActorGraph } from '../../model/actor-graph';
import type { ActorAttributes } from '../../model/schema';

/** The image formats the dialog offers, in dialog order. */
export const IMAGE_FORMATS = ['png', 'jpeg', 'svg'] as const;
/** One of the image formats. */
export type ImageFormat = (typeof IMAGE_FORMATS)[number];

/** Labels of the image formats for the dialog's radio buttons. */
export const IMAGE_FORMAT_LABELS: Record<ImageFormat, string> = {
  png: 'PNG image',
  jpeg: 'JPEG image',
  svg: 'SVG vector image',
};

/** File extensions of the image formats. */
export const IMAGE_EXTENSIONS: Record<ImageFormat, string> = { png: 'png', jpeg: 'jpg', svg: 'svg' };

/** What to export: the whole graph, or what the viewport shows. */
export const SCOPES = ['whole', 'view'] as const;
/** One of the scopes. */
export type Scope = (typeof SCOPES)[number];

/** Image backgrounds; transparent is offered for PNG and SVG only, since JPEG has no alpha channel. */
export const BACKGROUNDS = ['white', 'transparent', 'dark'] as const;
/** One of the backgrounds. */
export type Background = (typeof BACKGROUNDS)[number];

/** The colour each background paints, or null for none. */
export const BACKGROUND_COLORS: Record<Background, string | null> = {
  white: '#ffffff',
  transparent: null,
  dark: '#111827',
};

/** Which texts are drawn around the graph. */
export interface Decorations {
  legend: boolean;
  title: boolean;
  credit: boolean;
  asOf: boolean;
}

/** Which actor labels an image draws: every one, those that fit without overlapping, or none. */
export const LABEL_MODES = ['all', 'fit', 'none'] as const;
/** One of the label modes. */
export type LabelMode = (typeof LABEL_MODES)[number];

/** The label modes as the dialog names them. */
export const LABEL_MODE_NAMES: Record<LabelMode, string> = {
  all: 'All labels',
  fit: 'Labels that fit',
  none: 'No labels',
};

/** Everything an image export needs besides the graph. */
export interface ImageOptions {
  scope: Scope;
  /** Pixel scale for PNG and JPEG; SVG is resolution-free and ignores it. */
  scale: number;
  background: Background;
  decorations: Decorations;
  labels: LabelMode;
  /** A date the user typed to print as "As of"; the dataset's own date otherwise. */
  asOf?: string;
}

/** The scales the dialog offers. */
export const SCALES = [1, 2, 3, 4] as const;

/** Whole-graph exports carry every decoration: a picture that leaves the app should say what and whence it is. */
export const DEFAULT_IMAGE_OPTIONS: ImageOptions = {
  scope: 'whole',
  scale: 2,
  background: 'white',
  decorations: { legend: true, title: true, credit: true, asOf: true },
  // A whole graph of thousands of actors overprints every label into a dark mass; a detail shows what is on screen.
  labels: 'fit',
};

/** The browser's canvas limits: Chromium refuses canvases above 16384 px a side or about 268M pixels. */
export interface CanvasLimits {
  maxSide: number;
  maxPixels: number;
}

/** Chromium's limits, the tightest of the common browsers on desktop. */
export const DEFAULT_CANVAS_LIMITS: CanvasLimits = { maxSide: 16384, maxPixels: 16384 * 16384 };

/** One file a data export writes; `mime` overrides the format's own type when given. */
export interface DataFile {
  suffix: string;
  text: string;
  mime?: string;
}

/** A data format as the dialog needs it; src/io/writers.ts's DATA_EXPORTS fits this shape. */
export interface DataExportLike {
  id: string;
  label: string;
  mime: string;
  write(graph: ActorGraph, options?: DataWriteOptions): DataFile[];
}

/** What the dialog hands a data writer: the nodes in view (when the scope is the view), and each node's look. */
export interface DataWriteOptions {
  keys?: ReadonlySet<string>;
  /** The colour and size each actor is drawn in; formats with a place for them (GEXF's viz) write them. */
  lookOf?: (key: string, attributes: ActorAttributes) => { color?: string; size?: number };
}
