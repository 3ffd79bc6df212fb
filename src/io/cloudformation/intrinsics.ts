import { fnCidr } from '../iac/cidr-functions.ts';
import type { WarningList } from '../iac/warnings.ts';
import { REGION_PLACEHOLDER, zonesOf } from '../iac/zones.ts';

/**
 * Static evaluation of CloudFormation intrinsic functions. What AWS defines without deploying
 * (parameters with defaults, mappings, conditions, Fn::Cidr, Fn::GetAZs of a known region,
 * Fn::Sub/Join/Select/Split) is computed; a reference to a resource stays a reference
 * (`ResourceRef`); anything else (Fn::ImportValue, a parameter without a default, an attribute
 * used as text) throws `Unresolved`, which the reader turns into a warning naming the logical id
 * and property instead of guessing a value.
 */

/** `!Ref Res` or `!GetAtt Res.Attr`: the resource a property points at. */
export class ResourceRef {
  constructor(
    readonly logicalId: string,
    readonly attribute?: string,
  ) {}
}

export class Unresolved extends Error {}

/** AWS::NoValue: the property (or list item) is removed. */
const NO_VALUE = Symbol('AWS::NoValue');

export interface IntrinsicContext {
  readonly parameters: ReadonlyMap<string, unknown>;
  /** Parameters declared without a default: a Ref to one is unresolved. */
  readonly unsetParameters: ReadonlySet<string>;
  readonly mappings: Record<string, unknown>;
  readonly conditions: Record<string, unknown>;
  readonly resources: ReadonlySet<string>;
  readonly region: string | undefined;
  readonly warnings: WarningList;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof ResourceRef);

export class Intrinsics {
  /** Where the value being resolved sits, for warnings: logical id and property. */
  private subject = '';
  private property = '';

  private readonly conditionValues = new Map<string, boolean>();
  private readonly evaluatingConditions = new Set<string>();

  constructor(private readonly context: IntrinsicContext) {}

  /** Resolves one property of one resource; Unresolved propagates to the caller. */
  resolve(value: unknown, subject: string, property: string): unknown {
    this.subject = subject;
    this.property = property;
    const result = this.value(value);
    return result === NO_VALUE ? undefined : result;
  }

  private value(value: unknown): unknown {
    if (Array.isArray(value)) return value.map((item) => this.value(item)).filter((item) => item !== NO_VALUE);
    if (!isObject(value)) return value;
    const keys = Object.keys(value);
    if (keys.length === 1) {
      const key = keys[0]!;
      const argument = value[key];
      if (key === 'Ref') return this.ref(argument);
      if (key === 'Condition') return this.condition(argument);
      if (key.startsWith('Fn::')) return this.function(key.slice(4), argument);
    }
    const result: Record<string, unknown> = {};
    for (const key of keys) {
      const item = this.value(value[key]);
      if (item !== NO_VALUE) result[key] = item;
    }
    return result;
  }

  private ref(name: unknown): unknown {
    if (typeof name !== 'string') throw new Unresolved(`Ref ${JSON.stringify(name)}`);
    const pseudo = this.pseudo(name);
    if (pseudo !== undefined) return pseudo;
    if (this.context.parameters.has(name)) return this.context.parameters.get(name);
    if (this.context.unsetParameters.has(name)) throw new Unresolved(`parameter ${name} has no default`);
    if (this.context.resources.has(name)) return new ResourceRef(name);
    throw new Unresolved(`Ref ${name}: no such parameter or resource`);
  }

  private pseudo(name: string): unknown {
    switch (name) {
      case 'AWS::NoValue':
        return NO_VALUE;
      case 'AWS::Region':
        return this.context.region ?? REGION_PLACEHOLDER;
      case 'AWS::Partition':
        return 'aws';
      case 'AWS::URLSuffix':
        return 'amazonaws.com';
      case 'AWS::AccountId':
      case 'AWS::StackName':
      case 'AWS::StackId':
      case 'AWS::NotificationARNs':
        throw new Unresolved(name);
      default:
        return undefined;
    }
  }

  private text(value: unknown, what: string): string {
    const resolved = this.value(value);
    if (typeof resolved === 'string') return resolved;
    if (typeof resolved === 'number' || typeof resolved === 'boolean') return String(resolved);
    if (resolved instanceof ResourceRef)
      throw new Unresolved(
        resolved.attribute ? `Fn::GetAtt ${resolved.logicalId}.${resolved.attribute}` : `Ref ${resolved.logicalId}`,
      );
    throw new Unresolved(`${what} is not text`);
  }

  private list(value: unknown, what: string): unknown[] {
    const resolved = this.value(value);
    if (!Array.isArray(resolved)) throw new Unresolved(`${what} is not a list`);
    return resolved;
  }

