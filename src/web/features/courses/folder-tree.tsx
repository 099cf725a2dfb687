'use client';

import { ChevronRight, Ellipsis, Folder as FolderIcon, FolderInput, FolderOpen, FolderPlus, Pencil, Plus, RefreshCw, Trash } from 'lucide-react';
import { useTranslations } from 'next-intl';
import { useId, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { Alert } from '@/web/components/ui/alert';
import { Button } from '@/web/components/ui/button';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/web/components/ui/card';
import { Input } from '@/web/components/ui/input';
import { menuItemClass, PopoverMenu } from '@/web/components/ui/popover-menu';
import { Select } from '@/web/components/ui/select';
import { Skeleton } from '@/web/components/ui/skeleton';
import { toast } from '@/web/components/ui/toast';
import { useErrorMessage } from '@/web/lib/use-error-message';
import { cn } from '@/web/lib/utils';
import { buildFolderTree, descendantIds, isPendingFolder, type FolderNode } from './folder-model';
import { useFolderMutation, useFolders } from './folder-queries';
import type { Folder } from './types';

type Mode = { kind: 'rename' | 'add' | 'move' | 'delete'; id: string } | null;

const ROOT = '__root__';
const NAME_MAX = 120;

/** A course's folders (topics) as a tree: create, rename in place, nest, move and delete. */
export function FolderTree({ courseId }: { courseId: string }) {
  const t = useTranslations('courses.folders');
  const errorMessage = useErrorMessage();
  const folders = useFolders(courseId);
  const mutation = useFolderMutation(courseId);
  const [mode, setMode] = useState<Mode>(null);
  const [collapsed, setCollapsed] = useState<Set<string>>(new Set());
  const newId = useId();

  const list = folders.data ?? [];
  const tree = buildFolderTree(list);

  function create(name: string, parentId: string | null) {
    if (parentId) setCollapsed((s) => new Set([...s].filter((x) => x !== parentId)));
    mutation.mutate({ kind: 'create', name, parent_id: parentId });
  }

  function onCreateRoot(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const input = event.currentTarget.elements.namedItem('name') as HTMLInputElement;
    const name = input.value.trim();
    if (!name) return input.focus();
    create(name, null);
    input.value = '';
  }

  return (
    <Card data-testid="folder-tree">
      <CardHeader>
        <CardTitle>{t('title')}</CardTitle>
        <CardDescription>{t('description')}</CardDescription>
      </CardHeader>
      <CardContent className="grid gap-4">
        <form onSubmit={onCreateRoot} className="flex gap-2">
          <label htmlFor={newId} className="sr-only">
            {t('newName')}
          </label>
          <Input id={newId} name="name" placeholder={t('newPlaceholder')} maxLength={NAME_MAX} autoComplete="off" />
          <Button type="submit" variant="outline">
            <FolderPlus aria-hidden />
            <span className="sr-only sm:not-sr-only">{t('add')}</span>
          </Button>
        </form>
        {folders.isPending ? (
          <div role="status" aria-busy="true" className="grid gap-2">
            <span className="sr-only">{t('loading')}</span>
            <Skeleton className="h-8 w-3/4" />
            <Skeleton className="ml-6 h-8 w-1/2" />
            <Skeleton className="h-8 w-2/3" />
          </div>
        ) : folders.isError ? (
          <Alert variant="error">
            <span>{errorMessage(folders.error)} </span>
            <button type="button" onClick={() => folders.refetch()} className="inline-flex items-center gap-1 font-medium underline">
              <RefreshCw aria-hidden className="size-3.5" />
              {t('retry')}
            </button>
          </Alert>
        ) : tree.length === 0 ? (
          <p className="rounded-lg border border-dashed border-border px-4 py-6 text-center text-sm text-muted-foreground">{t('empty')}</p>
        ) : (
          <ul aria-label={t('title')} className="grid gap-0.5">
            {tree.map((node) => (
              <FolderItem
                key={node.id}
                node={node}
                depth={0}
                all={list}
                mode={mode}
                setMode={setMode}
                collapsed={collapsed}
                toggle={(id) =>
                  setCollapsed((s) => {
                    const next = new Set(s);
                    if (!next.delete(id)) next.add(id);
                    return next;
                  })
                }
                onCreate={create}
                onRename={(folder, name) => mutation.mutate({ kind: 'rename', folder, name })}
                onMove={(folder, parentId) =>
                  mutation.mutate(
                    { kind: 'move', folder, parent_id: parentId },
                    { onSuccess: () => toast.success(t('moved', { name: folder.name })) },
                  )
                }
                onDelete={(folder) =>
                  mutation.mutate(
                    { kind: 'delete', folder },
                    {
                      onSuccess: (result) => {
                        const unfiled = 'deleted' in result ? result.deleted.files_unfiled : 0;
                        toast.success(t('deleted', { name: folder.name, files: unfiled }));
                      },
                    },
                  )
                }
              />
            ))}
          </ul>
        )}
      </CardContent>
    </Card>
  );
}

type FolderItemProps = {
  node: FolderNode;
  depth: number;
  all: Folder[];
  mode: Mode;
  setMode: (mode: Mode) => void;
  collapsed: Set<string>;
  toggle: (id: string) => void;
  onCreate: (name: string, parentId: string | null) => void;
  onRename: (folder: Folder, name: string) => void;
  onMove: (folder: Folder, parentId: string | null) => void;
  onDelete: (folder: Folder) => void;
};

function countDescendants(node: FolderNode): number {
  return node.children.reduce((n, child) => n + 1 + countDescendants(child), 0);
}

/** Path names for the "Move to…" list, e.g. "Lectures / Week 1". */
function folderPath(all: Folder[], folder: Folder): string {
  const byId = new Map(all.map((f) => [f.id, f]));
  const parts = [folder.name];
  let parent = folder.parent_id ? byId.get(folder.parent_id) : undefined;
  const seen = new Set<string>();
  while (parent && !seen.has(parent.id)) {
    seen.add(parent.id);
    parts.unshift(parent.name);
    parent = parent.parent_id ? byId.get(parent.parent_id) : undefined;
  }
  return parts.join(' / ');
}

function FolderItem(props: FolderItemProps) {
  const { node, depth, all, mode, setMode, collapsed } = props;
  const t = useTranslations('courses.folders');
  const open = !collapsed.has(node.id);
  const pending = isPendingFolder(node);
  const active = mode?.id === node.id ? mode.kind : null;
  const hasChildren = node.children.length > 0;
  const Icon = hasChildren && open ? FolderOpen : FolderIcon;
  const rowRef = useRef<HTMLDivElement>(null);
  // Closing an inline form hands focus back to the folder's actions button.
  const close = () => {
    setMode(null);
    requestAnimationFrame(() => rowRef.current?.querySelector<HTMLElement>('button[popovertarget]')?.focus());
  };

  return (
    <li data-testid={`folder-${node.id}`} className="grid gap-0.5">
      <div
        ref={rowRef}
        className={cn('group flex min-h-10 items-center gap-1 rounded-md pr-1 hover:bg-muted/60', pending && 'opacity-60')}
        style={{ paddingLeft: `${depth * 1.25}rem` }}
      >
        {hasChildren ? (
          <button
            type="button"
            aria-expanded={open}
            aria-label={open ? t('collapse', { name: node.name }) : t('expand', { name: node.name })}
            onClick={() => props.toggle(node.id)}
            className="inline-flex size-8 shrink-0 items-center justify-center rounded-md text-muted-foreground hover:bg-muted hover:text-foreground"
          >
            <ChevronRight aria-hidden className={cn('size-4 transition-transform', open && 'rotate-90')} />
          </button>
        ) : (
          <span aria-hidden className="inline-block size-8 shrink-0" />
        )}
        <Icon aria-hidden className="size-4 shrink-0 text-muted-foreground" />
        {active === 'rename' ? (
          <InlineName
            label={t('rename', { name: node.name })}
            initial={node.name}
            onCancel={close}
            onSubmit={(name) => {
              close();
              if (name !== node.name) props.onRename(node, name);
            }}
          />
        ) : (
          <span className="min-w-0 flex-1 truncate px-1 text-sm">{node.name}</span>
        )}
        {pending || active === 'rename' ? null : (
          <PopoverMenu
            triggerLabel={t('actions', { name: node.name })}
            triggerClassName="inline-flex size-8 shrink-0 items-center justify-center rounded-md text-muted-foreground hover:bg-muted hover:text-foreground"
            trigger={<Ellipsis aria-hidden className="size-4" />}
          >
            {(closeMenu) => (
              <ul>
                <MenuItem icon={<Plus aria-hidden />} onClick={() => (closeMenu(), setMode({ kind: 'add', id: node.id }))}>
                  {t('addSub')}
                </MenuItem>
                <MenuItem icon={<Pencil aria-hidden />} onClick={() => (closeMenu(), setMode({ kind: 'rename', id: node.id }))}>
                  {t('renameAction')}
                </MenuItem>
                <MenuItem icon={<FolderInput aria-hidden />} onClick={() => (closeMenu(), setMode({ kind: 'move', id: node.id }))}>
                  {t('moveAction')}
                </MenuItem>
                <MenuItem icon={<Trash aria-hidden />} danger onClick={() => (closeMenu(), setMode({ kind: 'delete', id: node.id }))}>
                  {t('deleteAction')}
                </MenuItem>
              </ul>
            )}
          </PopoverMenu>
        )}
      </div>

      {active === 'add' ? (
        <div style={{ paddingLeft: `${(depth + 1) * 1.25 + 2}rem` }} className="flex items-center gap-1">
          <FolderPlus aria-hidden className="size-4 shrink-0 text-muted-foreground" />
          <InlineName
            label={t('subName', { name: node.name })}
            initial=""
            onCancel={close}
            onSubmit={(name) => {
              close();
              props.onCreate(name, node.id);
            }}
          />
        </div>
      ) : null}
      {active === 'move' ? <MoveForm node={node} all={all} depth={depth} onCancel={close} onMove={(parentId) => (close(), props.onMove(node, parentId))} /> : null}
      {active === 'delete' ? (
        <div
          role="group"
          aria-label={t('deleteTitle', { name: node.name })}
          style={{ marginLeft: `${depth * 1.25 + 2}rem` }}
          className="grid gap-2 rounded-md border border-danger/30 bg-danger-surface p-3 text-sm text-danger"
        >
          <p>{t('deleteWarning', { name: node.name, count: countDescendants(node) })}</p>
          <div className="flex flex-wrap gap-2">
            <Button size="sm" className="bg-destructive text-destructive-foreground hover:bg-destructive/90" autoFocus onClick={() => (close(), props.onDelete(node))}>
              {t('deleteConfirm')}
            </Button>
            <Button size="sm" variant="outline" className="text-foreground" onClick={close}>
              {t('cancel')}
            </Button>
          </div>
        </div>
      ) : null}

      {hasChildren && open ? (
        <ul className="grid gap-0.5">
          {node.children.map((child) => (
            <FolderItem key={child.id} {...props} node={child} depth={depth + 1} />
          ))}
        </ul>
      ) : null}
    </li>
  );
}

function MenuItem({ icon, danger, onClick, children }: { icon: ReactNode; danger?: boolean; onClick: () => void; children: ReactNode }) {
  return (
    <li>
      <button type="button" className={cn(menuItemClass, danger && 'text-danger')} onClick={onClick}>
        {icon}
        {children}
      </button>
    </li>
  );
}

/** A name input that saves on Enter or with the button and gives up on Escape. */
function InlineName({ label, initial, onSubmit, onCancel }: { label: string; initial: string; onSubmit: (name: string) => void; onCancel: () => void }) {
  const t = useTranslations('courses.folders');
  const id = useId();
  const [value, setValue] = useState(initial);
  return (
    <form
      className="flex min-w-0 flex-1 items-center gap-1"
      onSubmit={(event) => {
        event.preventDefault();
        const name = value.trim();
        if (name) onSubmit(name);
      }}
    >
      <label htmlFor={id} className="sr-only">
        {label}
      </label>
      <Input
        id={id}
        value={value}
        autoFocus
        maxLength={NAME_MAX}
        autoComplete="off"
        onChange={(event) => setValue(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Escape') {
            event.preventDefault();
            onCancel();
          }
        }}
        className="h-8"
      />
      <Button type="submit" size="sm" className="h-8">
        {t('save')}
      </Button>
      <Button size="sm" variant="ghost" className="h-8" onClick={onCancel}>
        {t('cancel')}
      </Button>
    </form>
  );
}

