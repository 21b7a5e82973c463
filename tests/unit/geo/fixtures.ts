/**
 * A small, fixed slice of content for the geo tests (the real `content/` keeps changing):
 * the Bangkok–Myawaddy route and its three places, as documented in `content/`.
 */
import type { Place, Route } from '../../../src/lib/content/schema';
import type { MapLookups } from '../../../src/lib/static-map/scene';

export const places = new Map<string, Place>([
  [
    'bangkok',
    {
      name: 'Bangkok',
      local: { name: 'กรุงเทพมหานคร', lang: 'th' },
      country: 'TH',
      coordinates: [100.75, 13.69],
      kind: 'transit',
      precision: 'exact-town',
      sources: [],
    },
  ],
  [
    'mae-sot',
    {
      name: 'Mae Sot',
      local: { name: 'แม่สอด', lang: 'th' },
      country: 'TH',
      coordinates: [98.57, 16.71],
      kind: 'border-crossing',
      precision: 'exact-town',
      sources: ['bangkok-post-wang-xing-2025'],
    },
  ],
  [
    'myawaddy',
    {
      name: 'Myawaddy',
      local: { name: 'မြဝတီ', lang: 'my' },
      country: 'MM',
      coordinates: [98.51, 16.69],
      kind: 'compound-region',
      precision: 'exact-town',
      sources: ['bangkok-post-wang-xing-2025'],
    },
  ],
]);

export const routes = new Map<string, Route>([
  [
    'bangkok-myawaddy',
    {
      title: 'Bangkok to Myawaddy, across the Moei River',
      summary: "From Bangkok's main airport by car to Mae Sot, then by boat across the river into Myanmar.",
      legs: [
        { from: 'bangkok', to: 'mae-sot', mode: 'road' },
        { from: 'mae-sot', to: 'myawaddy', mode: 'boat' },
      ],
      period: { from: '2025-01' },
      sources: ['bangkok-post-wang-xing-2025'],
      stories: [],
    },
  ],
]);

export const lookups: MapLookups = { places, routes };
