/** Stylesheets written at build time (see `src/integrations/generated-css.ts`). */
declare module 'virtual:map-theme.css';
declare module 'virtual:script-fonts.css';
