/**
 * Names the IaC writers give document resources. CloudFormation logical ids are alphanumeric;
 * Terraform names are identifiers. Both must be unique, so a clash gets a numeric suffix.
 */

/** `vpc-main` → `VpcMain`, `web.1` → `Web1`; an id starting with a digit gets an `R` prefix. */
export function logicalIdFor(id: string): string {
  const words = id.split(/[^A-Za-z0-9]+/).filter(Boolean);
  const joined = words.map((word) => word[0]!.toUpperCase() + word.slice(1)).join('');
  const safe = joined === '' ? 'Resource' : joined;
  return /^[0-9]/.test(safe) ? `R${safe}` : safe;
}

/** `web-a` → `web_a`; identifiers may not start with a digit, so `1-web` → `r_1_web`. */
export function terraformNameFor(id: string): string {
  const name = id.replace(/[^A-Za-z0-9_]/g, '_');
  return /^[A-Za-z_]/.test(name) ? name : `r_${name}`;
}

/** Hands out names once: a second `VpcMain` becomes `VpcMain2`. */
export class NameAllocator {
  private readonly taken = new Set<string>();

  take(wanted: string): string {
    let name = wanted;
    for (let n = 2; this.taken.has(name); n++) name = `${wanted}${n}`;
    this.taken.add(name);
    return name;
  }
}
