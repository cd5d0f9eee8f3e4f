import { describe, expect, it } from 'vitest';
import { nextInDirection } from '../../src/lib/nextInDirection';

describe('nextInDirection', () => {
  const pacific = [
    { id: 'FJI', lon: 178, lat: -17.8 },
    { id: 'WSM', lon: -172.1, lat: -13.7 },
    { id: 'AUS', lon: 134, lat: -25 },
    { id: 'CHL', lon: -71, lat: -35 },
  ];

  it('moves left across the antimeridian, from Samoa to Fiji', () => {
    expect(nextInDirection(pacific, 'WSM', 'left')).toBe('FJI');
  });

  it('moves right across the antimeridian, from Fiji to Samoa', () => {
    expect(nextInDirection(pacific, 'FJI', 'right')).toBe('WSM');
  });

  it('takes a neighbour exactly half way round the world as lying in the direction of the arrow', () => {
    const anchors = [
      { id: 'FROM', lon: 0, lat: 0 },
      { id: 'OPPOSITE', lon: 180, lat: 0 },
    ];
    expect(nextInDirection(anchors, 'FROM', 'right')).toBe('OPPOSITE');
    expect(nextInDirection(anchors, 'FROM', 'left')).toBeNull();
    expect(nextInDirection(anchors, 'OPPOSITE', 'left')).toBe('FROM');
    expect(nextInDirection(anchors, 'OPPOSITE', 'right')).toBeNull();
  });

  it('counts a longitude degree as shorter far from the equator', () => {
    // At 60°N a degree of longitude is half a degree of latitude: EAS is nearer than NEA.
    const anchors = [
      { id: 'FROM', lon: 0, lat: 60 },
      { id: 'EAS', lon: 12, lat: 60 },
      { id: 'NEA', lon: 7, lat: 61.5 },
    ];
    expect(nextInDirection(anchors, 'FROM', 'right')).toBe('EAS');
  });

  it('charges a step off the axis double', () => {
    const anchors = [
      { id: 'FROM', lon: 0, lat: 0 },
      { id: 'OFF', lon: 4, lat: 1.5 },
      { id: 'AXIS', lon: 6, lat: 0 },
    ];
    // OFF costs 4 + 2 × 1.5 = 7, AXIS 6.
    expect(nextInDirection(anchors, 'FROM', 'right')).toBe('AXIS');
  });

  it('prefers the narrow 30° cone, and widens to 60° only when it is empty', () => {
    const wide = { id: 'WIDE', lon: 1, lat: 1.5 };
    const narrow = { id: 'NARROW', lon: 10, lat: 0 };
    const from = { id: 'FROM', lon: 0, lat: 0 };
    expect(nextInDirection([from, wide, narrow], 'FROM', 'right')).toBe('NARROW');
    expect(nextInDirection([from, wide], 'FROM', 'right')).toBe('WIDE');
    expect(nextInDirection([from, { id: 'STEEP', lon: 1, lat: 2 }], 'FROM', 'right')).toBeNull();
  });

  const directions = [
    { direction: 'up', id: 'N' },
    { direction: 'down', id: 'S' },
    { direction: 'left', id: 'W' },
    { direction: 'right', id: 'E' },
  ] as const;
  for (const { direction, id } of directions) {
    it(`moves ${direction} to the only neighbour that way`, () => {
      const anchors = [
        { id: 'O', lon: 0, lat: 0 },
        { id: 'N', lon: 0, lat: 5 },
        { id: 'S', lon: 0, lat: -5 },
        { id: 'W', lon: -5, lat: 0 },
        { id: 'E', lon: 5, lat: 0 },
      ];
      expect(nextInDirection(anchors, 'O', direction)).toBe(id);
    });
  }

  it('never moves to an anchor at the same place', () => {
    const anchors = [
      { id: 'A', lon: 0, lat: 0 },
      { id: 'B', lon: 0, lat: 0 },
    ];
    expect(nextInDirection(anchors, 'A', 'right')).toBeNull();
  });

  it('starts at the first anchor when the current one is unknown, and gives null with none', () => {
    expect(nextInDirection(pacific, 'XXX', 'up')).toBe('FJI');
    expect(nextInDirection([], 'XXX', 'up')).toBeNull();
  });
});