  private function(name: string, argument: unknown): unknown {
    const args = Array.isArray(argument) ? argument : [argument];
    switch (name) {
      case 'GetAtt': {
        const [resource, attribute] =
          typeof argument === 'string' ? argument.split(/\.(.*)/s) : (args as [unknown, unknown]);
        const logicalId = this.text(resource, 'Fn::GetAtt');
        if (!this.context.resources.has(logicalId)) throw new Unresolved(`Fn::GetAtt ${logicalId}: no such resource`);
        return new ResourceRef(logicalId, this.text(attribute, 'Fn::GetAtt'));
      }
      case 'Sub':
        return this.sub(args[0], args.length > 1 ? args[1] : {});
      case 'Join': {
        const delimiter = this.text(args[0], 'Fn::Join');
        return this.list(args[1], 'Fn::Join')
          .map((item) => this.text(item, 'Fn::Join'))
          .join(delimiter);
      }
      case 'Select': {
        const index = Number(this.value(args[0]));
        const list = this.list(args[1], 'Fn::Select');
        if (!Number.isInteger(index) || index < 0 || index >= list.length)
          throw new Unresolved(`Fn::Select index ${index} is outside a list of ${list.length}`);
        return list[index];
      }
      case 'Split':
        return this.text(args[1], 'Fn::Split').split(this.text(args[0], 'Fn::Split'));
      case 'Cidr': {
        const blocks = fnCidr(this.text(args[0], 'Fn::Cidr'), Number(this.value(args[1])), Number(this.value(args[2])));
        if (typeof blocks === 'string') throw new Unresolved(`Fn::Cidr: ${blocks}`);
        return blocks;
      }
      case 'GetAZs':
        return this.zones(this.value(argument));
      case 'FindInMap':
        return this.findInMap(args);
      case 'If': {
        const chosen = this.condition(args[0]) ? args[1] : args[2];
        return this.value(chosen);
      }
      case 'Equals':
        return JSON.stringify(this.value(args[0])) === JSON.stringify(this.value(args[1]));
      case 'And':
        return args.every((item) => this.value(item) === true);
      case 'Or':
        return args.some((item) => this.value(item) === true);
      case 'Not':
        return this.value(args[0]) !== true;
      case 'Base64':
        return this.text(args[0], 'Fn::Base64');
      default:
        throw new Unresolved(`Fn::${name}`);
    }
  }

  /**
   * A condition's value, worked out once per template: conditions that name each other twice
   * over would otherwise take 2^n evaluations, and one that names itself would never end.
   */
  private condition(name: unknown): boolean {
    if (typeof name !== 'string' || !(name in this.context.conditions))
      throw new Unresolved(`condition ${JSON.stringify(name)} is not defined`);
    const known = this.conditionValues.get(name);
    if (known !== undefined) return known;
    if (this.evaluatingConditions.has(name)) throw new Unresolved(`condition ${name} refers to itself`);
    this.evaluatingConditions.add(name);
    try {
      const value = this.value(this.context.conditions[name]) === true;
      this.conditionValues.set(name, value);
      return value;
    } finally {
      this.evaluatingConditions.delete(name);
    }
  }

  private sub(template: unknown, variables: unknown): string {
    const text = this.text(template, 'Fn::Sub');
    const vars = isObject(variables) ? variables : {};
    return text.replace(/\$\{([^}]*)\}/g, (whole, name: string) => {
      if (name.startsWith('!')) return `\${${name.slice(1)}}`;
      if (name in vars) return this.text(vars[name], `Fn::Sub \${${name}}`);
      if (name.includes('.')) {
        const [resource, attribute] = name.split(/\.(.*)/s);
        throw new Unresolved(`Fn::Sub \${${resource}.${attribute}}`);
      }
      const value = this.ref(name);
      if (value === REGION_PLACEHOLDER) return whole;
      if (value instanceof ResourceRef) throw new Unresolved(`Fn::Sub \${${name}}`);
      return String(value);
    });
  }

  private zones(region: unknown): string[] {
    const name = region === '' || region === REGION_PLACEHOLDER ? this.context.region : String(region);
    const zones = name === undefined ? undefined : zonesOf(name);
    if (zones) return zones;
    // The zones' order is what a template relies on (`!Select [0, !GetAZs '']`); with no known
    // region the reader keeps the letters a, b, c… and says so, rather than dropping subnets.
    this.context.warnings.add('region-unknown', this.subject, this.property, name ?? 'AWS::Region');
    return [...'abcdef'].map((letter) => `${REGION_PLACEHOLDER}${letter}`);
  }

  private findInMap(args: unknown[]): unknown {
    const [mapName, topKey, secondKey] = args.slice(0, 3).map((item) => this.text(item, 'Fn::FindInMap'));
    const map = this.context.mappings[mapName!];
    const top = isObject(map) ? map[topKey!] : undefined;
    const found = isObject(top) ? top[secondKey!] : undefined;
    if (found !== undefined) return this.value(found);
    const fallback = args[3];
    if (isObject(fallback) && 'DefaultValue' in fallback) return this.value(fallback.DefaultValue);
    throw new Unresolved(`Fn::FindInMap ${mapName}.${topKey}.${secondKey} is not in the template's Mappings`);
  }
}
