export const CHROMIUM_FLAGS: string[];
export function chromiumPath(): string;
export function hasChromium(path?: string): boolean;
export const MISSING_CHROMIUM: string;
