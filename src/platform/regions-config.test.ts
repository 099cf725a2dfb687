import { describe, expect, it } from 'vitest';
import { regionForCountry, regionIds, regionName } from './regions-config';

describe('regions from configuration', () => {
  it('maps EU-27, EEA, UK and CH to eu-west and everything else to us-east', () => {
    for (const c of ['DE', 'FR', 'IE', 'PL', 'IS', 'NO', 'LI', 'GB', 'CH', 'es']) expect(regionForCountry(c), c).toBe('eu-west');
    for (const c of ['US', 'CA', 'MX', 'JP', 'BR', 'AU']) expect(regionForCountry(c), c).toBe('us-east');
  });

  it('lists the cells and names them per locale', () => {
    expect(regionIds).toEqual(['us-east', 'eu-west']);
    expect(regionName('eu-west', 'de')).toBe('Europäische Union (EU-West)');
    expect(regionName('us-east', 'fr-CA')).toContain('Amérique du Nord');
  });
});
