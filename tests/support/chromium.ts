/**
 * The system Chromium and the flags every browser we start runs with: the Playwright tests, the
 * byte measurements and Lighthouse in `npm run bench`. Browser downloads are blocked on our
 * machines, so the binary is Debian's (CHROMIUM_PATH overrides it); the flags keep Chromium off
 * the network and give it WebGL through SwiftShader.
 */

/** Path of the Chromium binary: CHROMIUM_PATH, else `/usr/bin/chromium`. */
export const chromiumPath: string = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Command-line flags for every Chromium we launch. `--no-sandbox` because the tests run as root
 * in CI; the next five stop Chromium from calling home; the last two give headless WebGL
 * (MapLibre) through SwiftShader.
 */
export const chromiumArgs: readonly string[] = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-quic',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
];
