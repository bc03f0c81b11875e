/**
 * The small input shapes the charts read. They are deliberately not the
 * incident record: the site (apps/site/src/lib/charts.ts) derives these from
 * the dataset, so the charts never learn about YAML, files or validation.
 */
import type { Locale, Qualifier } from '@atlas/schema';

/**
 * `Qualifier` is the schema's: how a source qualified a number. `multiples-of`
 * means an order of magnitude: value 100000 is "hundreds of thousands".
 */
export type { Locale, Qualifier };

/** A date as precise as its source: "2019", "2019-09" or "2019-09-17". */
export type PartialDate = string;

/** One figure for one country (ISO 3166-1 alpha-2), as a source reported it. */
export interface CountryValue {
  /** ISO 3166-1 alpha-2 code, upper case ("FR"). */
  country: string;
  /** The number as reported; null when a country is known to be affected but no figure was given. */
  value: number | null;
  qualifier: Qualifier;
  /** Overrides the country name from Intl.DisplayNames. */
  label?: string;
  /** Short name of the source of this figure. */
  source: string;
  /** When the figure was true, as a partial date. */
  asOf: string;
}

/** The size of one incident, for the log-scale chart. */
export interface IncidentScale {
  /** Stable id (the incident slug). */
  id: string;
  /** The incident's display name. */
  label: string;
  value: number | null;
  qualifier: Qualifier;
}

/** Which data types one incident exposed, for the matrix. */
export interface IncidentDataTypes {
  id: string;
  label: string;
  /** Data-type ids from the schema vocabulary (DATA_TYPES); unknown ids are ignored. */
  dataTypes: readonly string[];
}

/** The four key dates of an incident; each is as precise as its source. */
export interface TimelineDates {
  occurred?: PartialDate;
  discovered?: PartialDate;
  secured?: PartialDate;
  made_public?: PartialDate;
}

export interface TimelineIncident {
  id: string;
  label: string;
  dates: TimelineDates;
}

/** One source's figure for one metric and scope, for the disagreement chart. */
export interface SourceValue {
  /** Source id (stable within the incident). */
  source: string;
  /** Who published it ("01net", "AuntMinnie"). */
  publisher: string;
  value: number;
  qualifier: Qualifier;
  url?: string;
}

/** Options every chart takes. */
export interface ChartOptions {
  locale: Locale;
  /** Shown at the top of the chart and used as the SVG <title>; a default title is used when absent. */
  title?: string;
  /** The source line text, drawn at the foot of the chart ("Greenbone Networks, 2019"). */
  source: string;
  /** Prefix for every id in the SVG, so that several charts can share a page. */
  idPrefix: string;
  /** viewBox width in user units (default 400: legible when the chart is shown 320 px wide). */
  width?: number;
}

/** The data a chart plots, ready for an HTML table or a CSV. */
export interface ChartTable {
  columns: string[];
  rows: (string | number)[][];
}

export interface ChartResult {
  svg: string;
  table: ChartTable;
  csv: string;
  /** Only for a drawing that scales with its width (the world map): the same chart as a picture and words apart. */
  picture?: ChartPicture;
}

/**
 * A chart whose drawing must scale with its width (a map), split for a page:
 * the drawing alone, with no text in it, to be shown as an image, and its key,
 * notes and source line as words, which the page writes at its own type sizes.
 * The download (`ChartResult.svg`) keeps them all in one standalone SVG.
 */
export interface ChartPicture {
  /** The drawing: a standalone SVG with a viewBox, a title and a description, and no <text>. */
  svg: string;
  width: number;
  height: number;
  /** The key's heading, when it has one ("Incidents recorded"). */
  keyTitle: string | undefined;
  /** Each class of the key in order: its swatch (a 14 px SVG, aria-hidden, in the picture's own colours) and its words. */
  key: { swatch: string; text: string }[];
  /** Notes under the key ("Too small for this map: …"). */
  notes: string[];
  /** The source line, prefix included ("Source: …"). */
  source: string;
}

/** A row or column of a count grid (a sector, a vector, a group of data types): its id and its label in the locale. */
export interface CountTerm {
  id: string;
  label: string;
}

/** One incident for the per-year grid: the year it is counted in and its category (its sector or its vector). */
export interface YearIncident {
  id: string;
  /** null when the incident has no year: it is counted in a note, never placed. */
  year: number | null;
  category: string;
}

/** One incident for a cross count: the rows it counts in (e.g. the groups of data types it exposed) and its column (e.g. its sector). */
export interface GroupedIncident {
  id: string;
  rows: readonly string[];
  column: string;
}

/** One figure of a small-multiples panel: a value at one date. */
export interface DatedValue {
  asOf: PartialDate;
  value: number;
  qualifier: Qualifier;
}

/** One panel of the small multiples: one source's figure for one country and metric, at two dates or more. */
export interface PairedSeries {
  /** ISO 3166-1 alpha-2 code, upper case. */
  country: string;
  /** Overrides the country name from Intl.DisplayNames. */
  label?: string;
  /** Stable id of the measure ("patients"): panels of one measure share a scale. */
  metric: string;
  /** The measure's name in the locale ("Patients"). */
  measure: string;
  /** Who published the figures (one source for the whole panel). */
  source: string;
  /** Two or more dates, in any order (drawn oldest first). */
  points: readonly DatedValue[];
}
