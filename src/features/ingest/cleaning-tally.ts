import {
  REMOVAL_KINDS,
  REPAIR_KINDS,
  type Cleaning,
  type RemovalKind,
  type RepairKind,
} from '../articles/schemas/cleaning';

/** Counts what the transforms remove and repair; the record lists kinds in one fixed order so output is stable. */
export class CleaningTally {
  private readonly removals = new Map<RemovalKind, number>();
  private readonly repairs = new Map<RepairKind, number>();

  removed(kind: RemovalKind, count = 1): void {
    if (count > 0) this.removals.set(kind, (this.removals.get(kind) ?? 0) + count);
  }

  repaired(kind: RepairKind, count = 1): void {
    if (count > 0) this.repairs.set(kind, (this.repairs.get(kind) ?? 0) + count);
  }

  toRecord(): Cleaning {
    return {
      removed: REMOVAL_KINDS.filter((kind) => this.removals.has(kind)).map((kind) => ({
        kind,
        count: this.removals.get(kind)!,
      })),
      repaired: REPAIR_KINDS.filter((kind) => this.repairs.has(kind)).map((kind) => ({
        kind,
        count: this.repairs.get(kind)!,
      })),
    };
  }
}
