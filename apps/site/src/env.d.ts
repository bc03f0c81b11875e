/// <reference types="astro/client" />

interface ImportMetaEnv {
  /** The repository root, defined in astro.config.ts. */
  readonly ATLAS_REPO_ROOT: string;
}

// For `tsc` (the typecheck script has no Astro language server): .astro files are components.
declare module '*.astro' {
  const Component: (props: Record<string, unknown>) => unknown;
  export default Component;
}
