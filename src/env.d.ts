/** The maps' colours as CSS custom properties (see `src/integrations/map-theme.ts`). */
declare module 'virtual:map-theme.css';
