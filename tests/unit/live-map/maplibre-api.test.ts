/**
 * Contract test: every MapLibre API the live maps call exists in the installed `maplibre-gl`.
 * An upgrade that renames or drops one fails here, by name, before a reader sees a blank map.
 * The module is imported for real (it loads in Node; WebGL is only needed to draw).
 */
import { describe, expect, test } from 'vitest';

const maplibre = await import('maplibre-gl');

describe('maplibre-gl exports what the live maps import', () => {
  test.each(['Map', 'setWorkerUrl'])('exports %s as a function', (name) => {
    expect(typeof (maplibre as unknown as Record<string, unknown>)[name], name).toBe('function');
  });

  test('has no default export (ESM only, named imports)', () => {
    expect((maplibre as unknown as Record<string, unknown>)['default']).toBeUndefined();
  });
});

describe('Map.prototype has every method the live maps call', () => {
  const methods = [
    'jumpTo',
    'flyTo',
    'easeTo',
    'setPaintProperty',
    'setLayoutProperty',
    'getLayoutProperty',
    'setFilter',
    'getSource',
    'addImage',
    'hasImage',
    'removeImage',
    'setStyle',
    'on',
    'off',
    'once',
    'remove',
    'resize',
    'getCanvas',
    'getCenter',
    'getZoom',
    'getBearing',
    'isMoving',
    'fitBounds',
  ];
  test.each(methods)('Map.prototype.%s', (name) => {
    expect(typeof (maplibre.Map.prototype as unknown as Record<string, unknown>)[name], name).toBe('function');
  });
});

describe('GeoJSONSource has setData', () => {
  test('GeoJSONSource.prototype.setData', () => {
    expect(typeof maplibre.GeoJSONSource.prototype.setData).toBe('function');
  });
});
