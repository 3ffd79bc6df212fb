import type { Resource, VpcLabDocument } from '../model/index.ts';
import { renamesDefaultGroup } from './default-group.ts';
import { applyAnnotationEdit, followPins, isAnnotationCommand } from './annotations.ts';
import { connectRoute } from './connect-route.ts';
import { connectRule } from './connect-rule.ts';
import { deleteResources } from './delete.ts';
import { pasteClip, pasteRefusalText } from './clip-paste.ts';
import { duplicateResources } from './duplicate.ts';
import { structuralError } from './guard.ts';
import { materialiseResource } from './materialise.ts';
import { moveNetworkInterface, removeNetworkInterface } from './network-interfaces.ts';
import { renameResource } from './rename.ts';
import { reparentResource } from './reparent.ts';
import { takeOverTgwRoutes } from './transit-tables.ts';
import type { EditCommand, EditResult } from './types.ts';

/**
 * Carries out one edit as a pure function: the input document is never mutated, and a refused
 * edit returns the reason instead of a document. Every document it returns passes the
 * structural schema, so the store never holds a design that cannot be exported or reloaded.
 */
export function applyEdit(document: VpcLabDocument, command: EditCommand): EditResult {
  const result = perform(document, command);
  if (!result.ok || result.document === document) return result;
  const problem = structuralError(result.document);
  return problem === null ? result : { ok: false, message: `This edit was not applied: ${problem}` };
}

function perform(document: VpcLabDocument, command: EditCommand): EditResult {
  if (isAnnotationCommand(command)) return applyAnnotationEdit(document, command);
  switch (command.type) {
    case 'add-resource': {
      if (document.resources.some((r) => r.id === command.resource.id)) {
        return { ok: false, message: `A resource with the id "${command.resource.id}" already exists.` };
      }
      const layout = command.layout ? { ...document.layout, [command.resource.id]: command.layout } : document.layout;
      return {
        ok: true,
        document: {
          ...document,
          resources: takeOverTgwRoutes(document.resources, command.resource),
          ...(layout ? { layout } : {}),
        },
        selected: [command.resource.id],
      };
    }
    case 'update-resource': {
      const index = document.resources.findIndex((r) => r.id === command.id);
      if (index < 0) return { ok: false, message: `There is no resource "${command.id}".` };
      const { id: _id, type: _type, ...patch } = command.patch;
      const current = document.resources[index]!;
      const updated = dropUndefined({ ...current, ...patch }) as Resource;
      const refused = renamesDefaultGroup(current, updated);
      if (refused) return { ok: false, message: refused };
      const resources = document.resources.map((r, i) => (i === index ? updated : r));
      return { ok: true, document: { ...document, resources } };
    }
    case 'move': {
      const moved = { ...document, layout: { ...document.layout, ...command.layout } };
      // Notes pinned to a moved resource move with it, in the same step.
      return { ok: true, document: followPins(document, command.layout, moved) };
    }
    case 'set-intents':
      return { ok: true, document: { ...document, intents: [...command.intents] } };
    case 'set-name': {
      const { description: _old, ...rest } = document;
      const description = command.description ?? document.description;
      return { ok: true, document: { ...rest, name: command.name, ...(description ? { description } : {}) } };
    }
    case 'materialise':
      return materialiseResource(document, command.id, command.patch, command.as);
    case 'rename-resource':
      return renameResource(document, command.from, command.to);
    case 'delete-resources':
      return deleteResources(document, command.ids);
    case 'reparent':
      return reparentResource(document, command.id, command.subnet);
    case 'duplicate':
      return duplicateResources(document, command.ids);
    case 'paste': {
      const result = pasteClip(document, command.clip, command);
      return result.ok
        ? { ok: true, document: result.document, selected: result.selected }
        : { ok: false, message: pasteRefusalText(result.refusal) };
    }
    case 'connect-route':
      return connectRoute(document, command.subnet, command.target, command.table);
    case 'connect-rule':
      return connectRule(document, command.source, command.target, command.rule);
    case 'remove-network-interface':
      return removeNetworkInterface(document, command.id, command.position);
    case 'move-network-interface':
      return moveNetworkInterface(document, command.id, command.position, command.subnet);
  }
}

/** A field set to undefined is removed, so the document keeps exactly the fields the format allows. */
function dropUndefined(record: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined));
}
