// The folder tree built from the API's flat list, and the moves it allows.
import type { Folder } from './types';

export type FolderNode = Folder & { children: FolderNode[] };

/** Builds the tree from the flat list; a folder whose parent is missing shows at the top level. */
export function buildFolderTree(folders: Folder[]): FolderNode[] {
  const nodes = new Map<string, FolderNode>(folders.map((f) => [f.id, { ...f, children: [] }]));
  const roots: FolderNode[] = [];
  for (const node of nodes.values()) {
    const parent = node.parent_id ? nodes.get(node.parent_id) : undefined;
    (parent ? parent.children : roots).push(node);
  }
  const sort = (list: FolderNode[]) => {
    list.sort((a, b) => a.position - b.position || a.name.localeCompare(b.name));
    for (const n of list) sort(n.children);
  };
  sort(roots);
  return roots;
}

/** The folder's own id and every id below it: the places it cannot be moved into. */
export function descendantIds(folders: Folder[], id: string): Set<string> {
  const out = new Set([id]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const f of folders) {
      if (f.parent_id && out.has(f.parent_id) && !out.has(f.id)) {
        out.add(f.id);
        grew = true;
      }
    }
  }
  return out;
}

/** A folder created optimistically that the server has not confirmed yet. */
export function isPendingFolder(folder: Folder): boolean {
  return folder.id.startsWith('pending-');
}

export type FolderOption = { id: string; name: string; depth: number; /** Names from the top, e.g. "Week 1 / Lab". */ path: string };

/** The tree in reading order with each folder's depth: what a folder picker lists, indented. */
export function folderOptions(folders: Folder[]): FolderOption[] {
  const out: FolderOption[] = [];
  const walk = (nodes: FolderNode[], depth: number, above: string[]) => {
    for (const n of nodes) {
      const names = [...above, n.name];
      out.push({ id: n.id, name: n.name, depth, path: names.join(' / ') });
      walk(n.children, depth + 1, names);
    }
  };
  walk(buildFolderTree(folders), 0, []);
  return out;
}
