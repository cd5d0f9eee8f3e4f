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

  it('prefers the narrow 30° cone to a neighbour in the 60° cone that is not much nearer', () => {
    const from = { id: 'FROM', lon: 0, lat: 0 };
    const narrow = { id: 'NARROW', lon: 10, lat: 0 };
    // Cost 4 + 2 × 3 = 10, as NARROW's; from Belarus, Lithuania is nearer than Poland this way.
    const wide = { id: 'WIDE', lon: 4, lat: 3 };
    expect(nextInDirection([from, wide, narrow], 'FROM', 'right')).toBe('NARROW');
    expect(nextInDirection([from, wide], 'FROM', 'right')).toBe('WIDE');
  });

  it('takes the 60° cone when its neighbour costs less than two thirds of the narrow one', () => {
    const from = { id: 'FROM', lon: 0, lat: 0 };
    // Cost 7 (= 2 + 2 × 2.5) against 11: so Left from New Zealand is Australia, not Mauritius.
    const near = { id: 'NEAR', lon: 2, lat: 2.5 };
    const far = { id: 'FAR', lon: 11, lat: 0 };
    expect(nextInDirection([from, near, far], 'FROM', 'right')).toBe('NEAR');
    // At exactly two thirds (7 × 1.5 = 10.5) the narrow cone keeps it.
    expect(nextInDirection([from, near, { id: 'FAR', lon: 10.5, lat: 0 }], 'FROM', 'right')).toBe('FAR');
  });

  it('widens to 80° only when both cones are empty, and no further', () => {
    const from = { id: 'FROM', lon: 0, lat: 0 };
    const steep = { id: 'STEEP', lon: 1, lat: 2 }; // 63° off the axis
    expect(nextInDirection([from, steep], 'FROM', 'right')).toBe('STEEP');
    expect(nextInDirection([from, steep, { id: 'FAR', lon: 30, lat: 0 }], 'FROM', 'right')).toBe('FAR');
    expect(nextInDirection([from, { id: 'SHEER', lon: 1, lat: 6 }], 'FROM', 'right')).toBeNull(); // 80.5°
  });

  it('moves as a reader expects on the real map: New Zealand to Australia and back', () => {
    const oceania = [
      { id: 'NZL', lon: 170.6, lat: -44 },
      { id: 'AUS', lon: 134.2, lat: -25.6 },
      { id: 'MUS', lon: 57.6, lat: -20.3 },
      { id: 'VUT', lon: 167, lat: -16 },
    ];
    expect(nextInDirection(oceania, 'NZL', 'left')).toBe('AUS');
    expect(nextInDirection(oceania, 'AUS', 'down')).toBe('NZL');
    expect(nextInDirection(oceania, 'AUS', 'left')).toBe('MUS');
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
