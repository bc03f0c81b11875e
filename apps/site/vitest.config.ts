import { mergeConfig } from 'vitest/config';
import shared from '../../vitest.shared.ts';

// Tests read the built site in dist/ (turbo runs `build` before `test`).
export default mergeConfig(shared, {});
