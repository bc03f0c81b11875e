/// <reference types="astro/client" />

interface ImportMetaEnv {
  /** The repository root, defined in astro.config.ts. */
  readonly ATLAS_REPO_ROOT: string;
  /** True when the chart route serves the downloads itself (astro dev); false in a build, where src/integrations/side-outputs.ts writes them. */
  readonly ATLAS_CHART_ROUTE: boolean;
}

// For `tsc` (the typecheck script has no Astro language server): .astro files are components.
declare module '*.astro' {
  const Component: (props: Record<string, unknown>) => unknown;
  export default Component;
}
