import { describe, expect, it } from 'vitest';
import { folderOptions } from './folder-model';
import type { Folder } from './types';

const folder = (id: string, parent_id: string | null, position = 0, name = id): Folder => ({ id, course_id: 'c', parent_id, name, position, created_at: '' });

describe('folderOptions', () => {
  it('lists the tree depth first in its order, with depths and paths', () => {
    const flat = [folder('w2', null, 1, 'Week 2'), folder('lab', 'w1', 0, 'Lab'), folder('w1', null, 0, 'Week 1'), folder('deep', 'lab', 0, 'Day 1')];
    expect(folderOptions(flat)).toEqual([
      { id: 'w1', name: 'Week 1', depth: 0, path: 'Week 1' },
      { id: 'lab', name: 'Lab', depth: 1, path: 'Week 1 / Lab' },
      { id: 'deep', name: 'Day 1', depth: 2, path: 'Week 1 / Lab / Day 1' },
      { id: 'w2', name: 'Week 2', depth: 0, path: 'Week 2' },
    ]);
  });

  it('shows a folder whose parent is missing at the top level', () => {
    expect(folderOptions([folder('x', 'gone')])).toEqual([{ id: 'x', name: 'x', depth: 0, path: 'x' }]);
  });
});
