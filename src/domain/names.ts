/**
 * Rules about the names of entities — ids, labels and aliases — that hold whatever the write: the
 * API's, the import's. Each name identifies one entity.
 */
import type { Violation } from "../lib/violations";

/** The lookup key of a name: aliases, labels and ids match case-insensitively. */
export function nameKey(name: string): string {
  return name.trim().toLowerCase();
}

/** An entity's names as it would be stored. */
export interface EntityNames {
  id: string;
  label: string;
  aliases: string[];
}

/** Names already taken by other entities: aliases by their key, and entities by id and label. */
export interface TakenNames {
  /** Stored aliases whose key is one of the names, with the entity each names. */
  aliases: { key: string; entityId: string }[];
  /** Stored entities whose id or lower-cased label is one of the names. */
  entities: { id: string; label: string }[];
}

/** The keys of every name of `entity` that must be free: its aliases and its label. */
export function namesToCheck(entity: EntityNames): string[] {
  return [...entity.aliases.map(nameKey), nameKey(entity.label)];
}

/**
 * Each alias must name one entity only: not repeat another name of the entity, nor be another
 * entity's alias, id or label (`unique-alias`). `taken` holds what the store has under these names;
 * names of `entity` itself in it are ignored.
 */
export function aliasViolations(entity: EntityNames, taken: TakenNames): Violation[] {
  const violations: Violation[] = [];
  const keys = entity.aliases.map(nameKey);
  keys.forEach((key, index) => {
    if (keys.indexOf(key) !== index || key === nameKey(entity.label)) {
      violations.push({
        field: `aliases.${index}`,
        rule: "unique-alias",
        message: `'${entity.aliases[index]}' repeats a name of this entity`,
      });
    }
  });
  for (const owner of taken.aliases) {
    if (owner.entityId === entity.id) continue;
    const index = keys.indexOf(owner.key);
    if (index < 0 && owner.key !== nameKey(entity.label)) continue;
    violations.push({
      field: index >= 0 ? `aliases.${index}` : "label",
      rule: "unique-alias",
      message: `'${owner.key}' is already an alias of '${owner.entityId}'`,
    });
  }
  for (const other of taken.entities) {
    if (other.id === entity.id) continue;
    const index = keys.findIndex((key) => key === other.id || key === nameKey(other.label));
    if (index >= 0) {
      violations.push({
        field: `aliases.${index}`,
        rule: "unique-alias",
        message: `'${entity.aliases[index]}' names entity '${other.id}'`,
      });
    }
  }
  return violations;
}
