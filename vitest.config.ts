/** Unit tests: pure modules in src/lib and the content checks (no build, no browser). */
import { getViteConfig } from 'astro/config';

export default getViteConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
  },
});
