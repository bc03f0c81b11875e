export interface Tag {
  name: string;
  attrs: Record<string, string>;
  line: number;
}
export interface NamedUrl {
  url: string;
  tag: string;
  attr: string;
  line: number;
  rel?: string;
}
export function decodeEntities(s: string): string;
export function stripRawText(html: string): string;
export function tags(html: string): Generator<Tag>;
export function anchorsOf(html: string): Set<string>;
export function urlsOf(html: string): Generator<NamedUrl>;