function MoveForm({ node, all, depth, onMove, onCancel }: { node: FolderNode; all: Folder[]; depth: number; onMove: (parentId: string | null) => void; onCancel: () => void }) {
  const t = useTranslations('courses.folders');
  const id = useId();
  const excluded = descendantIds(all, node.id);
  const targets = all
    .filter((f) => !excluded.has(f.id) && !isPendingFolder(f))
    .map((f) => ({ id: f.id, path: folderPath(all, f) }))
    .sort((a, b) => a.path.localeCompare(b.path));
  const [target, setTarget] = useState(node.parent_id ?? ROOT);
  return (
    <form
      style={{ marginLeft: `${depth * 1.25 + 2}rem` }}
      className="grid gap-2 rounded-md border border-border p-3"
      onSubmit={(event) => {
        event.preventDefault();
        const parentId = target === ROOT ? null : target;
        if (parentId === node.parent_id) return onCancel();
        onMove(parentId);
      }}
    >
      <label htmlFor={id} className="text-sm font-medium">
        {t('moveLabel', { name: node.name })}
      </label>
      <Select id={id} value={target} autoFocus onChange={(event) => setTarget(event.target.value)}>
        <option value={ROOT}>{t('topLevel')}</option>
        {targets.map((f) => (
          <option key={f.id} value={f.id}>
            {f.path}
          </option>
        ))}
      </Select>
      <div className="flex flex-wrap gap-2">
        <Button type="submit" size="sm">
          {t('move')}
        </Button>
        <Button size="sm" variant="ghost" onClick={onCancel}>
          {t('cancel')}
        </Button>
      </div>
    </form>
  );
}
