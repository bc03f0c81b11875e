/** The components MDX files use without importing them (see ContentPage.astro). */
import Check from './Check.astro';
import Checklist from './Checklist.astro';
import Fig from './Fig.astro';
import FigSource from './FigSource.astro';
import IncidentLink from './IncidentLink.astro';
import Table from './Table.astro';

export const mdxComponents = { Fig, FigSource, IncidentLink, Checklist, Check, table: Table };
